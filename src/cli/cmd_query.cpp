// cmd_query.cpp - `kgraph query GRAPH QUERY`: openCypher questions answered as tables, and
// `kgraph subgraph GRAPH QUERY -o OUT`: the part of the graph a query matches, as a graph file.
//
// Queries are parsed before the graph is loaded, so a typo costs nothing on a large graph; the answers
// of a script are collected and printed only when every query of it has run, so a failing query never
// leaves half of a script's output behind.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/outputs.h"
#include "kgraph/cypher.h"
#include "kgraph/error.h"
#include "kgraph/query.h"
#include "kgraph/table.h"
#include "kgraph/writer.h"

namespace kgraph::cli {

const char* const kQueryHelp =
    "Usage: kgraph query GRAPH QUERY [OPTIONS]\n"
    "       kgraph query GRAPH -f FILE [OPTIONS]\n"
    "\n"
    "Answers an openCypher query about GRAPH (.json or .graphml). QUERY '-' and -f - read standard\n"
    "input; a FILE may hold several queries separated by ';' (their results are printed one after\n"
    "the other, separated by a blank line).\n"
    "\n"
    "Options:\n"
    "  -f, --file FILE          run the queries in FILE\n"
    "  -p, --param NAME=VALUE   a value for $NAME: a number, true, false or null when it reads as\n"
    "                           one, else a string; may repeat\n"
    "  --format FORMAT          table (default), tsv, csv or jsonl\n"
    "  --timing                 print to stderr how long loading the graph and each query took\n"
    "  -h, --help               show this help\n"
    "\n"
    "The language (a read-only subset of openCypher):\n"
    "  MATCH pattern, ... [WHERE cond]     also OPTIONAL MATCH (nulls where nothing matches)\n"
    "  UNWIND list AS x\n"
    "  WITH [DISTINCT] expr [AS name], ... [ORDER BY ...] [SKIP n] [LIMIT n] [WHERE cond]\n"
    "  RETURN [DISTINCT] expr [AS name], ... [ORDER BY expr [ASC|DESC], ...] [SKIP n] [LIMIT n]\n"
    "Patterns:\n"
    "  (n)  (n:ORG)  (n:ORG|PERSON {id: 'nvidia'})   labels: ORG PERSON PRODUCT MEDIA PLACE\n"
    "  -[r]->  <-[r]-  -[r]-  -->  --  -[:invests_in|buys_chips_from]->  -[r {status: 'denied'}]->\n"
    "  -[*]-> (1 or more)  -[*2]->  -[*1..4]->  -[*..3]->  -[*2..]->   (r is then a list)\n"
    "  p = (a)-[*1..3]->(b)   a path: length(p), nodes(p), relationships(p)\n"
    "Node properties: id, name, label, label_ar, label_en, type, aliases, documents, mentions, part_of,\n"
    "  confidence, method. n.name = 'x' and {name: 'x'} match any id, label or alias of n in either\n"
    "  script, compared folded: {name: 'إنفيديا'} and {name: 'nvidia'} both find nvidia.\n"
    "Relationship properties: relation, amount_usd, amount_qualifier, status, statuses, reported_by,\n"
    "  first_seen, last_seen, in_cycle, confidence, weight, evidence_count, sentence (the first\n"
    "  evidence sentence), documents. A value that is missing is null.\n"
    "Expressions: = <> < <= > >= AND OR XOR NOT, IN [list], CONTAINS, STARTS WITH, ENDS WITH,\n"
    "  IS NULL, IS NOT NULL, + - * / % ^ (+ also joins strings and lists), list[i], $param, and\n"
    "  pattern predicates: WHERE (a)-[:invests_in]->(b) AND NOT (b)-[:buys_chips_from]->(a).\n"
    "Functions: count(*) count(x) count(DISTINCT x) sum avg min max collect (grouping by the other\n"
    "  items), type(r) labels(n) id(n) length(p) nodes(p) relationships(p) size(x) toLower toUpper\n"
    "  coalesce toString toInteger toFloat abs round head last startNode endNode trim exists(...).\n"
    "Values print as: a node as its id (jsonl: {\"id\",\"label\",\"type\"}), a relationship as\n"
    "  source-[relation]->target, a path as its node ids joined by ' -> '. A column is named by its\n"
    "  alias, else by the expression as written. Comments: // to the end of the line.\n"
    "\n"
    "Examples:\n"
    "  kgraph query g.json \"MATCH (a)-[r:invests_in]->(b {name: 'OpenAI'}) RETURN a.id, r.amount_usd\"\n"
    "  kgraph query g.json 'MATCH (a)-[r]->(b) WHERE r.amount_usd > $min RETURN a, b' --param min=1e10\n"
    "  kgraph query g.json -f examples/queries/03_amazon_to_nvidia.cypher --format jsonl\n"
    "\n"
    "A mistake in a query is reported with its line and column and a caret under the offending token.\n"
    "Exit status: 0 success (also when nothing matches), 1 bad input (graph or query), 2 bad usage.\n";

const char* const kSubgraphHelp =
    "Usage: kgraph subgraph GRAPH QUERY -o OUT [-o OUT2 ...] [OPTIONS]\n"
    "\n"
    "Writes the part of GRAPH that QUERY matches: every node and relationship its patterns bind in\n"
    "the rows that reach RETURN (named or anonymous, the steps of variable-length patterns included),\n"
    "with all their properties and evidence. RETURN may be left out. QUERY '-' reads standard input.\n"
    "The format of each OUT comes from its extension (.graphml, .dot, .json); without -o the graph\n"
    "goes to standard output in --format (default json). Files are written whole or not at all.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE        write the subgraph to FILE; may repeat\n"
    "  --format FORMAT          format for standard output and for outputs whose extension names none\n"
    "  -p, --param NAME=VALUE   a value for $NAME (see kgraph query --help); may repeat\n"
    "  -q, --quiet              print nothing on standard error unless there is an error\n"
    "  -h, --help               show this help\n"
    "\n"
    "Example: kgraph subgraph g.json \"MATCH p = (a {name: 'Amazon'})-[*1..3]->(b {name: 'Nvidia'})\n"
    "         RETURN p\" -o amazon_nvidia.graphml\n"
    "\n"
    "Exit status: 0 success, 1 bad input (graph or query), 2 bad usage.\n";

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  return buf;
}

QueryParams parse_params(const std::vector<std::string>& specs) {
  QueryParams params;
  for (const std::string& p : specs) {
    auto eq = p.find('=');
    std::string name = p.substr(0, eq);
    bool ok = eq != std::string::npos && !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
    for (char c : name) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    if (!ok) throw UsageError("--param needs NAME=VALUE, got '" + p + "'");
    params[name] = parse_param_value(std::string_view(p).substr(eq + 1));
  }
  return params;
}

// The query text: from the command line, from a file, or from standard input ('-').
std::shared_ptr<cypher::Source> query_source(const std::string& query, const std::string& file) {
  auto src = std::make_shared<cypher::Source>();
  if (!file.empty() && file != "-") {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorCode::kIo, "cannot read query file '" + file + "'");
    std::ostringstream ss;
    ss << in.rdbuf();
    src->origin = file;
    src->text = ss.str();
  } else if (file == "-" || query == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    src->origin = "<stdin>";
    src->text = ss.str();
  } else {
    src->text = query;
  }
  return src;
}

int report(const Error& e) {
  std::cerr << "kgraph: error: " << e.describe() << "\n";
  return e.code() == ErrorCode::kBadUsage ? kExitUsage : kExitBadInput;
}

}  // namespace

int run_query(const std::vector<std::string>& raw) {
  ParsedArgs args;
  TableFormat format = TableFormat::kTable;
  QueryParams params;
  try {
    args = parse_args(raw, {{"--file", "-f"}, {"--param", "-p"}, {"--format", ""}, {"--timing", "", false},
                            {"--help", "-h", false}});
    if (args.has("--help")) {
      std::cout << kQueryHelp;
      return kExitOk;
    }
    const std::size_t want = args.has("--file") ? 1 : 2;
    if (args.all("--file").size() > 1) throw UsageError("-f can be given once");
    if (args.positional.size() != want) {
      throw UsageError(want == 1 ? "expects a GRAPH file and -f FILE, and no QUERY besides"
                                 : "expects a GRAPH file and a QUERY (or -f FILE)");
    }
    if (args.positional[0] == "-" && (args.get("--file") == "-" || (want == 2 && args.positional[1] == "-"))) {
      throw UsageError("standard input ('-') can be read only once");
    }
    std::string f = args.get("--format", "table");
    if (!parse_table_format(f, format)) throw UsageError("unknown format '" + f + "' (table, tsv, csv or jsonl)");
    params = parse_params(args.all("--param"));
  } catch (const UsageError& e) {
    std::cerr << "kgraph query: " << e.what() << "\n(see: kgraph query --help)\n";
    return kExitUsage;
  }
  const bool timing = args.has("--timing");
  try {
    auto source = query_source(args.has("--file") ? std::string() : args.positional[1], args.get("--file"));
    std::vector<cypher::Query> queries;
    if (args.has("--file")) queries = cypher::parse_script(source);
    else queries.push_back(cypher::parse_query(source));

    Clock::time_point t0 = Clock::now();
    KnowledgeGraph graph = read_graph_file(args.positional[0]);
    if (timing) {
      std::cerr << "kgraph: timing: load " << fixed(seconds_since(t0)) << " s (" << graph.node_count()
                << " nodes, " << graph.edge_count() << " edges)\n";
    }
    std::ostringstream out;
    for (std::size_t k = 0; k < queries.size(); ++k) {
      Clock::time_point t1 = Clock::now();
      ResultTable t = run_query(graph, queries[k], params);
      if (timing) {
        std::cerr << "kgraph: timing: query " << (k + 1) << " " << fixed(seconds_since(t1)) << " s (" << t.rows.size()
                  << (t.rows.size() == 1 ? " row)\n" : " rows)\n");
      }
      if (k) out << "\n";
      write_table(t, format, out);
    }
    std::cout << out.str() << std::flush;
    return kExitOk;
  } catch (const Error& e) {
    return report(e);
  }
}

int run_subgraph(const std::vector<std::string>& raw) {
  ParsedArgs args;
  QueryParams params;
  std::vector<GraphOutput> outputs;
  try {
    args = parse_args(raw, {{"--output", "-o"}, {"--format", ""}, {"--param", "-p"}, {"--quiet", "-q", false},
                            {"--help", "-h", false}});
    if (args.has("--help")) {
      std::cout << kSubgraphHelp;
      return kExitOk;
    }
    if (args.positional.size() != 2) throw UsageError("expects a GRAPH file and a QUERY");
    if (args.positional[0] == "-" && args.positional[1] == "-") {
      throw UsageError("standard input ('-') can be read only once");
    }
    outputs = graph_outputs(args);
    params = parse_params(args.all("--param"));
  } catch (const UsageError& e) {
    std::cerr << "kgraph subgraph: " << e.what() << "\n(see: kgraph subgraph --help)\n";
    return kExitUsage;
  }
  try {
    for (const auto& [path, writer] : outputs) {
      if (!path.empty()) check_output_path(path);
    }
    auto source = query_source(args.positional[1], "");
    cypher::Query query = cypher::parse_query(source);
    KnowledgeGraph graph = read_graph_file(args.positional[0]);
    KnowledgeGraph part = query_subgraph(graph, query, params);
    std::vector<std::pair<std::string, const GraphWriter*>> files;
    for (const auto& [path, writer] : outputs) {
      if (!path.empty()) files.emplace_back(path, writer.get());
    }
    write_graph_files(part, files);
    for (const auto& [path, writer] : outputs) {
      if (path.empty()) {
        std::ostringstream ss;
        writer->write(part, ss);
        std::cout << ss.str() << std::flush;
      }
    }
    if (!args.has("--quiet")) {
      std::cerr << "kgraph: subgraph of " << part.node_count() << (part.node_count() == 1 ? " entity, " : " entities, ")
                << part.edge_count() << (part.edge_count() == 1 ? " relation\n" : " relations\n");
      for (const auto& [path, writer] : outputs) {
        if (!path.empty()) std::cerr << "kgraph: wrote " << path << "\n";
      }
    }
    return kExitOk;
  } catch (const Error& e) {
    return report(e);
  }
}

}  // namespace kgraph::cli
