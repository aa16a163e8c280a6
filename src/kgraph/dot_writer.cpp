// dot_writer.cpp - Graphviz DOT output (see dot_writer.h).
//
// Design: DOT is for looking at, so this writer chooses presentation, not completeness (GraphML and JSON
// carry the data). Everything that varies with the input is a quoted, escaped string, so no entity name
// or sentence can break the syntax. Arabic needs two things from Graphviz: a font with Arabic glyphs and
// a text renderer that shapes and orders them; the cairo/pango renderers that `dot -Tpng`/`-Tsvg` use
// on Debian do both when given a family list that starts with an Arabic font (fonts-noto-core provides
// "Noto Sans Arabic"). Each label line is laid out separately, so the Arabic name and the English name
// sit on their own lines and each keeps its own direction.
//
// Colours are fixed per entity type and per relation (not generated from the data), so the same
// relation looks the same in every picture; red is kept for money cycles.
#include "kgraph/dot_writer.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ostream>

#include "kgraph/json_writer.h"

namespace kgraph {

namespace {

constexpr const char* kFonts = "Noto Sans Arabic, Noto Sans, DejaVu Sans";

struct NodeStyle {
  const char* shape;
  const char* fill;
};

NodeStyle node_style(EntityType t) {
  switch (t) {
    case EntityType::kOrg: return {"box", "#d6e4ff"};           // pale blue
    case EntityType::kPerson: return {"ellipse", "#ffe4c4"};    // pale apricot
    case EntityType::kProduct: return {"component", "#d8f3dc"};  // pale green
    case EntityType::kMedia: return {"tab", "#eadcf8"};          // pale lilac
    case EntityType::kPlace: return {"house", "#f1e7d0"};        // pale sand
  }
  return {"box", "#eeeeee"};
}

// Dark enough to read as label text on white; none is red.
const char* relation_colour(std::string_view relation) {
  struct Entry {
    std::string_view relation;
    const char* colour;
  };
  static constexpr Entry kPalette[] = {
      {"invests_in", "#2e7d32"},         {"buys_chips_from", "#1565c0"}, {"buys_services_from", "#00838f"},
      {"customer_of", "#6a1b9a"},        {"competes_with", "#757575"},   {"partners_with", "#ef6c00"},
      {"ceo_of", "#4e342e"},             {"works_for", "#8d6e63"},       {"develops", "#ad1457"},
      {"part_of", "#37474f"},
  };
  for (const Entry& e : kPalette) {
    if (e.relation == relation) return e.colour;
  }
  // Relations added to the rules later still get a stable colour: FNV-1a of the name picks one.
  static constexpr const char* kSpare[] = {"#5c6bc0", "#26a69a", "#9e9d24", "#8e24aa", "#f9a825", "#6d4c41"};
  std::uint32_t h = 2166136261u;
  for (char c : relation) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return kSpare[h % (sizeof kSpare / sizeof kSpare[0])];
}

std::string node_label(const NodeProps& n) {
  if (n.label_ar.empty() && n.label_en.empty()) return n.label.empty() ? n.id : n.label;
  if (n.label_ar.empty()) return n.label_en;
  if (n.label_en.empty() || n.label_en == n.label_ar) return n.label_ar;
  return n.label_ar + "\n" + n.label_en;
}

std::string qualified_amount(double usd, std::string_view qualifier) {
  std::string a = short_amount(usd);
  if (qualifier == "up_to") return "up to " + a;
  if (qualifier == "more_than") return "over " + a;
  if (qualifier == "about") return "~" + a;
  if (qualifier == "less_than") return "under " + a;
  return a;
}

std::string edge_label(const EdgeProps& p) {
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a known false positive) on "literal" + temporary.
  std::string label = p.relation;
  if (p.amount_usd) {
    label += '\n';
    label += qualified_amount(*p.amount_usd, p.amount_qualifier);
  }
  if (!p.status.empty() && p.status != "completed") {
    label += "\n(";
    label += p.status;
    label += ')';
  }
  return label;
}

}  // namespace

std::string short_amount(double usd) {
  if (!std::isfinite(usd)) return "$?";
  std::string sign = usd < 0 ? "-" : "";
  double x = std::fabs(usd);
  struct Scale {
    double factor;
    const char* suffix;
  };
  static constexpr Scale kScales[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}, {1, ""}};
  std::size_t i = 0;
  while (i + 1 < sizeof kScales / sizeof kScales[0] && x < kScales[i].factor) ++i;
  // Round first, then step up a unit if rounding reached 1000 (999.999M is "$1B", not "$1000M").
  double v = std::round(x / kScales[i].factor * 100.0) / 100.0;
  if (v >= 1000.0 && i > 0) {
    --i;
    v = std::round(x / kScales[i].factor * 100.0) / 100.0;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string digits = buf;
  while (digits.back() == '0') digits.pop_back();
  if (digits.back() == '.') digits.pop_back();
  return sign + "$" + digits + kScales[i].suffix;
}

std::string dot_quote(std::string_view text) {
  std::string s = valid_utf8(text);
  std::string out = "\"";
  out.reserve(s.size() + 2);
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || u == 0x7F) {
      // Tabs, CRs and other control characters have no place in a label; a tab reads as a space.
      if (c == '\t') out += ' ';
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

void DotWriter::write(const KnowledgeGraph& graph, std::ostream& out) const {
  const Graph& g = graph.graph();
  const GraphProps& gp = g[boost::graph_bundle];
  const std::string fonts = dot_quote(kFonts);

  std::string title = gp.name + ": " + std::to_string(graph.node_count()) + " entities, " +
                      std::to_string(graph.edge_count()) + " relations, " + std::to_string(gp.documents.size()) +
                      (gp.documents.size() == 1 ? " document" : " documents");
  out << "digraph " << dot_quote(gp.name) << " {\n";
  out << "  graph [rankdir=\"LR\", charset=\"UTF-8\", fontname=" << fonts << ", fontsize=\"16\", labelloc=\"t\", "
      << "label=" << dot_quote(title) << "];\n";
  out << "  node [fontname=" << fonts << ", fontsize=\"12\", style=\"filled\", color=\"#555555\"];\n";
  out << "  edge [fontname=" << fonts << ", fontsize=\"10\"];\n";

  for (Vertex v : graph.sorted_vertices()) {
    const NodeProps& n = g[v];
    NodeStyle st = node_style(n.type);
    out << "  " << dot_quote(n.id) << " [label=" << dot_quote(node_label(n)) << ", shape=\"" << st.shape
        << "\", fillcolor=\"" << st.fill << "\", tooltip=" << dot_quote(n.id + " (" + std::string(to_string(n.type)) + ")")
        << "];\n";
  }

  for (Edge e : graph.sorted_edges()) {
    const EdgeProps& p = g[e];
    out << "  " << dot_quote(g[boost::source(e, g)].id) << " -> " << dot_quote(g[boost::target(e, g)].id)
        << " [label=" << dot_quote(edge_label(p));
    if (p.in_cycle) {
      out << ", color=\"red\", fontcolor=\"red\", penwidth=\"3\", style=\"bold\"";
    } else {
      const char* colour = relation_colour(p.relation);
      out << ", color=\"" << colour << "\", fontcolor=\"" << colour << "\"";
      // A deal that may never happen is drawn dashed, so the solid lines are the money that moved.
      if (p.status == "denied" || p.status == "hypothetical" || p.status == "stalled") out << ", style=\"dashed\"";
    }
    if (is_symmetric(p.relation)) out << ", dir=\"none\"";
    if (!p.evidence.empty()) out << ", tooltip=" << dot_quote(p.evidence.front().sentence);
    out << "];\n";
  }
  out << "}\n";
}

}  // namespace kgraph
