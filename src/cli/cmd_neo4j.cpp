// cmd_neo4j.cpp - `kgraph neo4j GRAPH DIR`: the graph as Neo4j import files (neo4j_export.h).
#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "kgraph/error.h"
#include "kgraph/neo4j_export.h"
#include "kgraph/writer.h"

namespace kgraph::cli {

const char* const kNeo4jHelp =
    "Usage: kgraph neo4j GRAPH DIR\n"
    "\n"
    "Writes GRAPH (.json or .graphml) as files for Neo4j into DIR, which must not exist or be empty:\n"
    "  nodes.csv, relationships.csv  CSV in the neo4j-admin import header format (typed columns,\n"
    "                                :ID/:START_ID/:END_ID/:TYPE/:LABEL; lists separated by ';')\n"
    "  import.sh                     neo4j-admin database import full, for a new database\n"
    "  load.cypher                   the same with LOAD CSV, for a running database (files in its import dir)\n"
    "Nodes are labelled :Entity and their type (:ORG, :PERSON...); relationship types are the relation\n"
    "names in upper case (INVESTS_IN). The files are written together or not at all.\n"
    "\n"
    "Options:\n"
    "  -h, --help   show this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input or an output that cannot be written, 2 bad usage.\n";

int run_neo4j(const std::vector<std::string>& raw) {
  ParsedArgs args;
  try {
    args = parse_args(raw, {{"--help", "-h", false}});
    if (args.has("--help")) {
      std::cout << kNeo4jHelp;
      return kExitOk;
    }
    if (args.positional.size() != 2) throw UsageError("expects a GRAPH file and an output DIR");
  } catch (const UsageError& e) {
    std::cerr << "kgraph neo4j: " << e.what() << "\n(see: kgraph neo4j --help)\n";
    return kExitUsage;
  }
  try {
    KnowledgeGraph g = read_graph_file(args.positional[0]);
    write_neo4j_dir(g, args.positional[1]);
    std::cerr << "kgraph: wrote " << args.positional[1] << "/ (" << g.node_count() << " nodes, " << g.edge_count()
              << " relationships: nodes.csv, relationships.csv, import.sh, load.cypher)\n";
    return kExitOk;
  } catch (const Error& e) {
    std::cerr << "kgraph: error: " << e.describe() << "\n";
    return e.code() == ErrorCode::kBadUsage ? kExitUsage : kExitBadInput;
  }
}

}  // namespace kgraph::cli
