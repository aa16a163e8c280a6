// gexf_writer.cpp - GEXF 1.3 output (see gexf_writer.h).
//
// Written by hand on the stream, like GraphML (graphml_writer.cpp): numbers must be exact
// (format_exact), the order of elements fixed, and nothing else in the stack writes GEXF anyway.
// Escaping, colours and exact numbers are shared with the GraphML writer so the two files agree.
#include "kgraph/gexf_writer.h"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <set>
#include <vector>

#include "kgraph/graphml_writer.h"

namespace kgraph {

namespace {

// One attribute declaration: id (= title, so NetworkX and Gephi show readable names) and GEXF type.
// The order here is the order of <attribute> and of <attvalue> elements.
struct AttrDef {
  const char* id;
  const char* type;
};

constexpr AttrDef kNodeAttrs[] = {
    {"type", "string"},      {"label_ar", "string"}, {"label_en", "string"},   {"aliases", "string"},
    {"documents", "integer"}, {"mentions", "integer"}, {"part_of", "string"}, {"confidence", "double"},
    {"money_usd", "double"},
};

constexpr AttrDef kEdgeAttrs[] = {
    {"amount_usd", "double"},    {"amount_qualifier", "string"}, {"status", "string"},
    {"statuses", "string"},      {"reported_by", "string"},      {"confidence", "double"},
    {"evidence_count", "integer"}, {"in_cycle", "boolean"},      {"first_seen", "string"},
    {"last_seen", "string"},     {"sentence", "string"},
};

// xml_escape keeps LF and tab as they are, which is right for element text but not for attribute
// values: a parser normalises both to a space there. Every value in GEXF is an attribute, so they are
// written as character references and a sentence with a line break reads back unchanged.
std::string attr_escape(std::string_view text) {
  std::string escaped = xml_escape(text);
  std::string out;
  out.reserve(escaped.size());
  for (char c : escaped) {
    if (c == '\n') {
      out += "&#10;";
    } else if (c == '\t') {
      out += "&#9;";
    } else {
      out += c;
    }
  }
  return out;
}


// Collects the <attvalue> elements of one node or edge; empty values are left out (as in GraphML:
// NetworkX would read an empty double as an error and Gephi shows a missing value as empty anyway).
class AttValues {
 public:
  void add(const char* id, std::string_view value) {
    if (value.empty()) return;
    text_ += "     <attvalue for=\"";
    text_ += id;
    text_ += "\" value=\"";
    text_ += attr_escape(value);
    text_ += "\"/>\n";
  }
  void write(std::ostream& out) const {
    if (text_.empty()) return;
    out << "    <attvalues>\n" << text_ << "    </attvalues>\n";
  }

 private:
  std::string text_;
};

// "YYYY-MM-DD" (optionally followed by a time) -> the date, which is all timeformat="date" accepts;
// "" for a month, a year or anything else. Month and day ranges are checked so that the value is an
// xsd:date a schema-checking reader accepts.
std::string full_date(std::string_view s) {
  if (s.size() < 10 || (s.size() > 10 && s[10] != 'T' && s[10] != ' ')) return "";
  for (std::size_t i = 0; i < 10; ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return "";
  }
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return std::string(s.substr(0, 10));
}

// When the relation appears on Gephi's timeline: first_seen when it is a full date, else the earliest
// full article date among the evidence (first_seen may come from an event date the sentence gives only
// as a month or a year), else never (the edge is then present at all times).
std::string edge_start(const EdgeProps& p) {
  std::string start = full_date(p.first_seen);
  if (!start.empty()) return start;
  for (const Evidence& ev : p.evidence) {
    std::string d = full_date(ev.date);
    if (!d.empty() && (start.empty() || d < start)) start = d;
  }
  return start;
}

// The money a node's relations involve: the sum of amount_usd over its edges (both directions, a
// self-loop once). nullopt when none has a positive amount.
std::optional<double> money_involved(const Graph& g, Vertex v) {
  double sum = 0;
  bool any = false;
  auto add = [&](Edge e) {
    const std::optional<double>& a = g[e].amount_usd;
    if (a && std::isfinite(*a) && *a > 0) {
      sum += *a;
      any = true;
    }
  };
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) add(*it);
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
    if (boost::source(*it, g) != v) add(*it);
  }
  return any ? std::optional<double>(sum) : std::nullopt;
}

void declare(std::ostream& out, const char* cls, const AttrDef* begin, const AttrDef* end) {
  out << "  <attributes class=\"" << cls << "\" mode=\"static\">\n";
  for (const AttrDef* a = begin; a != end; ++a) {
    out << "   <attribute id=\"" << a->id << "\" title=\"" << a->id << "\" type=\"" << a->type << "\"/>\n";
  }
  out << "  </attributes>\n";
}

}  // namespace

double gexf_node_size(std::optional<double> money_usd) {
  if (!money_usd || !(*money_usd > 0) || !std::isfinite(*money_usd)) return 10;
  // $1M .. $1T on a log scale: the amounts in the news span six orders of magnitude, and a linear scale
  // would leave every node but the largest deal's at the minimum. Two decimals are plenty on screen and
  // keep the file readable.
  double t = std::clamp((std::log10(*money_usd) - 6.0) / 6.0, 0.0, 1.0);
  return std::round((15.0 + 35.0 * t) * 100.0) / 100.0;
}

void GexfWriter::write(const KnowledgeGraph& graph, std::ostream& out) const {
  const Graph& g = graph.graph();
  const GraphProps& gp = g[boost::graph_bundle];
  std::vector<Edge> edges = graph.sorted_edges();

  std::vector<std::string> starts;
  starts.reserve(edges.size());
  bool dynamic = false;
  for (Edge e : edges) {
    starts.push_back(edge_start(g[e]));
    dynamic = dynamic || !starts.back().empty();
  }

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";
  // No lastmodifieddate: the file must depend only on the graph. The graph's name goes in the
  // description because <graph> has no name attribute in the schema.
  out << " <meta>\n  <creator>kgraph</creator>\n  <description>" << xml_escape(gp.name) << " ("
      << gp.documents.size() << " documents)</description>\n </meta>\n";
  out << " <graph defaultedgetype=\"directed\" mode=\"" << (dynamic ? "dynamic" : "static") << "\""
      << (dynamic ? " timeformat=\"date\"" : "") << ">\n";
  declare(out, "node", std::begin(kNodeAttrs), std::end(kNodeAttrs));
  declare(out, "edge", std::begin(kEdgeAttrs), std::end(kEdgeAttrs));

  out << "  <nodes>\n";
  for (Vertex v : graph.sorted_vertices()) {
    const NodeProps& n = g[v];
    std::optional<double> money = money_involved(g, v);
    out << "   <node id=\"" << attr_escape(n.id) << "\" label=\"" << attr_escape(n.label.empty() ? n.id : n.label)
        << "\">\n";
    AttValues values;
    values.add("type", to_string(n.type));
    values.add("label_ar", n.label_ar);
    values.add("label_en", n.label_en);
    values.add("aliases", join_values(n.aliases));
    values.add("documents", std::to_string(n.documents.size()));
    values.add("mentions", std::to_string(n.mentions));
    values.add("part_of", n.part_of);
    values.add("confidence", format_exact(n.confidence));
    if (money) values.add("money_usd", format_exact(*money));
    values.write(out);
    auto [r, gr, b] = graphml_colour(n.type);
    out << "    <viz:color r=\"" << r << "\" g=\"" << gr << "\" b=\"" << b << "\"/>\n"
        << "    <viz:size value=\"" << format_exact(gexf_node_size(money)) << "\"/>\n"
        << "   </node>\n";
  }
  out << "  </nodes>\n";

  // Edge ids as in GraphML; the counter only guards against a graph built with parallel duplicates of
  // one (source, relation, target), which would otherwise give two edges one id.
  out << "  <edges>\n";
  std::set<std::string> used_ids;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    Edge e = edges[i];
    const EdgeProps& p = g[e];
    const std::string& src = g[boost::source(e, g)].id;
    const std::string& dst = g[boost::target(e, g)].id;
    std::string base = "e-" + xml_id(src, true) + "-" + xml_id(p.relation, true) + "-" + xml_id(dst, true);
    std::string id = base;
    for (int k = 2; !used_ids.insert(id).second; ++k) id = base + "-" + std::to_string(k);
    std::size_t weight = std::max<std::size_t>(p.evidence.size(), 1);

    out << "   <edge id=\"" << attr_escape(id) << "\" source=\"" << attr_escape(src) << "\" target=\""
        << attr_escape(dst) << "\"";
    if (is_symmetric(p.relation)) out << " type=\"mutual\"";
    out << " kind=\"" << attr_escape(p.relation) << "\" label=\"" << attr_escape(p.relation) << "\" weight=\""
        << weight << "\"";
    if (!starts[i].empty()) out << " start=\"" << starts[i] << "\"";
    out << ">\n";
    AttValues values;
    if (p.amount_usd) values.add("amount_usd", format_exact(*p.amount_usd));
    values.add("amount_qualifier", p.amount_qualifier);
    values.add("status", p.status);
    values.add("statuses", join_values(p.statuses));
    values.add("reported_by", join_values(p.reported_by));
    values.add("confidence", format_exact(p.confidence));
    values.add("evidence_count", std::to_string(p.evidence.size()));
    values.add("in_cycle", p.in_cycle ? "true" : "false");
    values.add("first_seen", p.first_seen);
    values.add("last_seen", p.last_seen);
    if (!p.evidence.empty()) values.add("sentence", p.evidence.front().sentence);
    values.write(out);
    out << "   </edge>\n";
  }
  out << "  </edges>\n </graph>\n</gexf>\n";
}

}  // namespace kgraph
