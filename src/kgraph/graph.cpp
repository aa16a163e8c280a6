// graph.cpp - merging per-article results into one Boost graph (see graph.h).
#include "kgraph/graph.h"

#include <algorithm>
#include <array>

#include "kgraph/error.h"
#include "kgraph/normalize.h"

namespace kgraph {

bool is_symmetric(std::string_view relation) {
  return relation == "competes_with" || relation == "partners_with";
}

int status_rank(std::string_view status, bool from_cue) {
  // Highest first. "completed" is last because it is also what a plain factual sentence defaults to:
  // when one sentence says the deal was announced and another merely states it, "announced" tells more.
  static constexpr std::array<std::string_view, 7> kOrder = {"completed", "hypothetical", "announced", "planned",
                                                             "in_talks",  "stalled",      "denied"};
  for (std::size_t i = 0; i < kOrder.size(); ++i) {
    if (kOrder[i] == status) return static_cast<int>(i) + (from_cue ? static_cast<int>(kOrder.size()) : 0);
  }
  return -1;
}

namespace {
void refresh_label(NodeProps& n) {
  if (!n.label_en.empty()) {
    n.label = n.label_en;
  } else if (!n.label_ar.empty()) {
    n.label = n.label_ar;
  } else if (!n.aliases.empty()) {
    n.label = *n.aliases.begin();
  } else {
    n.label = n.id;
  }
}
}  // namespace

void KnowledgeGraph::reserve(std::size_t nodes, std::size_t edges) {
  index_.reserve(nodes);
  edge_index_.reserve(edges);
  g_.m_vertices.reserve(nodes);
}

std::optional<Vertex> KnowledgeGraph::find(const std::string& id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::vector<Vertex> KnowledgeGraph::find_by_name(std::string_view name) const {
  if (!name_index_ready_) {
    name_index_.clear();
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      const NodeProps& n = g_[v];
      std::set<std::u32string> keys;
      for (const std::string* s : {&n.id, &n.label, &n.label_ar, &n.label_en}) {
        if (!s->empty()) keys.insert(fold_utf8(*s));
      }
      for (const std::string& a : n.aliases) keys.insert(fold_utf8(a));
      for (const std::u32string& k : keys) {
        if (!k.empty()) name_index_[k].push_back(v);
      }
    }
    name_index_ready_ = true;
  }
  auto it = name_index_.find(fold_utf8(name));
  if (it == name_index_.end()) return {};
  std::vector<Vertex> out = it->second;
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return g_[a].id < g_[b].id; });
  return out;
}

Vertex KnowledgeGraph::add_node(const NodeProps& node) {
  name_index_ready_ = false;
  auto it = index_.find(node.id);
  if (it == index_.end()) {
    Vertex v = boost::add_vertex(node, g_);
    index_.emplace(node.id, v);
    if (g_[v].label.empty()) refresh_label(g_[v]);
    return v;
  }
  NodeProps& n = g_[it->second];
  n.aliases.insert(node.aliases.begin(), node.aliases.end());
  n.documents.insert(node.documents.begin(), node.documents.end());
  n.mentions += node.mentions;
  n.confidence = std::max(n.confidence, node.confidence);
  return it->second;
}

Vertex KnowledgeGraph::upsert_node(const EntityRecord& e, const std::string& doc_id) {
  auto it = index_.find(e.id);
  Vertex v;
  if (it == index_.end()) {
    NodeProps n;
    n.id = e.id;
    n.type = e.type;
    n.label_en = e.label_en;
    n.label_ar = e.label_ar;
    n.part_of = e.part_of;
    n.confidence = e.confidence;
    n.method = e.method;
    v = boost::add_vertex(n, g_);
    index_.emplace(e.id, v);
  } else {
    v = it->second;
    NodeProps& n = g_[v];
    // A name found by context in one article may be a lexicon entity in the same id space only if the
    // id collides, which the id scheme prevents; keep the most confident description.
    if (e.confidence > n.confidence) {
      n.confidence = e.confidence;
      n.method = e.method;
      n.type = e.type;
    }
    if (n.label_en.empty()) n.label_en = e.label_en;
    if (n.label_ar.empty()) n.label_ar = e.label_ar;
    if (n.part_of.empty()) n.part_of = e.part_of;
  }
  NodeProps& n = g_[v];
  n.aliases.insert(e.aliases.begin(), e.aliases.end());
  n.mentions += e.mentions;
  if (!doc_id.empty()) n.documents.insert(doc_id);
  refresh_label(n);
  return v;
}

void KnowledgeGraph::add_evidence(Edge e, const Evidence& ev) {
  EdgeProps& p = g_[e];
  p.evidence.push_back(ev);
  if (ev.amount_usd) {
    p.amounts.insert(*ev.amount_usd);
    if (!p.amount_usd || *ev.amount_usd > *p.amount_usd) {
      p.amount_usd = ev.amount_usd;
      p.amount_qualifier = ev.amount_qualifier;
    }
  }
  if (!ev.status.empty()) {
    p.statuses.insert(ev.status);
    // The edge's status comes from its most telling evidence; ties keep the earlier evidence.
    int best = -1;
    for (const Evidence& x : p.evidence) {
      int r = status_rank(x.status, !x.status_cue.empty());
      if (r > best) {
        best = r;
        p.status = x.status;
      }
    }
  }
  if (!ev.reported_by.empty()) p.reported_by.insert(ev.reported_by);
  // ISO dates compare as strings; a partial date ("2025-09") sorts before the days of its month.
  const std::string& when = ev.event_date.empty() ? ev.date : ev.event_date;
  if (!when.empty()) {
    if (p.first_seen.empty() || when < p.first_seen) p.first_seen = when;
    if (p.last_seen.empty() || when > p.last_seen) p.last_seen = when;
  }
  // Independent pieces of evidence make a relation more certain: 1 - prod(1 - c_i) ("noisy or").
  p.confidence = 1.0 - (1.0 - p.confidence) * (1.0 - ev.confidence);
}

Edge KnowledgeGraph::add_edge(const std::string& source, const EdgeProps& edge, const std::string& target) {
  auto s = find(source);
  auto t = find(target);
  if (!s || !t) {
    throw Error(ErrorCode::kInternal, "edge " + source + " -" + edge.relation + "-> " + target +
                                          " names a node that does not exist");
  }
  auto [e, added] = boost::add_edge(*s, *t, edge, g_);
  (void)added;
  edge_index_.emplace(EdgeKey{*s, *t, edge.relation}, e);
  return e;
}

void KnowledgeGraph::merge(const ArticleResult& result) {
  name_index_ready_ = false;
  GraphProps& gp = g_[boost::graph_bundle];
  gp.documents.insert(result.doc_id);
  // A date alone is on every piece of evidence already: the table is for documents a reader can look up.
  DocumentInfo info{result.title, result.date, result.url, result.source};
  if (!info.title.empty() || !info.url.empty() || !info.source.empty()) {
    DocumentInfo& known = gp.document_info[result.doc_id];
    for (auto field : {&DocumentInfo::title, &DocumentInfo::date, &DocumentInfo::url, &DocumentInfo::source}) {
      if ((known.*field).empty()) known.*field = info.*field;
    }
  }
  for (const EntityRecord& e : result.entities) upsert_node(e, result.doc_id);
  for (const RelationRecord& r : result.relations) {
    std::string src = r.source;
    std::string dst = r.target;
    Evidence ev = r.evidence;
    if (is_symmetric(r.relation) && dst < src) {
      std::swap(src, dst);
      std::swap(ev.source_span, ev.target_span);
    }
    auto s = find(src);
    auto t = find(dst);
    if (!s || !t) {
      throw Error(ErrorCode::kInternal, "relation " + src + " -" + r.relation + "-> " + dst + " in document " +
                                            result.doc_id + " names an entity the article result does not list");
    }
    EdgeKey key{*s, *t, r.relation};
    auto it = edge_index_.find(key);
    Edge e;
    if (it == edge_index_.end()) {
      EdgeProps p;
      p.relation = r.relation;
      p.confidence = 0.0;
      e = boost::add_edge(*s, *t, p, g_).first;
      edge_index_.emplace(key, e);
    } else {
      e = it->second;
    }
    add_evidence(e, ev);
  }
}

KnowledgeGraph KnowledgeGraph::filtered(double min_confidence) const {
  KnowledgeGraph out;
  out.g_[boost::graph_bundle] = g_[boost::graph_bundle];
  std::vector<Edge> kept;
  std::vector<bool> needed(boost::num_vertices(g_), false);
  for (Edge e : sorted_edges()) {
    if (g_[e].confidence < min_confidence) continue;
    kept.push_back(e);
    needed[boost::source(e, g_)] = needed[boost::target(e, g_)] = true;
  }
  for (Vertex v : sorted_vertices()) {
    if (needed[v] || g_[v].confidence >= min_confidence) out.add_node(g_[v]);
  }
  for (Edge e : kept) out.add_edge(g_[boost::source(e, g_)].id, g_[e], g_[boost::target(e, g_)].id);
  return out;
}

std::vector<Vertex> KnowledgeGraph::sorted_vertices() const {
  std::vector<Vertex> out(boost::vertices(g_).first, boost::vertices(g_).second);
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return g_[a].id < g_[b].id; });
  return out;
}

std::vector<Edge> KnowledgeGraph::sorted_edges() const {
  std::vector<Edge> out;
  out.reserve(boost::num_edges(g_));
  for (auto [it, end] = boost::edges(g_); it != end; ++it) out.push_back(*it);
  auto key = [&](Edge e) {
    return std::tie(g_[boost::source(e, g_)].id, g_[e].relation, g_[boost::target(e, g_)].id);
  };
  std::stable_sort(out.begin(), out.end(), [&](Edge a, Edge b) { return key(a) < key(b); });
  return out;
}

}  // namespace kgraph
