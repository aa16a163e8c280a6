// scorer.cpp - kg_score.py's score_doc over an in-memory graph (see scorer.h for the rules).
//
// Design: a transcription of the Python with the same data structures in the same roles, because the
// point is to print the same numbers: an insertion-ordered list of gold entities whose keys a repeated id
// replaces (a Python dict), a map from node id to its gold entity or none, a set of (mapped source,
// relation, mapped target) already counted in which an unmapped end is a value of its own (None), and a
// first-match scan over the gold relations. Where the Python is odd (a repeated gold entity id keeps its
// first position but its last mentions), this code is odd the same way rather than "fixed": the
// cross-check test compares the two scorers on the seeds.
#include "eval/scorer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "eval/name_fold.h"

namespace kgraph::eval {
namespace {

using Keys = std::set<std::u32string>;
using GoldId = std::optional<std::string>;  // nullopt: the node matches no gold entity

// The symmetric relations of the gold vocabulary. Spelled out here rather than asking
// kgraph::is_symmetric: the scorer follows the annotation guide, not the extractor.
bool symmetric(const std::string& rel) { return rel == "competes_with" || rel == "partners_with"; }

std::size_t common(const Keys& a, const Keys& b) {
  std::size_t n = 0;
  for (const auto& k : a) n += b.count(k);
  return n;
}

std::string arrow(const std::string& src, const std::string& rel, const std::string& dst) {
  return src + " -" + rel + "-> " + dst;
}

// map_nodes(): node id -> gold entity id (or none).
std::map<std::string, GoldId> map_nodes(const PredGraph& graph, const std::vector<GoldEntity>& entities) {
  std::vector<std::pair<std::string, Keys>> gold_keys;  // insertion-ordered, like the Python dict
  for (const GoldEntity& e : entities) {
    Keys ks = score_keys(e.id);
    for (const std::string& m : e.mentions) ks.merge(score_keys(m));
    auto same = std::find_if(gold_keys.begin(), gold_keys.end(), [&](const auto& g) { return g.first == e.id; });
    if (same == gold_keys.end()) {
      gold_keys.emplace_back(e.id, std::move(ks));
    } else {
      same->second = std::move(ks);
    }
  }
  std::map<std::string, GoldId> mapping;
  for (const PredNode& n : graph.nodes) {
    Keys nk;
    for (const std::string& name : n.names) nk.merge(score_keys(name));
    GoldId best;
    std::size_t best_hits = 0;
    for (const auto& [gid, gk] : gold_keys) {
      std::size_t hits = common(nk, gk);
      if (hits > best_hits) best = gid, best_hits = hits;
    }
    mapping[n.id] = best;
  }
  return mapping;
}

GoldId lookup(const std::map<std::string, GoldId>& mapping, const std::string& id) {
  auto it = mapping.find(id);
  return it == mapping.end() ? GoldId() : it->second;
}

}  // namespace

PredGraph pred_view(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  PredGraph out;
  for (Vertex v : kg.sorted_vertices()) {
    const NodeProps& n = g[v];
    PredNode p;
    p.id = n.id;
    p.label = n.label;
    p.names = {n.id, n.label, n.label_ar, n.label_en};
    p.names.insert(p.names.end(), n.aliases.begin(), n.aliases.end());
    out.nodes.push_back(std::move(p));
  }
  for (Edge e : kg.sorted_edges()) {
    const EdgeProps& ep = g[e];
    PredEdge p;
    p.source = g[boost::source(e, g)].id;
    p.target = g[boost::target(e, g)].id;
    p.relation = ep.relation;
    // The JSON writer exports a non-finite amount as null, which kg_score treats as no amount.
    if (ep.amount_usd && std::isfinite(*ep.amount_usd)) p.amount_usd = ep.amount_usd;
    p.status = ep.status;
    out.edges.push_back(std::move(p));
  }
  return out;
}

DocScore score_doc(const GoldDoc& doc, const std::set<std::string>& vocabulary, const PredGraph& graph) {
  DocScore s;
  s.doc = doc.id;
  const std::map<std::string, GoldId> mapping = map_nodes(graph, doc.entities);

  std::set<std::string> required, found;
  for (const GoldEntity& e : doc.entities) {
    if (!e.optional) required.insert(e.id);
  }
  for (const auto& [id, gid] : mapping) {
    if (gid) {
      found.insert(*gid);
    } else {
      ++s.ent_fp;
    }
  }
  for (const std::string& id : found) s.ent_tp += required.count(id);
  for (const std::string& id : required) s.ent_fn += found.count(id) ? 0 : 1;

  const std::vector<GoldRelation>& gold = doc.relations;
  std::vector<bool> matched(gold.size(), false);
  std::set<std::tuple<GoldId, std::string, GoldId>> seen;
  for (const PredEdge& e : graph.edges) {
    if (!vocabulary.count(e.relation)) {
      ++s.unscored_edges;
      continue;
    }
    const GoldId src = lookup(mapping, e.source);
    const GoldId dst = lookup(mapping, e.target);
    if (!seen.insert({src, e.relation, dst}).second) continue;  // parallel edges of one relation count once
    std::optional<std::size_t> hit;
    for (std::size_t i = 0; i < gold.size() && !hit; ++i) {
      const GoldRelation& g = gold[i];
      bool named = g.rel == e.relation || std::find(g.alt.begin(), g.alt.end(), e.relation) != g.alt.end();
      if (!named) continue;
      bool same = src == g.src && dst == g.dst;
      bool flipped = dst == g.src && src == g.dst && symmetric(e.relation);
      if (same || flipped) hit = i;
    }
    if (!hit) {
      ++s.rel_fp;
      s.false_positives.push_back(arrow(e.source, e.relation, e.target));
      continue;
    }
    const GoldRelation& g = gold[*hit];
    if (g.optional || matched[*hit]) {
      matched[*hit] = true;
      continue;
    }
    ++s.rel_tp;
    matched[*hit] = true;
    if (g.amount_usd && *g.amount_usd != 0) {
      ++s.amount_n;
      const double want = *g.amount_usd;
      if (e.amount_usd && std::fabs(*e.amount_usd - want) <= 0.01 * want) {
        ++s.amount_ok;
      } else {
        s.amount_errors.push_back({g.src, g.rel, g.dst, e.amount_usd ? format_amount(*e.amount_usd) : "none",
                                   format_amount(want)});
      }
    }
    if (!g.status.empty()) {
      ++s.status_n;
      if (e.status == g.status) {
        ++s.status_ok;
      } else {
        s.status_errors.push_back({g.src, g.rel, g.dst, e.status.empty() ? "none" : e.status, g.status});
      }
    }
  }
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (!matched[i] && !gold[i].optional) s.missed.push_back(arrow(gold[i].src, gold[i].rel, gold[i].dst));
  }
  s.rel_fn = s.missed.size();
  for (const PredNode& n : graph.nodes) {
    if (!lookup(mapping, n.id)) s.unmatched_nodes.push_back(n.label.empty() ? n.id : n.label);
  }
  return s;
}

DocScore total(const std::vector<DocScore>& docs) {
  DocScore t;
  for (const DocScore& d : docs) {
    t.ent_tp += d.ent_tp, t.ent_fp += d.ent_fp, t.ent_fn += d.ent_fn;
    t.rel_tp += d.rel_tp, t.rel_fp += d.rel_fp, t.rel_fn += d.rel_fn;
    t.amount_ok += d.amount_ok, t.amount_n += d.amount_n;
    t.status_ok += d.status_ok, t.status_n += d.status_n;
    t.unscored_edges += d.unscored_edges;
  }
  return t;
}

Prf prf(std::size_t tp, std::size_t fp, std::size_t fn) {
  Prf out;
  const double t = static_cast<double>(tp);
  out.p = tp + fp ? t / static_cast<double>(tp + fp) : 0.0;
  out.r = tp + fn ? t / static_cast<double>(tp + fn) : 0.0;
  out.f1 = out.p + out.r == 0 ? 0.0 : 2 * out.p * out.r / (out.p + out.r);
  return out;
}

std::string format_amount(double usd) {
  constexpr double kExactLimit = 9007199254740992.0;  // 2^53: whole doubles below it are exact integers
  if (std::isfinite(usd) && usd == std::trunc(usd) && std::fabs(usd) < kExactLimit) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", usd);
    return buf;
  }
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, usd);
  return std::string(buf, res.ptr);
}

}  // namespace kgraph::eval
