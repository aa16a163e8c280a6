// commands.h - the kgraph subcommands. Each returns the process exit status:
// 0 success, 1 bad input (the message names file, line and column), 2 bad usage.
#pragma once

#include <string>
#include <vector>

namespace kgraph::cli {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

int run_build(const std::vector<std::string>& args);
int run_cycles(const std::vector<std::string>& args);
int run_explain(const std::vector<std::string>& args);
int run_convert(const std::vector<std::string>& args);
int run_query(const std::vector<std::string>& args);
int run_subgraph(const std::vector<std::string>& args);
int run_neighbors(const std::vector<std::string>& args);
int run_path(const std::vector<std::string>& args);
int run_rank(const std::vector<std::string>& args);
int run_stats(const std::vector<std::string>& args);
int run_neo4j(const std::vector<std::string>& args);

extern const char* const kBuildHelp;
extern const char* const kCyclesHelp;
extern const char* const kExplainHelp;
extern const char* const kConvertHelp;
extern const char* const kQueryHelp;
extern const char* const kSubgraphHelp;
extern const char* const kNeighborsHelp;
extern const char* const kPathHelp;
extern const char* const kRankHelp;
extern const char* const kStatsHelp;
extern const char* const kNeo4jHelp;

}  // namespace kgraph::cli
