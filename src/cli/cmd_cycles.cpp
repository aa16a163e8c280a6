// cmd_cycles.cpp - `kgraph cycles GRAPH`: the circular-financing loops of a graph, as a table or JSON.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "kgraph/cycles.h"
#include "kgraph/error.h"
#include "kgraph/writer.h"

namespace kgraph::cli {

const char* const kCyclesHelp =
    "Usage: kgraph cycles GRAPH [OPTIONS]\n"
    "\n"
    "Lists every directed money cycle of GRAPH (a .json or .graphml file):\n"
    "loops where money goes out as an investment and comes back as purchases. Money flows along\n"
    "invests_in (investor -> investee) and buys_chips_from, buys_services_from, customer_of\n"
    "(buyer -> seller); units fold into their parent organisation (AWS -> Amazon).\n"
    "\n"
    "Options:\n"
    "  --max-length N       longest cycle, in edges (default 4, at least 2)\n"
    "  --include-denied     count relations whose status is 'denied' as money flow\n"
    "  --format FORMAT      table (default) or json\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 success (also when there is no cycle), 1 bad input, 2 bad usage.\n";

namespace {

// "$100B", "$4B", "$22.4B", "$500M": what a reader scans for in a table.
std::string short_usd(double v) {
  const char* unit = "";
  double x = v;
  if (v >= 1e12) x = v / 1e12, unit = "T";
  else if (v >= 1e9) x = v / 1e9, unit = "B";
  else if (v >= 1e6) x = v / 1e6, unit = "M";
  char buf[64];
  if (std::fabs(x - std::round(x)) < 1e-9) std::snprintf(buf, sizeof buf, "$%.0f%s", x, unit);
  else std::snprintf(buf, sizeof buf, "$%.1f%s", x, unit);
  return buf;
}

void write_number(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, double v) {
  if (std::fabs(v) < 9e15 && v == std::floor(v)) w.Int64(static_cast<int64_t>(v));
  else w.Double(v);
}

}  // namespace

int run_cycles(const std::vector<std::string>& raw) {
  ParsedArgs args;
  CycleOptions opts;
  std::string format = "table";
  try {
    args = parse_args(raw, {{"--max-length", ""}, {"--include-denied", "", false}, {"--format", "-f"},
                            {"--help", "-h", false}});
    if (args.has("--help")) {
      std::cout << kCyclesHelp;
      return kExitOk;
    }
    if (args.positional.size() != 1) throw UsageError("expects exactly one GRAPH file");
    if (args.has("--max-length")) opts.max_length = parse_count("--max-length", args.get("--max-length"), 2, 12);
    opts.include_denied = args.has("--include-denied");
    format = args.get("--format", "table");
    if (format != "table" && format != "json") throw UsageError("unknown format '" + format + "' (table or json)");
  } catch (const UsageError& e) {
    std::cerr << "kgraph cycles: " << e.what() << "\n(see: kgraph cycles --help)\n";
    return kExitUsage;
  }
  try {
    KnowledgeGraph g = read_graph_file(args.positional[0]);
    std::vector<MoneyCycle> cycles = find_money_cycles(g, opts);
    const Graph& G = g.graph();
    auto end_name = [&](Vertex v) {
      const NodeProps& n = G[v];
      std::string folded = fold_to_parent(g, n.id);
      return folded == n.id ? n.id : n.id + " (part of " + folded + ")";
    };
    if (format == "json") {
      rapidjson::StringBuffer sb;
      rapidjson::PrettyWriter<rapidjson::StringBuffer> w(sb);
      w.SetIndent(' ', 1);
      w.StartObject();
      w.Key("max_length"), w.Uint64(opts.max_length);
      w.Key("include_denied"), w.Bool(opts.include_denied);
      w.Key("cycles");
      w.StartArray();
      for (const MoneyCycle& c : cycles) {
        w.StartObject();
        w.Key("nodes");
        w.StartArray();
        for (const std::string& n : c.nodes) w.String(n.c_str());
        w.EndArray();
        w.Key("edges");
        w.StartArray();
        for (const CycleStep& st : c.steps) {
          const EdgeProps& e = G[st.edge];
          w.StartObject();
          w.Key("source"), w.String(G[boost::source(st.edge, G)].id.c_str());
          w.Key("target"), w.String(G[boost::target(st.edge, G)].id.c_str());
          w.Key("relation"), w.String(e.relation.c_str());
          w.Key("amount_usd");
          if (e.amount_usd) write_number(w, *e.amount_usd);
          else w.Null();
          w.Key("status"), w.String(e.status.c_str());
          w.Key("evidence");
          w.StartArray();
          for (const Evidence& ev : e.evidence) {
            w.StartObject();
            w.Key("doc_id"), w.String(ev.doc_id.c_str());
            w.Key("sentence"), w.String(ev.sentence.c_str());
            w.Key("rule"), w.String(ev.rule_id.c_str());
            w.Key("amount_usd");
            if (ev.amount_usd) write_number(w, *ev.amount_usd);
            else w.Null();
            w.Key("status"), w.String(ev.status.c_str());
            w.EndObject();
          }
          w.EndArray();
          w.EndObject();
        }
        w.EndArray();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
      std::cout << sb.GetString() << "\n";
      return kExitOk;
    }
    std::cout << cycles.size() << (cycles.size() == 1 ? " money cycle" : " money cycles") << " (length <= "
              << opts.max_length << (opts.include_denied ? ", denied deals included" : "") << ")\n";
    for (std::size_t i = 0; i < cycles.size(); ++i) {
      const MoneyCycle& c = cycles[i];
      std::cout << "\n" << (i + 1) << ". ";
      for (const std::string& n : c.nodes) std::cout << n << " -> ";
      std::cout << c.nodes.front() << "\n";
      for (const CycleStep& st : c.steps) {
        const EdgeProps& e = G[st.edge];
        std::cout << "   " << end_name(boost::source(st.edge, G)) << " -" << e.relation << "-> "
                  << end_name(boost::target(st.edge, G));
        if (e.amount_usd) std::cout << "  " << short_usd(*e.amount_usd);
        if (!e.status.empty()) std::cout << "  " << e.status;
        std::cout << "  (" << e.evidence.size() << (e.evidence.size() == 1 ? " source)\n" : " sources)\n");
        for (const Evidence& ev : e.evidence) {
          std::cout << "      [" << ev.doc_id << "] " << ev.sentence << "\n";
        }
      }
    }
    return kExitOk;
  } catch (const Error& e) {
    std::cerr << "kgraph: error: " << e.describe() << "\n";
    return e.code() == ErrorCode::kBadUsage ? kExitUsage : kExitBadInput;
  }
}

}  // namespace kgraph::cli
