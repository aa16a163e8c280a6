// cmd_graph.cpp - placeholder while the commands are written.
#include "cli/commands.h"
namespace kgraph::cli {
const char* const kNeighborsHelp = "Usage: kgraph neighbors GRAPH NAME\n";
const char* const kPathHelp = "Usage: kgraph path GRAPH FROM TO\n";
const char* const kRankHelp = "Usage: kgraph rank GRAPH\n";
const char* const kStatsHelp = "Usage: kgraph stats GRAPH\n";
int run_neighbors(const std::vector<std::string>&) { return kExitUsage; }
int run_path(const std::vector<std::string>&) { return kExitUsage; }
int run_rank(const std::vector<std::string>&) { return kExitUsage; }
int run_stats(const std::vector<std::string>&) { return kExitUsage; }
}  // namespace kgraph::cli
