// cmd_graph.cpp - `kgraph neighbors`, `path`, `rank` and `stats`: questions about the shape of a graph
// file, answered by analysis.h and printed with write_table in the format asked for.
#include <algorithm>
#include <cctype>
#include <functional>
#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "kgraph/analysis.h"
#include "kgraph/error.h"
#include "kgraph/table.h"
#include "kgraph/writer.h"

namespace kgraph::cli {

const char* const kNeighborsHelp =
    "Usage: kgraph neighbors GRAPH NAME [OPTIONS]\n"
    "\n"
    "Lists every entity within N steps of NAME in GRAPH (a .json or .graphml file), nearest first, then\n"
    "by id: its distance, the entity it was reached from (via), and the relations and direction of that\n"
    "step. NAME is an id, a label or any alias, in either script (nvidia, Nvidia or its Arabic name).\n"
    "\n"
    "Options:\n"
    "  --depth N            how many steps away (default 1)\n"
    "  --direction DIR      out: follow edges leaving each entity; in: edges arriving; both (default).\n"
    "                       Symmetric relations (competes_with, partners_with) are followed either way.\n"
    "  -r, --relation R     follow only relation R; repeat it, or separate names with commas\n"
    "  --format FORMAT      table (default), tsv, csv or jsonl\n"
    "  -h, --help           show this help\n"
    "\n"
    "The direction column says which way the step's edges point: out (from via to the entity), in (from\n"
    "the entity to via), both (some each way, or a symmetric relation).\n"
    "\n"
    "Exit status: 0 success (also when nothing is near), 1 bad input, unknown or ambiguous NAME,\n"
    "2 bad usage.\n";

const char* const kPathHelp =
    "Usage: kgraph path GRAPH FROM TO [OPTIONS]\n"
    "\n"
    "Prints the shortest path from FROM to TO in GRAPH (a .json or .graphml file), one row per step:\n"
    "from, relation, direction (out: the edge points along the path; in: the path follows it backwards;\n"
    "both: a symmetric relation), to, amount_usd and status. By default edges are followed either way;\n"
    "--directed follows them from source to target only, which for money relations is the way the money\n"
    "goes. Where two entities are linked by several relations the step names one: an edge pointing along\n"
    "the path first, then the largest amount. Among equally short paths the first in id order is shown.\n"
    "FROM and TO are ids, labels or aliases in either script.\n"
    "\n"
    "Options:\n"
    "  --all                every shortest path, numbered (path column), in id order\n"
    "  --limit N            with --all, list at most N paths (default 1000)\n"
    "  --directed           follow edges in their direction only\n"
    "  --money              follow only the relations money flows along (invests_in, buys_chips_from,\n"
    "                       buys_services_from, customer_of), the way it flows\n"
    "  --max-length N       only paths of at most N steps\n"
    "  -r, --relation R     follow only relation R; repeat it, or separate names with commas\n"
    "  --format FORMAT      table (default), tsv, csv or jsonl\n"
    "  -h, --help           show this help\n"
    "\n"
    "When there is no path the table format prints \"(no path)\", tsv and csv only their header line,\n"
    "jsonl nothing; the exit status is 0.\n"
    "\n"
    "Exit status: 0 success (also when there is no path), 1 bad input, unknown or ambiguous name,\n"
    "2 bad usage (FROM and TO the same entity included).\n";

const char* const kRankHelp =
    "Usage: kgraph rank GRAPH [OPTIONS]\n"
    "\n"
    "Ranks the entities of GRAPH (a .json or .graphml file), highest first, ties by id:\n"
    "  degree       relations at each entity: in (arriving), out (leaving), undirected (competes_with,\n"
    "               partners_with) and their sum, degree\n"
    "  pagerank     Boost's PageRank (damping 0.85) over who points at whom, scaled to sum to 1\n"
    "  betweenness  Brandes' betweenness: the share of shortest paths between other entities that pass\n"
    "               through it (normalised as NetworkX does), over the undirected view unless --directed\n"
    "Scores are printed with 6 decimals. Parallel relations between two entities count once for pagerank\n"
    "and betweenness. Betweenness takes time in proportion to nodes x edges, so it is refused above\n"
    "2e10 (say 100,000 nodes and 200,000 edges) unless --force.\n"
    "\n"
    "Options:\n"
    "  --by MEASURE         degree (default), pagerank or betweenness\n"
    "  --top N              show the first N (default 20; 0 shows all)\n"
    "  --type T             show only entities of type T (ORG, PERSON, PRODUCT, MEDIA, PLACE); repeat it,\n"
    "                       or separate types with commas. Every entity still takes part in the scores.\n"
    "  -r, --relation R     count only relation R; repeat it, or separate names with commas\n"
    "  --directed           betweenness along edge directions\n"
    "  --force              run betweenness on a graph of any size\n"
    "  --format FORMAT      table (default), tsv, csv or jsonl\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage (a graph too large for betweenness included).\n";

const char* const kStatsHelp =
    "Usage: kgraph stats GRAPH [OPTIONS]\n"
    "\n"
    "Prints the figures of GRAPH (a .json or .graphml file) as rows of group, name, value:\n"
    "  graph     nodes, edges, documents, components (weakly connected), largest_component (its nodes),\n"
    "            isolated_nodes (without any relation), money_cycles (as kgraph cycles counts them)\n"
    "  type      entities of each type (ORG, PERSON, PRODUCT, MEDIA, PLACE), zeros included\n"
    "  relation  edges of each relation in the graph, most first\n"
    "With --format jsonl each row is an object such as {\"group\":\"graph\",\"name\":\"nodes\",\"value\":49}.\n"
    "Money cycles are enumerated one by one, which takes minutes on a dense graph of a million edges; on a\n"
    "graph of more than 100,000 edges they are left out (a note on standard error says so) unless --cycles.\n"
    "\n"
    "Options:\n"
    "  --max-length N       longest money cycle counted, in edges (default 4, 2 to 12)\n"
    "  --include-denied     count relations whose status is 'denied' as money flow\n"
    "  --cycles             count money cycles whatever the size of the graph\n"
    "  --no-cycles          leave money_cycles out\n"
    "  --format FORMAT      table (default), tsv, csv or jsonl\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.\n";

namespace {

// "--relation invests_in --relation buys_chips_from" and "--relation invests_in,buys_chips_from" alike.
RelationFilter relation_filter(const ParsedArgs& args) {
  RelationFilter out;
  for (const std::string& value : args.all("--relation")) {
    std::size_t begin = 0;
    while (true) {
      std::size_t end = value.find(',', begin);
      std::string name = value.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
      if (name.empty()) throw UsageError("--relation needs relation names, got '" + value + "'");
      out.insert(name);
      if (end == std::string::npos) break;
      begin = end + 1;
    }
  }
  return out;
}

TableFormat table_format(const ParsedArgs& args) {
  TableFormat format = TableFormat::kTable;
  std::string name = args.get("--format", "table");
  if (!parse_table_format(name, format)) throw UsageError("unknown format '" + name + "' (table, tsv, csv or jsonl)");
  return format;
}

int usage_error(const char* command, const UsageError& e) {
  std::cerr << "kgraph " << command << ": " << e.what() << "\n(see: kgraph " << command << " --help)\n";
  return kExitUsage;
}

// Runs the part of a command that reads the graph and answers: a library error becomes its message and
// exit status (bad usage 2, anything else 1).
int answer(const std::function<void()>& body) {
  try {
    body();
    return kExitOk;
  } catch (const Error& e) {
    std::cerr << "kgraph: error: " << e.describe() << "\n";
    return e.code() == ErrorCode::kBadUsage ? kExitUsage : kExitBadInput;
  }
}

const OptionSpec kRelationOption{"--relation", "-r"};
const OptionSpec kFormatOption{"--format", ""};
const OptionSpec kHelpOption{"--help", "-h", false};

}  // namespace

int run_neighbors(const std::vector<std::string>& raw) {
  ParsedArgs args;
  NeighborOptions opts;
  TableFormat format;
  try {
    args = parse_args(raw, {{"--depth", ""}, {"--direction", ""}, kRelationOption, kFormatOption, kHelpOption});
    if (args.has("--help")) {
      std::cout << kNeighborsHelp;
      return kExitOk;
    }
    if (args.positional.size() != 2) throw UsageError("expects a GRAPH file and a NAME");
    if (args.has("--depth")) opts.depth = parse_count("--depth", args.get("--depth"), 1, 1000000);
    std::string direction = args.get("--direction", "both");
    if (!parse_direction(direction, opts.direction)) {
      throw UsageError("unknown direction '" + direction + "' (out, in or both)");
    }
    opts.relations = relation_filter(args);
    format = table_format(args);
  } catch (const UsageError& e) {
    return usage_error("neighbors", e);
  }
  return answer([&] {
    const std::string& path = args.positional[0];
    KnowledgeGraph g = read_graph_file(path);
    Vertex start = resolve_node(g, args.positional[1], path);
    check_relations(g, opts.relations, path);
    write_table(neighbors_table(g, find_neighbors(g, start, opts)), format, std::cout);
  });
}

int run_path(const std::vector<std::string>& raw) {
  ParsedArgs args;
  PathOptions opts;
  TableFormat format;
  try {
    args = parse_args(raw, {{"--all", "", false}, {"--limit", ""}, {"--directed", "", false}, {"--money", "", false},
                            {"--max-length", ""}, kRelationOption, kFormatOption, kHelpOption});
    if (args.has("--help")) {
      std::cout << kPathHelp;
      return kExitOk;
    }
    if (args.positional.size() != 3) throw UsageError("expects a GRAPH file, FROM and TO");
    opts.all = args.has("--all");
    opts.directed = args.has("--directed");
    opts.money = args.has("--money");
    if (args.has("--limit")) {
      if (!opts.all) throw UsageError("--limit goes with --all");
      opts.max_paths = parse_count("--limit", args.get("--limit"), 1, 1000000);
    }
    if (args.has("--max-length")) opts.max_length = parse_count("--max-length", args.get("--max-length"), 1, 1000000);
    opts.relations = relation_filter(args);
    format = table_format(args);
  } catch (const UsageError& e) {
    return usage_error("path", e);
  }
  return answer([&] {
    const std::string& path = args.positional[0];
    KnowledgeGraph g = read_graph_file(path);
    Vertex from = resolve_node(g, args.positional[1], path);
    Vertex to = resolve_node(g, args.positional[2], path);
    check_relations(g, opts.relations, path);
    PathResult result = find_paths(g, from, to, opts);
    if (result.paths.empty() && format == TableFormat::kTable) {
      std::cout << "(no path)\n";
      return;
    }
    write_table(path_table(g, result, opts.all), format, std::cout);
    if (opts.all && result.total > static_cast<double>(result.paths.size())) {
      std::cerr << "kgraph path: listed the first " << result.paths.size() << " of " << format_number(result.total)
                << " shortest paths (see --limit)\n";
    }
  });
}

int run_rank(const std::vector<std::string>& raw) {
  ParsedArgs args;
  RankOptions opts;
  opts.top = 20;
  TableFormat format;
  try {
    args = parse_args(raw, {{"--by", ""}, {"--top", ""}, {"--type", ""}, {"--directed", "", false},
                            {"--force", "", false}, kRelationOption, kFormatOption, kHelpOption});
    if (args.has("--help")) {
      std::cout << kRankHelp;
      return kExitOk;
    }
    if (args.positional.size() != 1) throw UsageError("expects exactly one GRAPH file");
    std::string by = args.get("--by", "degree");
    if (!parse_rank_measure(by, opts.measure)) {
      throw UsageError("unknown measure '" + by + "' (degree, pagerank or betweenness)");
    }
    if (args.has("--top")) opts.top = parse_count("--top", args.get("--top"), 0, 999999999);
    for (const std::string& value : args.all("--type")) {
      std::size_t begin = 0;
      while (true) {
        std::size_t end = value.find(',', begin);
        std::string name = value.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
        auto type = entity_type_from_string(name);
        if (!type) throw UsageError("unknown entity type '" + value + "' (ORG, PERSON, PRODUCT, MEDIA or PLACE)");
        opts.types.insert(*type);
        if (end == std::string::npos) break;
        begin = end + 1;
      }
    }
    opts.directed = args.has("--directed");
    if (opts.directed && opts.measure != RankMeasure::kBetweenness) {
      throw UsageError("--directed goes with --by betweenness");
    }
    opts.force = args.has("--force");
    opts.relations = relation_filter(args);
    format = table_format(args);
  } catch (const UsageError& e) {
    return usage_error("rank", e);
  }
  return answer([&] {
    const std::string& path = args.positional[0];
    KnowledgeGraph g = read_graph_file(path);
    check_relations(g, opts.relations, path);
    write_table(rank_table(g, opts), format, std::cout);
  });
}

int run_stats(const std::vector<std::string>& raw) {
  ParsedArgs args;
  StatsOptions opts;
  TableFormat format;
  try {
    args = parse_args(raw, {{"--max-length", ""}, {"--include-denied", "", false}, {"--cycles", "", false},
                            {"--no-cycles", "", false}, kFormatOption, kHelpOption});
    if (args.has("--help")) {
      std::cout << kStatsHelp;
      return kExitOk;
    }
    if (args.positional.size() != 1) throw UsageError("expects exactly one GRAPH file");
    if (args.has("--cycles") && args.has("--no-cycles")) throw UsageError("--cycles and --no-cycles do not go together");
    opts.count_cycles = !args.has("--no-cycles");
    if (args.has("--max-length")) {
      if (!opts.count_cycles) throw UsageError("--max-length and --no-cycles do not go together");
      opts.cycles.max_length = parse_count("--max-length", args.get("--max-length"), 2, 12);
    }
    opts.cycles.include_denied = args.has("--include-denied");
    format = table_format(args);
  } catch (const UsageError& e) {
    return usage_error("stats", e);
  }
  return answer([&] {
    KnowledgeGraph g = read_graph_file(args.positional[0]);
    bool skipped = opts.count_cycles && !args.has("--cycles") && g.edge_count() > kStatsCycleEdgeLimit;
    if (skipped) opts.count_cycles = false;
    write_table(stats_table(graph_stats(g, opts)), format, std::cout);
    if (skipped) {
      std::cerr << "kgraph stats: money cycles not counted on a graph of " << g.edge_count()
                << " edges (--cycles counts them)\n";
    }
  });
}

}  // namespace kgraph::cli
