// json_writer.cpp - NetworkX node-link JSON output (see json_writer.h).
//
// Design: this is the one format that must lose nothing, because JsonReader reads it back and the CLI
// converts from it. So every NodeProps/EdgeProps field is written as stored (not recomputed), in a fixed
// key order, from the writer-ordered nodes and edges (KnowledgeGraph::sorted_vertices/sorted_edges).
//
// Numbers: money amounts are whole numbers of dollars in practice, and a reader should see 100000000000,
// not 1e11 or 100000000000.0, so a whole amount below 2^53 (where doubles are still exact integers) is
// written as an integer; anything else goes through RapidJSON's shortest round-trip double formatting,
// which parse_json reads back (kParseFullPrecisionFlag) to the same bits (write_exact_number, json_util.h,
// which the page's data uses too). Confidences and weights are
// always written as doubles ("1.0"), so their JSON type does not change with their value.
//
// Text is written as UTF-8, unescaped, so Arabic stays readable; invalid UTF-8 is repaired first
// (valid_utf8) because RapidJSON would otherwise copy the bad bytes through.
#include "kgraph/json_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstdint>
#include <ostream>

#include "kgraph/error.h"
#include "kgraph/json_util.h"
#include "kgraph/utf8.h"

namespace kgraph {

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char32_t cp;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = utf8_sequence(text, i, cp);
    if (len > 0) {
      out.append(text.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
    }
  }
  return out;
}

namespace {

template <typename W>
void put_string_or_null(W& w, const std::string& s) {
  if (s.empty()) {
    w.Null();
  } else {
    w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
  }
}

template <typename W>
void put_string(W& w, std::string_view s) {
  std::string clean = valid_utf8(s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

// Confidences, weights: always a JSON double. Non-finite values have no JSON form; null says "unknown".
template <typename W>
void put_double(W& w, double x) {
  if (std::isfinite(x)) {
    w.Double(x);
  } else {
    w.Null();
  }
}

template <typename W, typename Range>
void put_string_list(W& w, const Range& items) {
  w.StartArray();
  for (const std::string& s : items) put_string(w, s);
  w.EndArray();
}

template <typename W>
void put_size(W& w, std::size_t n) {
  w.Uint64(static_cast<std::uint64_t>(n));
}

template <typename W>
void put_evidence(W& w, const Evidence& ev) {
  w.StartObject();
  w.Key("doc_id");
  put_string(w, ev.doc_id);
  w.Key("sentence");
  put_string(w, ev.sentence);
  w.Key("sentence_start");
  put_size(w, ev.sentence_span.begin);
  w.Key("sentence_end");
  put_size(w, ev.sentence_span.end);
  w.Key("source_start");
  put_size(w, ev.source_span.begin);
  w.Key("source_end");
  put_size(w, ev.source_span.end);
  w.Key("target_start");
  put_size(w, ev.target_span.begin);
  w.Key("target_end");
  put_size(w, ev.target_span.end);
  w.Key("trigger_start");
  put_size(w, ev.trigger_span.begin);
  w.Key("trigger_end");
  put_size(w, ev.trigger_span.end);
  w.Key("rule");
  put_string(w, ev.rule_id);
  w.Key("amount_usd");
  write_exact_number(w, ev.amount_usd);
  w.Key("amount_text");
  put_string(w, ev.amount_text);
  w.Key("amount_qualifier");
  put_string(w, ev.amount_qualifier);
  w.Key("status");  // null for roles (ceo_of, works_for...), which have no deal state
  put_string_or_null(w, ev.status);
  w.Key("status_cue");
  put_string(w, ev.status_cue);
  w.Key("date");
  put_string(w, ev.date);
  w.Key("event_date");
  put_string(w, ev.event_date);
  w.Key("event_date_text");
  put_string(w, ev.event_date_text);
  w.Key("reported_by");
  put_string_or_null(w, ev.reported_by);
  w.Key("confidence");
  put_double(w, ev.confidence);
  w.EndObject();
}

// {"doc id": {"title", "date", "url", "source"}}, empty fields as null.
template <typename W>
void put_document_info(W& w, const std::map<std::string, DocumentInfo>& info) {
  w.StartObject();
  for (const auto& [id, d] : info) {
    put_string(w, id);
    w.StartObject();
    w.Key("title");
    put_string_or_null(w, valid_utf8(d.title));
    w.Key("date");
    put_string_or_null(w, valid_utf8(d.date));
    w.Key("url");
    put_string_or_null(w, valid_utf8(d.url));
    w.Key("source");
    put_string_or_null(w, valid_utf8(d.source));
    w.EndObject();
  }
  w.EndObject();
}

template <typename W>
void put_evidence_list(W& w, const std::vector<Evidence>& evidence) {
  w.StartArray();
  for (const Evidence& ev : evidence) put_evidence(w, ev);
  w.EndArray();
}

template <typename W>
void put_node(W& w, const NodeProps& n) {
  w.StartObject();
  w.Key("id");
  put_string(w, n.id);
  w.Key("label");
  put_string(w, n.label);
  w.Key("label_ar");
  put_string(w, n.label_ar);
  w.Key("label_en");
  put_string(w, n.label_en);
  w.Key("type");
  put_string(w, to_string(n.type));
  w.Key("aliases");
  put_string_list(w, n.aliases);
  w.Key("documents");
  put_string_list(w, n.documents);
  w.Key("mentions");
  put_size(w, n.mentions);
  w.Key("part_of");
  if (n.part_of.empty()) {
    w.Null();
  } else {
    put_string(w, n.part_of);
  }
  w.Key("confidence");
  put_double(w, n.confidence);
  w.Key("method");
  put_string(w, n.method);
  w.EndObject();
}

template <typename W>
void put_link(W& w, const std::string& source, const EdgeProps& e, const std::string& target) {
  w.StartObject();
  w.Key("source");
  put_string(w, source);
  w.Key("target");
  put_string(w, target);
  w.Key("key");
  put_string(w, e.relation);
  w.Key("relation");
  put_string(w, e.relation);
  w.Key("label");
  put_string(w, e.relation);
  w.Key("amount_usd");
  write_exact_number(w, e.amount_usd);
  w.Key("amount_qualifier");
  put_string(w, e.amount_qualifier);
  w.Key("amounts");
  w.StartArray();
  for (double a : e.amounts) write_exact_number(w, a);
  w.EndArray();
  w.Key("status");
  put_string_or_null(w, e.status);
  w.Key("statuses");
  put_string_list(w, e.statuses);
  w.Key("weight");
  put_double(w, e.weight());
  w.Key("reported_by");
  put_string_list(w, e.reported_by);
  w.Key("first_seen");
  put_string_or_null(w, e.first_seen);
  w.Key("last_seen");
  put_string_or_null(w, e.last_seen);
  w.Key("in_cycle");
  w.Bool(e.in_cycle);
  w.Key("confidence");
  put_double(w, e.confidence);
  w.Key("evidence");
  put_evidence_list(w, e.evidence);
  w.EndObject();
}

}  // namespace

std::string document_info_to_json(const std::map<std::string, DocumentInfo>& info) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  put_document_info(w, info);
  return std::string(sb.GetString(), sb.GetSize());
}

std::string evidence_to_json(const std::vector<Evidence>& evidence) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  put_evidence_list(w, evidence);
  return std::string(sb.GetString(), sb.GetSize());
}

void JsonWriter::write(const KnowledgeGraph& graph, std::ostream& out) const {
  const Graph& g = graph.graph();
  const GraphProps& gp = g[boost::graph_bundle];
  rapidjson::StringBuffer sb;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(sb);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  // Two organisations can be linked by several relations (Amazon invests in Anthropic and partners with
  // it), so the graph is a multigraph; each link's "key" is its relation, unique per (source, target).
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  w.Key("name");
  put_string(w, gp.name);
  w.Key("documents");
  put_string_list(w, gp.documents);
  if (!gp.document_info.empty()) {  // absent, not empty, when the inputs had no titles: older files stay as they were
    w.Key("document_info");
    put_document_info(w, gp.document_info);
  }
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  for (Vertex v : graph.sorted_vertices()) put_node(w, g[v]);
  w.EndArray();
  w.Key("links");
  w.StartArray();
  for (Edge e : graph.sorted_edges()) {
    put_link(w, g[boost::source(e, g)].id, g[e], g[boost::target(e, g)].id);
  }
  w.EndArray();
  w.EndObject();
  if (!w.IsComplete()) throw Error(ErrorCode::kInternal, "JSON writer produced an incomplete document");
  out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
  out.put('\n');
}

}  // namespace kgraph
