// cmd_query.cpp - placeholder while the command is written.
#include "cli/commands.h"
namespace kgraph::cli {
const char* const kQueryHelp = "Usage: kgraph query GRAPH QUERY\n";
const char* const kSubgraphHelp = "Usage: kgraph subgraph GRAPH QUERY -o OUT\n";
int run_query(const std::vector<std::string>&) { return kExitUsage; }
int run_subgraph(const std::vector<std::string>&) { return kExitUsage; }
}  // namespace kgraph::cli
