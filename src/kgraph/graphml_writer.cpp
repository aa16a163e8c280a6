// graphml_writer.cpp - GraphML output (see graphml_writer.h).
//
// Design: written by hand on a std::ostream rather than with boost::write_graphml, because that prints
// doubles with 6 significant digits (an amount of 22.4 billion would come out as 2.24e+10) and cannot
// choose key ids, attribute types or which attributes to leave out.
//
// What the consumers need, and so what this writer guarantees:
// - the XSD: every id, key id and attr.name is an NMTOKEN; every <key> has attr.type; edge ids are unique.
// - igraph keeps a node's XML id in a vertex attribute called "id", so no node attribute may be named
//   "id"; a node whose id had to be escaped keeps the original in `kg_id` instead.
// - NetworkX turns a <data> element with empty text into nothing, and Gephi shows missing values as
//   empty, so empty strings and absent amounts are simply not written.
// - numbers are printed exactly (format_exact): amounts are compared to the dollar by the tests and by
//   people reading the file.
// Output order is KnowledgeGraph::sorted_vertices()/sorted_edges(), so the file depends only on content.
#include "kgraph/graphml_writer.h"

#include <charconv>
#include <cmath>
#include <ostream>
#include <set>

#include "kgraph/json_writer.h"

namespace kgraph {

namespace {

// Decodes one code point of well-formed UTF-8 (the caller ran valid_utf8 first). Returns its length.
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + len > s.size()) len = s.size() - i;
  cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return len;
}

// Arabic letters, digits, marks and the tatweel that are name characters in both the 4th and 5th
// editions of XML 1.0 (the XSD's NMTOKEN follows the 4th edition's explicit tables).
bool is_arabic_name_char(char32_t c) {
  return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0640 && c <= 0x0652) || (c >= 0x0660 && c <= 0x0669) ||
         (c >= 0x0670 && c <= 0x06B7) || (c >= 0x06BA && c <= 0x06BE) || (c >= 0x06C0 && c <= 0x06CE) ||
         (c >= 0x06D0 && c <= 0x06D3) || (c >= 0x06D5 && c <= 0x06E8) || (c >= 0x06EA && c <= 0x06ED) ||
         (c >= 0x06F0 && c <= 0x06F9);
}

bool is_ascii_name_char(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         c == '_';
}

void append_hex(std::string& out, char32_t c) {
  char buf[16];
  auto res = std::to_chars(buf, buf + sizeof buf, static_cast<unsigned long>(c), 16);
  for (char* p = buf; p != res.ptr; ++p) out += (*p >= 'a' && *p <= 'f') ? static_cast<char>(*p - 'a' + 'A') : *p;
}

// One attribute the writer may declare: key id, the GraphML domain, attr.name and attr.type.
struct KeyDef {
  const char* id;
  const char* domain;
  const char* name;
  const char* type;
};

// The order here is the order of <key> elements and of <data> elements within each node or edge.
constexpr KeyDef kKeys[] = {
    {"g_name", "graph", "name", "string"},
    {"g_documents", "graph", "documents", "int"},
    {"g_document_info", "graph", "document_info", "string"},
    {"n_label", "node", "label", "string"},
    {"n_label_ar", "node", "label_ar", "string"},
    {"n_label_en", "node", "label_en", "string"},
    {"n_type", "node", "type", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_documents", "node", "documents", "string"},
    {"n_mentions", "node", "mentions", "int"},
    {"n_part_of", "node", "part_of", "string"},
    {"n_confidence", "node", "confidence", "double"},
    {"n_method", "node", "method", "string"},
    {"n_r", "node", "r", "int"},
    {"n_g", "node", "g", "int"},
    {"n_b", "node", "b", "int"},
    {"n_kg_id", "node", "kg_id", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_relation", "edge", "relation", "string"},
    {"e_amount_usd", "edge", "amount_usd", "double"},
    {"e_amount_qualifier", "edge", "amount_qualifier", "string"},
    {"e_status", "edge", "status", "string"},
    {"e_statuses", "edge", "statuses", "string"},
    {"e_weight", "edge", "weight", "double"},
    {"e_reported_by", "edge", "reported_by", "string"},
    {"e_first_seen", "edge", "first_seen", "string"},
    {"e_last_seen", "edge", "last_seen", "string"},
    {"e_in_cycle", "edge", "in_cycle", "boolean"},
    {"e_evidence_count", "edge", "evidence_count", "int"},
    {"e_confidence", "edge", "confidence", "double"},
    {"e_sentence", "edge", "sentence", "string"},
    {"e_evidence", "edge", "evidence", "string"},
};


// Writes <data key="KEY">escaped text</data>, or nothing for empty text (see the design note).
void data(std::ostream& out, const char* indent, const char* key, std::string_view text) {
  if (text.empty()) return;
  out << indent << "<data key=\"" << key << "\">" << xml_escape(text) << "</data>\n";
}

}  // namespace

std::array<int, 3> graphml_colour(EntityType type) {
  // Mid-saturation colours: distinct on Gephi's white canvas and still readable under black labels.
  switch (type) {
    case EntityType::kOrg: return {66, 133, 244};      // blue
    case EntityType::kPerson: return {244, 160, 0};    // amber
    case EntityType::kProduct: return {15, 157, 88};   // green
    case EntityType::kMedia: return {171, 71, 188};    // purple
    case EntityType::kPlace: return {141, 110, 99};    // brown
  }
  return {128, 128, 128};
}

std::string join_values(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += " | ";
    out += s;
  }
  return out;
}

std::string format_exact(double x) {
  // XSD's lexical forms for the special values; Python's float() reads them too.
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "INF" : "-INF";
  // Fixed notation with shortest round-trip precision: the smallest subnormal needs ~330 characters.
  char buf[400];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed);
  return std::string(buf, res.ptr);
}

std::string xml_id(std::string_view id, bool escape_dash) {
  std::string s = valid_utf8(id);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = 0;
    std::size_t len = decode_utf8(s, i, c);
    bool keep = (is_ascii_name_char(c) && !(escape_dash && c == '-')) || is_arabic_name_char(c);
    if (keep) {
      out.append(s, i, len);
    } else {
      out += ':';
      append_hex(out, c);
      out += ':';
    }
    i += len;
  }
  // An empty id is not an NMTOKEN. "::" cannot come from a non-empty id: every ':' written above is one
  // end of an escape with hex digits between the two.
  if (out.empty()) out = "::";
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string s = valid_utf8(text);
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = 0;
    std::size_t len = decode_utf8(s, i, c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF) break;  // not XML 1.0
        out.append(s, i, len);
    }
    i += len;
  }
  return out;
}

void GraphmlWriter::write(const KnowledgeGraph& graph, std::ostream& out) const {
  const Graph& g = graph.graph();
  const GraphProps& gp = g[boost::graph_bundle];

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeyDef& k : kKeys) {
    out << " <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\""
        << k.type << "\"/>\n";
  }
  out << " <graph id=\"" << xml_id(gp.name) << "\" edgedefault=\"directed\">\n";
  data(out, "  ", "g_name", gp.name);
  data(out, "  ", "g_documents", std::to_string(gp.documents.size()));
  if (!gp.document_info.empty()) data(out, "  ", "g_document_info", document_info_to_json(gp.document_info));

  for (Vertex v : graph.sorted_vertices()) {
    const NodeProps& n = g[v];
    std::string id = xml_id(n.id);
    auto [r, gr, b] = graphml_colour(n.type);
    out << "  <node id=\"" << id << "\">\n";
    const char* in = "   ";
    data(out, in, "n_label", n.label);
    data(out, in, "n_label_ar", n.label_ar);
    data(out, in, "n_label_en", n.label_en);
    data(out, in, "n_type", to_string(n.type));
    data(out, in, "n_aliases", join_values(n.aliases));
    data(out, in, "n_documents", join_values(n.documents));
    data(out, in, "n_mentions", std::to_string(n.mentions));
    data(out, in, "n_part_of", n.part_of);
    data(out, in, "n_confidence", format_exact(n.confidence));
    data(out, in, "n_method", n.method);
    data(out, in, "n_r", std::to_string(r));
    data(out, in, "n_g", std::to_string(gr));
    data(out, in, "n_b", std::to_string(b));
    if (id != n.id) data(out, in, "n_kg_id", n.id);
    out << "  </node>\n";
  }

  // Edge ids are unique by construction ((source, relation, target) is the graph's edge key and '-' is
  // escaped inside the parts); the counter only guards against a graph built with parallel duplicates,
  // which would otherwise produce a file the XSD rejects.
  std::set<std::string> used_ids;
  for (Edge e : graph.sorted_edges()) {
    const EdgeProps& p = g[e];
    const std::string& src = g[boost::source(e, g)].id;
    const std::string& dst = g[boost::target(e, g)].id;
    std::string id = "e-" + xml_id(src, true) + "-" + xml_id(p.relation, true) + "-" + xml_id(dst, true);
    for (int k = 2; !used_ids.insert(id).second; ++k) {
      id = "e-" + xml_id(src, true) + "-" + xml_id(p.relation, true) + "-" + xml_id(dst, true) + "-" +
           std::to_string(k);
    }
    out << "  <edge id=\"" << id << "\" source=\"" << xml_id(src) << "\" target=\"" << xml_id(dst) << "\">\n";
    const char* in = "   ";
    data(out, in, "e_label", p.relation);
    data(out, in, "e_relation", p.relation);
    if (p.amount_usd) data(out, in, "e_amount_usd", format_exact(*p.amount_usd));
    data(out, in, "e_amount_qualifier", p.amount_qualifier);
    data(out, in, "e_status", p.status);
    data(out, in, "e_statuses", join_values(p.statuses));
    data(out, in, "e_weight", format_exact(p.weight()));
    data(out, in, "e_reported_by", join_values(p.reported_by));
    data(out, in, "e_first_seen", p.first_seen);
    data(out, in, "e_last_seen", p.last_seen);
    data(out, in, "e_in_cycle", p.in_cycle ? "true" : "false");
    data(out, in, "e_evidence_count", std::to_string(p.evidence.size()));
    data(out, in, "e_confidence", format_exact(p.confidence));
    if (!p.evidence.empty()) data(out, in, "e_sentence", p.evidence.front().sentence);
    data(out, in, "e_evidence", evidence_to_json(p.evidence));
    out << "  </edge>\n";
  }
  out << " </graph>\n</graphml>\n";
}

}  // namespace kgraph
