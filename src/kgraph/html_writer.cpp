// html_writer.cpp - the interactive page (see html_writer.h).
//
// Design: the C++ side decides *what* the page shows (the same labels, colours, amounts and cycles as the
// pictures, from dot_writer.h and cycles.h) and writes it as data; src/web/page.js decides *how* it is shown.
// So a change of presentation never needs a rebuild of the data model, and the data the page reads can be
// tested here exactly (test_html_writer) while the page is tested in a real browser (tests/html).
//
// The template src/web/page.html holds @KGRAPH_NAME@ markers. They are replaced in one left-to-right
// pass, so text inserted for one marker (a sentence, the Cytoscape source) is never scanned for another.
#include "kgraph/html_writer.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <map>
#include <ostream>
#include <set>

#include "kgraph/cycles.h"
#include "kgraph/error.h"
#include "kgraph/json_util.h"
#include "kgraph/json_writer.h"
#include "kgraph/resources.h"

namespace kgraph {

namespace {

using JsonOut = rapidjson::Writer<rapidjson::StringBuffer>;

void put(JsonOut& w, std::string_view s) {
  std::string clean = valid_utf8(s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void put_or_null(JsonOut& w, std::string_view s) {
  if (s.empty()) {
    w.Null();
  } else {
    put(w, s);
  }
}

void put_list(JsonOut& w, const std::set<std::string>& items) {
  w.StartArray();
  for (const std::string& s : items) put(w, s);
  w.EndArray();
}

// An amount in short form with its qualifier ("up to $100B"), or null: what the page prints.
void put_short_amount(JsonOut& w, const std::optional<double>& usd, std::string_view qualifier) {
  if (usd) {
    put(w, qualified_amount(*usd, qualifier));
  } else {
    w.Null();
  }
}

const char* lang_name(LabelLang lang) {
  switch (lang) {
    case LabelLang::kArabic: return "ar";
    case LabelLang::kEnglish: return "en";
    case LabelLang::kBoth: return "both";
  }
  return "both";
}

std::string edge_id(const std::string& source, const std::string& relation, const std::string& target) {
  return "e-" + source + "-" + relation + "-" + target;
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// A mention or trigger as [begin, end, kind] relative to its sentence, when it lies inside it (graphs read
// from files may carry offsets that do not fit the sentence: those are left out rather than guessed).
void put_mark(JsonOut& w, const Span& span, const Span& sentence, std::size_t sentence_length, const char* kind) {
  if (span.end <= span.begin || span.begin < sentence.begin) return;
  std::size_t b = span.begin - sentence.begin, e = span.end - sentence.begin;
  if (e > sentence_length) return;
  w.StartArray();
  w.Uint64(b);
  w.Uint64(e);
  w.String(kind);
  w.EndArray();
}

void put_evidence(JsonOut& w, const Evidence& ev) {
  w.StartObject();
  w.Key("doc");
  put(w, ev.doc_id);
  w.Key("date");
  put_or_null(w, ev.date);
  w.Key("sentence");
  put(w, ev.sentence);
  w.Key("marks");
  w.StartArray();
  std::size_t len = code_points(ev.sentence);
  put_mark(w, ev.source_span, ev.sentence_span, len, "source");
  put_mark(w, ev.target_span, ev.sentence_span, len, "target");
  put_mark(w, ev.trigger_span, ev.sentence_span, len, "trigger");
  w.EndArray();
  w.Key("rule");
  put_or_null(w, ev.rule_id);
  w.Key("amount");
  put_short_amount(w, ev.amount_usd, ev.amount_qualifier);
  w.Key("amount_text");
  put_or_null(w, ev.amount_text);
  w.Key("status");
  put_or_null(w, ev.status);
  w.Key("status_cue");
  put_or_null(w, ev.status_cue);
  w.Key("event_date");
  put_or_null(w, ev.event_date);
  w.Key("event_date_text");
  put_or_null(w, ev.event_date_text);
  w.Key("reported_by");
  put_or_null(w, ev.reported_by);
  w.Key("confidence");
  w.Double(ev.confidence);
  w.EndObject();
}

// Only what occurs in this graph goes into the legend and the filters.
void put_legends(JsonOut& w, const KnowledgeGraph& graph) {
  const Graph& g = graph.graph();
  std::set<EntityType> types;
  for (auto [it, end] = boost::vertices(g); it != end; ++it) types.insert(g[*it].type);
  std::map<std::string, std::size_t> relations;
  std::set<std::string> statuses;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    ++relations[g[*it].relation];
    statuses.insert(g[*it].status);  // "" = relations with no deal state (roles)
  }
  w.Key("types");
  w.StartArray();
  for (EntityType t : types) {
    w.StartObject();
    w.Key("type");
    put(w, to_string(t));
    w.Key("caption");
    w.String(type_caption(t));
    w.Key("fill");
    w.String(node_style(t).fill);
    w.EndObject();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const auto& [relation, count] : relations) {
    w.StartObject();
    w.Key("relation");
    put(w, relation);
    w.Key("colour");
    w.String(relation_colour(relation));
    w.Key("count");
    w.Uint64(count);
    w.Key("money");
    w.Bool(is_money_relation(relation));
    w.Key("symmetric");
    w.Bool(is_symmetric(relation));
    w.EndObject();
  }
  w.EndArray();
  w.Key("statuses");
  w.StartArray();
  for (const std::string& s : statuses) put(w, s);
  w.EndArray();
}

}  // namespace

bool html_available() { return embedded::kCytoscapeJsSize > 0; }

std::string html_unavailable_reason() {
  return "this kgraph was built without the interactive page (npm could not fetch Cytoscape.js when it was "
         "built, or -DKGRAPH_HTML=OFF): rebuild with access to the npm registry, or with "
         "-DKGRAPH_CYTOSCAPE_JS=/path/to/cytoscape.min.js";
}

std::string html_page_data(const KnowledgeGraph& graph, LabelLang lang) {
  const Graph& g = graph.graph();
  std::vector<MoneyCycle> cycles = find_money_cycles(graph);
  std::set<Edge> cycle_edges;
  for (const MoneyCycle& c : cycles) {
    for (const CycleStep& s : c.steps) cycle_edges.insert(s.edge);
  }
  std::map<Vertex, double> money;  // dollars over each node's relations, for the node size
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    if (!g[*it].amount_usd || !std::isfinite(*g[*it].amount_usd)) continue;
    money[boost::source(*it, g)] += *g[*it].amount_usd;
    money[boost::target(*it, g)] += *g[*it].amount_usd;
  }

  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.StartObject();
  w.Key("title");
  put(w, title_text(graph));
  w.Key("label_lang");
  w.String(lang_name(lang));
  w.Key("documents");
  put_list(w, g[boost::graph_bundle].documents);
  // Titles, addresses and outlets of the documents that came with them, for the evidence panel.
  w.Key("document_info");
  const std::string documents = document_info_to_json(g[boost::graph_bundle].document_info);  // as in the graph file
  w.RawValue(documents.data(), documents.size(), rapidjson::kObjectType);
  put_legends(w, graph);

  w.Key("nodes");
  w.StartArray();
  for (Vertex v : graph.sorted_vertices()) {
    const NodeProps& n = g[v];
    w.StartObject();
    w.Key("id");
    put(w, n.id);
    w.Key("label_ar");
    put(w, node_label(n, LabelLang::kArabic));
    const std::string label_en = node_label(n, LabelLang::kEnglish);
    w.Key("label_en");
    put(w, label_en);
    w.Key("label_both");
    put(w, node_label(n, LabelLang::kBoth));
    // Whether label_en is a real English name or only the id, which stands in for names found only in
    // Arabic script: the page then shows the Arabic name alone where both are asked for.
    w.Key("has_en");
    w.Bool(label_en != n.id || n.id == n.label_en);
    w.Key("type");
    put(w, to_string(n.type));
    w.Key("aliases");
    put_list(w, n.aliases);
    w.Key("documents");
    put_list(w, n.documents);
    w.Key("mentions");
    w.Uint64(n.mentions);
    w.Key("part_of");
    put_or_null(w, n.part_of);
    w.Key("confidence");
    w.Double(n.confidence);
    w.Key("method");
    put_or_null(w, n.method);
    w.Key("money_usd");
    auto m = money.find(v);
    if (m != money.end()) {
      write_exact_number(w, m->second);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();

  w.Key("edges");
  w.StartArray();
  for (Edge e : graph.sorted_edges()) {
    const EdgeProps& p = g[e];
    const std::string& s = g[boost::source(e, g)].id;
    const std::string& t = g[boost::target(e, g)].id;
    w.StartObject();
    w.Key("id");
    put(w, edge_id(s, p.relation, t));
    w.Key("source");
    put(w, s);
    w.Key("target");
    put(w, t);
    w.Key("relation");
    put(w, p.relation);
    w.Key("symmetric");
    w.Bool(is_symmetric(p.relation));
    w.Key("amount_usd");
    write_exact_number(w, p.amount_usd);
    w.Key("amount");
    put_short_amount(w, p.amount_usd, p.amount_qualifier);
    w.Key("status");
    put_or_null(w, p.status);
    w.Key("statuses");
    put_list(w, p.statuses);
    w.Key("reported_by");
    put_list(w, p.reported_by);
    w.Key("first_seen");
    put_or_null(w, p.first_seen);
    w.Key("last_seen");
    put_or_null(w, p.last_seen);
    w.Key("confidence");
    w.Double(p.confidence);
    w.Key("in_cycle");
    w.Bool(p.in_cycle || cycle_edges.count(e) > 0);
    w.Key("evidence");
    w.StartArray();
    for (const Evidence& ev : p.evidence) put_evidence(w, ev);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  // Each cycle names its nodes and the edge of each hop that stands for it (cycles.h: the largest amount).
  w.Key("cycles");
  w.StartArray();
  for (const MoneyCycle& c : cycles) {
    w.StartObject();
    w.Key("nodes");
    w.StartArray();
    for (const std::string& id : c.nodes) put(w, id);
    w.EndArray();
    w.Key("edges");
    w.StartArray();
    for (const CycleStep& step : c.steps) {
      put(w, edge_id(g[boost::source(step.edge, g)].id, g[step.edge].relation, g[boost::target(step.edge, g)].id));
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  if (!w.IsComplete()) throw Error(ErrorCode::kInternal, "the page's data is incomplete");

  // '<' only occurs inside JSON strings, where \u003c means the same; this keeps "</script>" and "<!--"
  // in a sentence from ending or hiding the script element that carries the data.
  std::string data;
  data.reserve(sb.GetSize() + 64);
  for (const char* c = sb.GetString(); *c; ++c) {
    if (*c == '<') {
      data += "\\u003c";
    } else {
      data += *c;
    }
  }
  return data;
}

namespace {

// Inside a <script> element only "</script" ends it; a script never needs those characters outside a
// string or a regular expression, where "<\/script" means the same.
std::string script_text(std::string_view js) {
  std::string out;
  out.reserve(js.size());
  for (std::size_t i = 0; i < js.size(); ++i) {
    if (js[i] == '<' && i + 1 < js.size() && js[i + 1] == '/' && js.size() - i >= 8) {
      std::string tag(js.substr(i + 2, 6));
      for (char& c : tag) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      if (tag == "script") {
        out += "<\\/";
        ++i;
        continue;
      }
    }
    out += js[i];
  }
  return out;
}


}  // namespace

void HtmlWriter::write(const KnowledgeGraph& graph, std::ostream& out) const {
  if (!html_available()) throw Error(ErrorCode::kBadUsage, html_unavailable_reason());
  std::string_view tmpl(embedded::kPageHtml, embedded::kPageHtmlSize);
  const std::string marker = "@KGRAPH_";
  std::size_t pos = 0;
  while (pos < tmpl.size()) {
    std::size_t at = tmpl.find(marker, pos);
    if (at == std::string_view::npos) {
      out << tmpl.substr(pos);
      break;
    }
    out << tmpl.substr(pos, at - pos);
    std::size_t close = tmpl.find('@', at + marker.size());
    if (close == std::string_view::npos) throw Error(ErrorCode::kInternal, "page template: unclosed marker");
    std::string_view name = tmpl.substr(at + marker.size(), close - at - marker.size());
    if (name == "TITLE") {
      out << html_text(title_text(graph));
    } else if (name == "STYLE") {
      out << std::string_view(embedded::kPageCss, embedded::kPageCssSize);
    } else if (name == "DATA") {
      out << html_page_data(graph, options_.label_lang);
    } else if (name == "CYTOSCAPE") {
      out << script_text(std::string_view(embedded::kCytoscapeJs, embedded::kCytoscapeJsSize));
    } else if (name == "SCRIPT") {
      out << script_text(std::string_view(embedded::kPageJs, embedded::kPageJsSize));
    } else if (name == "VERSION") {
      out << KGRAPH_VERSION;
    } else {
      throw Error(ErrorCode::kInternal, "page template: unknown marker @KGRAPH_" + std::string(name) + "@");
    }
    pos = close + 1;
  }
}

}  // namespace kgraph
