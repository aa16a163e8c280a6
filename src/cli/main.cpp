// main.cpp - the kgraph command: dispatch to a subcommand, turn errors into messages and exit statuses.
// All the work is in the library (src/kgraph); this layer only parses arguments, prints and exits.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "kgraph/html_writer.h"

namespace {

const char* const kMainHelp =
    "kgraph - knowledge graphs of who funds whom, from Arabic news\n"
    "\n"
    "Usage: kgraph COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Commands:\n"
    "  build    read articles, extract entities and relations, write graph files\n"
    "  cycles   list the circular-financing loops of a graph\n"
    "  explain  show sentence by sentence what was found, how, and what was turned down\n"
    "  convert  turn a graph file into another format (formats from the extensions)\n"
    "  query    answer openCypher questions about a graph (MATCH ... WHERE ... RETURN ...)\n"
    "  subgraph export the part of a graph a query matches\n"
    "  neighbors  the entities around one entity\n"
    "  path     shortest paths between two entities\n"
    "  rank     entities by degree, PageRank or betweenness\n"
    "  stats    counts per type and relation, components, cycles\n"
    "  neo4j    write a graph as Neo4j import files (CSV, import.sh, load.cypher)\n"
    "  help     show help for a command (kgraph help build)\n"
    "\n"
    "Options:\n"
    "  -h, --help     show this help\n"
    "  --version      show the version\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.\n"
    "Example: kgraph build articles/ -o graph.graphml -o graph.dot -o graph.json && kgraph cycles graph.json\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace kgraph::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kMainHelp;
    return kExitUsage;
  }
  const std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "-h" || cmd == "--help") {
    std::cout << kMainHelp;
    return kExitOk;
  }
  if (cmd == "--version" || cmd == "-V") {
    std::cout << "kgraph " << KGRAPH_VERSION << "\n"
              << (kgraph::html_available() ? "interactive page (-o FILE.html): built in\n"
                                   : "interactive page (-o FILE.html): not in this build (see README, Build options)\n");
    return kExitOk;
  }
  if (cmd == "help") {
    if (rest.empty()) {
      std::cout << kMainHelp;
    } else if (rest[0] == "build") {
      std::cout << kBuildHelp;
    } else if (rest[0] == "cycles") {
      std::cout << kCyclesHelp;
    } else if (rest[0] == "explain") {
      std::cout << kExplainHelp;
    } else if (rest[0] == "convert") {
      std::cout << kConvertHelp;
    } else if (rest[0] == "query") {
      std::cout << kQueryHelp;
    } else if (rest[0] == "subgraph") {
      std::cout << kSubgraphHelp;
    } else if (rest[0] == "neighbors") {
      std::cout << kNeighborsHelp;
    } else if (rest[0] == "path") {
      std::cout << kPathHelp;
    } else if (rest[0] == "rank") {
      std::cout << kRankHelp;
    } else if (rest[0] == "stats") {
      std::cout << kStatsHelp;
    } else if (rest[0] == "neo4j") {
      std::cout << kNeo4jHelp;
    } else {
      std::cerr << "kgraph: no such command '" << rest[0] << "' (try: kgraph --help)\n";
      return kExitUsage;
    }
    return kExitOk;
  }
  if (cmd == "build") return run_build(rest);
  if (cmd == "cycles") return run_cycles(rest);
  if (cmd == "explain") return run_explain(rest);
  if (cmd == "convert") return run_convert(rest);
  if (cmd == "query") return run_query(rest);
  if (cmd == "subgraph") return run_subgraph(rest);
  if (cmd == "neighbors") return run_neighbors(rest);
  if (cmd == "path") return run_path(rest);
  if (cmd == "rank") return run_rank(rest);
  if (cmd == "stats") return run_stats(rest);
  if (cmd == "neo4j") return run_neo4j(rest);
  std::cerr << "kgraph: no such command '" << cmd << "' (try: kgraph --help)\n";
  return kExitUsage;
}
