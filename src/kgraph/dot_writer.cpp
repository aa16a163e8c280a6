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

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <set>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "kgraph/json_writer.h"

namespace kgraph {

namespace {

constexpr const char* kFonts = "Noto Sans Arabic, Noto Sans, DejaVu Sans";

}  // namespace

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

namespace {
bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}
}  // namespace

std::string node_label(const NodeProps& n, LabelLang lang) {
  if (lang == LabelLang::kEnglish) {
    // No Arabic at all: a name found only in Arabic text shows its id, which is a Latin transliteration
    // (mentions.h, slug_id) for every entity kgraph extracts.
    if (!n.label_en.empty()) return n.label_en;
    if (!n.label.empty() && is_ascii(n.label)) return n.label;
    return n.id;
  }
  if (lang == LabelLang::kArabic) {
    if (!n.label_ar.empty()) return n.label_ar;
    if (!n.label_en.empty()) return n.label_en;
    return n.label.empty() ? n.id : n.label;
  }
  if (n.label_ar.empty() && n.label_en.empty()) return n.label.empty() ? n.id : n.label;
  if (n.label_ar.empty()) return n.label_en;
  if (n.label_en.empty() || n.label_en == n.label_ar) return n.label_ar;
  return n.label_ar + "\n" + n.label_en;
}

// Text for an HTML-like label (the title and legend): &, <, >, " escaped, invalid UTF-8 repaired.
std::string html_text(std::string_view text) {
  std::string out;
  for (char c : valid_utf8(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  return out;
}

const char* type_caption(EntityType t) {
  switch (t) {
    case EntityType::kOrg: return "organisation";
    case EntityType::kPerson: return "person";
    case EntityType::kProduct: return "product";
    case EntityType::kMedia: return "media";
    case EntityType::kPlace: return "place";
  }
  return "other";
}

namespace {
bool is_doubtful(const EdgeProps& p) {
  return p.status == "denied" || p.status == "hypothetical" || p.status == "stalled";
}
}  // namespace

// "kgraph: 28 entities, 31 relations, 5 documents, 2025-09-22 – 2025-10-14": the date range is that of the
// evidence (event or article dates), left out when no relation has a date.
std::string title_text(const KnowledgeGraph& graph) {
  const Graph& g = graph.graph();
  const GraphProps& gp = g[boost::graph_bundle];
  std::string first, last;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeProps& p = g[*it];
    if (!p.first_seen.empty() && (first.empty() || p.first_seen < first)) first = p.first_seen;
    if (!p.last_seen.empty() && (last.empty() || p.last_seen > last)) last = p.last_seen;
  }
  std::string title = gp.name + ": " + std::to_string(graph.node_count()) + " entities, " +
                      std::to_string(graph.edge_count()) + " relations, " + std::to_string(gp.documents.size()) +
                      (gp.documents.size() == 1 ? " document" : " documents");
  if (!first.empty()) {
    title += ", ";
    title += first;
    if (last != first) {
      title += " \u2013 ";
      title += last;
    }
  }
  return title;
}

std::string qualified_amount(double usd, std::string_view qualifier) {
  std::string a = short_amount(usd);
  if (qualifier == "up_to") return "up to " + a;
  if (qualifier == "more_than") return "over " + a;
  if (qualifier == "about") return "~" + a;
  if (qualifier == "less_than") return "under " + a;
  return a;
}

namespace {

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

std::optional<LabelLang> label_lang_from_string(std::string_view text) {
  if (text == "ar") return LabelLang::kArabic;
  if (text == "en") return LabelLang::kEnglish;
  if (text == "both") return LabelLang::kBoth;
  return std::nullopt;
}

void DotWriter::write(const KnowledgeGraph& graph, std::ostream& out) const {
  const Graph& g = graph.graph();
  const GraphProps& gp = g[boost::graph_bundle];
  const std::string fonts = dot_quote(kFonts);

  // What the legend needs to explain: only the types and line styles that occur.
  std::set<EntityType> types;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) types.insert(g[v].type);
  std::set<Vertex> on_cycle;
  bool any_cycle = false, any_doubtful = false;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeProps& p = g[*it];
    if (p.in_cycle) {
      any_cycle = true;
      on_cycle.insert(boost::source(*it, g));
      on_cycle.insert(boost::target(*it, g));
    } else if (is_doubtful(p)) {
      any_doubtful = true;
    }
  }

  // The title and the legend are one HTML-like graph label, so the legend adds no fake nodes that
  // other tools reading this file would count as entities.
  std::string label = "<<table border=\"0\" cellspacing=\"6\" cellpadding=\"4\">";
  std::size_t columns = types.size() + (any_cycle ? 1 : 0) + (any_doubtful ? 1 : 0);
  label += "<tr><td colspan=\"" + std::to_string(std::max<std::size_t>(columns, 1)) +
           "\"><font point-size=\"20\"><b>" + html_text(title_text(graph)) + "</b></font></td></tr><tr>";
  for (EntityType t : types) {
    label += "<td border=\"1\" color=\"#555555\" bgcolor=\"" + std::string(node_style(t).fill) + "\">" +
             type_caption(t) + "</td>";
  }
  if (any_cycle) label += "<td><font color=\"red\"><b>\u2501\u2501\u25B6 money cycle</b></font></td>";
  if (any_doubtful) label += "<td><font color=\"#555555\">- - \u25B7 denied, stalled or hypothetical</font></td>";
  label += "</tr></table>>";

  // Layout for 10 to 300 nodes. Up to kDotLayoutMaxNodes, dot's left-to-right layers show the direction of
  // money best; beyond, sfdp spreads the entities out and overlap removal keeps labels apart. Either way
  // entities with no relation fill a compact block instead of one very long column (see below).
  const bool layered = graph.node_count() <= kDotLayoutMaxNodes;
  out << "digraph " << dot_quote(gp.name) << " {\n";
  out << "  graph [layout=\"" << (layered ? "dot" : "sfdp") << "\", rankdir=\"LR\", charset=\"UTF-8\", fontname="
      << fonts << ", fontsize=\"16\", labelloc=\"t\", labeljust=\"l\", label=" << label << ",\n"
      << "         outputorder=\"edgesfirst\", pad=\"0.3\", ";
  if (layered) {
    out << "nodesep=\"0.35\", ranksep=\"0.9\"";
  } else {
    out << "pack=\"true\", packmode=\"graph\", overlap=\"prism\", overlap_scaling=\"-4\", sep=\"+12\", splines=\"true\", K=\"1.2\", "
        << "size=\"17,17\"";  // at most 1632 pixels a side in PNG, so the file stays small
  }
  out << "];\n";
  out << "  node [fontname=" << fonts << ", fontsize=\"12\", style=\"filled\", color=\"#555555\", margin=\"0.12,0.04\"];\n";
  out << "  edge [fontname=" << fonts << ", fontsize=\"10\", arrowsize=\"0.8\"];\n";

  for (Vertex v : graph.sorted_vertices()) {
    const NodeProps& n = g[v];
    NodeStyle st = node_style(n.type);
    out << "  " << dot_quote(n.id) << " [label=" << dot_quote(node_label(n, options_.label_lang)) << ", shape=\""
        << st.shape << "\", fillcolor=\"" << st.fill << "\"";
    // The entities of a money cycle get a red frame too, so the loop reads as one figure.
    if (on_cycle.count(v)) out << ", color=\"red\", penwidth=\"2\"";
    out << ", tooltip=" << dot_quote(n.id + " (" + std::string(to_string(n.type)) + ")") << "];\n";
  }

  // Entities with no relation at all. Graphviz's `pack` would lay them out beside the rest, but in dot
  // (2.42) it drops most edge labels, so in a layered layout they go into a box of their own instead,
  // chained into rows by invisible edges (left to right, one rank apart): a compact block rather than one
  // long column down the first rank. Only for pictures (DotOptions::picture): in a .dot file the invisible
  // edges would count as relations for tools that read it.
  std::vector<Vertex> unrelated;
  for (Vertex v : graph.sorted_vertices()) {
    if (boost::in_degree(v, g) == 0 && boost::out_degree(v, g) == 0) unrelated.push_back(v);
  }
  if (options_.picture && layered && unrelated.size() > 1) {
    std::size_t row = 3;
    while (row * row < unrelated.size()) ++row;
    out << "  subgraph \"cluster_unrelated\" {\n"
        << "    label=\"no relation found\"; labeljust=\"l\"; fontsize=\"12\"; fontcolor=\"#777777\"; "
        << "style=\"dashed\"; color=\"#aaaaaa\";\n";
    for (std::size_t i = 0; i < unrelated.size(); ++i) {
      out << (i % row == 0 ? "    " : " -> ") << dot_quote(g[unrelated[i]].id);
      if (i % row == row - 1 || i + 1 == unrelated.size()) out << (i % row == 0 ? ";\n" : " [style=\"invis\"];\n");
    }
    out << "  }\n";
  }

  for (Edge e : graph.sorted_edges()) {
    const EdgeProps& p = g[e];
    // In a large picture only money speaks: relation names on hundreds of edges would cover the nodes,
    // while the colour already tells the relation (and the tooltip in SVG names it).
    const bool labelled = layered || p.in_cycle || p.amount_usd.has_value();
    out << "  " << dot_quote(g[boost::source(e, g)].id) << " -> " << dot_quote(g[boost::target(e, g)].id)
        << " [label=" << dot_quote(labelled ? edge_label(p) : std::string());
    if (p.in_cycle) {
      // Heavier weight keeps the edges of a cycle short and straight in dot, so the loop is compact.
      out << ", color=\"red\", fontcolor=\"red\", penwidth=\"3\", style=\"bold\", fontsize=\"12\", weight=\"4\"";
    } else {
      const char* colour = relation_colour(p.relation);
      out << ", color=\"" << colour << "\", fontcolor=\"" << colour << "\"";
      // A deal that may never happen is drawn dashed, so the solid lines are the money that moved.
      if (is_doubtful(p)) out << ", style=\"dashed\"";
    }
    if (is_symmetric(p.relation)) out << ", dir=\"none\"";
    if (!p.evidence.empty()) out << ", tooltip=" << dot_quote(p.evidence.front().sentence);
    out << "];\n";
  }
  out << "}\n";
}

}  // namespace kgraph
