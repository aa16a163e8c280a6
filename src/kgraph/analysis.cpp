// analysis.cpp - neighbourhoods, shortest paths, rankings and figures of a knowledge graph (analysis.h).
//
// Design: the walks (neighbors, path) run on the knowledge graph itself, level by level, so that each
// level can be put in id order before the next is expanded: Boost's breadth_first_search visits in
// insertion order, which would make the answers depend on the order the articles were read in. The
// centrality measures instead run Boost's algorithms on a compact copy holding only vertex numbers and
// the followable arcs, with parallel edges merged: the knowledge graph's bundled properties (evidence
// lists, strings) would otherwise be dragged through every cache line of an O(V * E) computation, and
// "how many relations link A and B" is not what centrality is asked about. Vertex numbers are the same in
// the copy (both use vecS), so the scores index straight back into the knowledge graph.
#include "kgraph/analysis.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <unordered_map>
#include <utility>

#include "kgraph/error.h"

namespace kgraph {

namespace {

constexpr std::size_t kUnseen = std::numeric_limits<std::size_t>::max();

bool followable(const RelationFilter& relations, const EdgeProps& e) {
  return relations.empty() || relations.count(e.relation) != 0;
}

// Calls visit(edge, other end) for every edge the walk may take from `u`: leaving it unless the direction
// is kIn, arriving at it unless kOut, and a symmetric relation either way. Self-loops lead nowhere new.
// With `money_only`, only the relations money flows along (cycles.h), none of which is symmetric.
template <typename Visit>
void for_each_step(const Graph& G, Vertex u, Direction dir, const RelationFilter& relations, Visit&& visit,
                   bool money_only = false) {
  auto allowed = [&](const EdgeProps& p) {
    return followable(relations, p) && (!money_only || is_money_relation(p.relation));
  };
  for (Edge e : boost::make_iterator_range(boost::out_edges(u, G))) {
    const EdgeProps& p = G[e];
    Vertex w = boost::target(e, G);
    if (w == u || !allowed(p)) continue;
    if (dir != Direction::kIn || is_symmetric(p.relation)) visit(e, w);
  }
  for (Edge e : boost::make_iterator_range(boost::in_edges(u, G))) {
    const EdgeProps& p = G[e];
    Vertex w = boost::source(e, G);
    if (w == u || !allowed(p)) continue;
    if (dir != Direction::kOut || is_symmetric(p.relation)) visit(e, w);
  }
}

Direction reversed(Direction d) {
  return d == Direction::kOut ? Direction::kIn : d == Direction::kIn ? Direction::kOut : Direction::kBoth;
}

// How an edge was taken on a step from `from`: along its direction, without one, or against it.
std::string_view step_direction(const Graph& G, Edge e, Vertex from) {
  if (is_symmetric(G[e].relation)) return "both";
  return boost::source(e, G) == from ? "out" : "in";
}

Cell label_cell(const NodeProps& n) {
  for (const std::string* s : {&n.label, &n.label_en, &n.label_ar}) {
    if (!s->empty()) return Cell::string(*s);
  }
  return Cell::null();
}

Cell type_cell(const NodeProps& n) { return Cell::string(to_string(n.type)); }

// Six decimals, as text and as JSON, so that outputs do not move with the last bits of a double.
Cell score_cell(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  return Cell::raw(buf, buf, true);
}

long long score_key(double v) { return std::llround(v * 1e6); }

// The followable arcs between distinct nodes as sorted, unique (u, v) pairs: one per ordered pair that
// some edge links, both ways for a symmetric relation (and for every edge when `undirected`, then with
// u < v only).
std::vector<std::pair<std::size_t, std::size_t>> simple_arcs(const KnowledgeGraph& g, const RelationFilter& relations,
                                                              bool undirected) {
  const Graph& G = g.graph();
  std::vector<std::pair<std::size_t, std::size_t>> arcs;
  arcs.reserve(boost::num_edges(G));
  for (Edge e : boost::make_iterator_range(boost::edges(G))) {
    if (!followable(relations, G[e])) continue;
    std::size_t s = boost::source(e, G), t = boost::target(e, G);
    if (s == t) continue;
    if (undirected) {
      arcs.emplace_back(std::min(s, t), std::max(s, t));
    } else {
      arcs.emplace_back(s, t);
      if (is_symmetric(G[e].relation)) arcs.emplace_back(t, s);
    }
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  return arcs;
}

Location in_file(const std::string& origin) {
  Location where;
  where.file = origin;
  return where;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

bool parse_direction(std::string_view name, Direction& out) {
  if (name == "out") out = Direction::kOut;
  else if (name == "in") out = Direction::kIn;
  else if (name == "both") out = Direction::kBoth;
  else return false;
  return true;
}

Vertex resolve_node(const KnowledgeGraph& g, std::string_view name, const std::string& origin) {
  // An exact id wins over a folded match: "amazon" may also be an alias of a unit.
  if (auto v = g.find(std::string(name))) return *v;
  std::vector<Vertex> found = g.find_by_name(name);
  if (found.size() == 1) return found.front();
  if (found.empty()) throw Error(ErrorCode::kBadInput, "no entity is named '" + std::string(name) + "'", in_file(origin));
  std::vector<std::string> ids;
  for (Vertex v : found) ids.push_back(g.graph()[v].id);
  throw Error(ErrorCode::kBadInput,
              "'" + std::string(name) + "' names " + std::to_string(ids.size()) + " entities: " + join(ids) +
                  " (give one of these ids)",
              in_file(origin));
}

void check_relations(const KnowledgeGraph& g, const RelationFilter& relations, const std::string& origin) {
  if (relations.empty()) return;
  const Graph& G = g.graph();
  std::set<std::string> present;
  for (Edge e : boost::make_iterator_range(boost::edges(G))) present.insert(G[e].relation);
  for (const std::string& r : relations) {
    if (present.count(r)) continue;
    throw Error(ErrorCode::kBadUsage,
                "no edge has the relation '" + r + "' (the graph has: " +
                    join(std::vector<std::string>(present.begin(), present.end())) + ")",
                in_file(origin));
  }
}

// ---- neighbors ------------------------------------------------------------------------------------

std::vector<Neighbor> find_neighbors(const KnowledgeGraph& g, Vertex start, const NeighborOptions& opts) {
  const Graph& G = g.graph();
  // slot[v]: where v is in `found`; the start gets a slot of its own so that it is never "found".
  const std::size_t start_slot = kUnseen - 1;
  std::vector<std::size_t> slot(boost::num_vertices(G), kUnseen);
  slot[start] = start_slot;
  std::vector<Neighbor> found;
  std::vector<Vertex> frontier{start};
  auto by_id = [&](const Neighbor& a, const Neighbor& b) { return G[a.node].id < G[b.node].id; };
  for (std::size_t d = 1; d <= opts.depth && !frontier.empty(); ++d) {
    const std::size_t level = found.size();
    for (Vertex u : frontier) {
      for_each_step(G, u, opts.direction, opts.relations, [&](Edge e, Vertex w) {
        if (slot[w] == kUnseen) {
          slot[w] = found.size();
          found.push_back(Neighbor{w, d, u, {}});
        }
        // Only the node that reached w first names the step; the others' edges are other routes.
        if (slot[w] != start_slot && slot[w] >= level && found[slot[w]].via == u) found[slot[w]].step.push_back(e);
      });
    }
    std::sort(found.begin() + static_cast<std::ptrdiff_t>(level), found.end(), by_id);
    frontier.clear();
    for (std::size_t i = level; i < found.size(); ++i) {
      slot[found[i].node] = i;
      frontier.push_back(found[i].node);
      std::sort(found[i].step.begin(), found[i].step.end(), [&](Edge a, Edge b) {
        return std::tie(G[a].relation, G[boost::source(a, G)].id) < std::tie(G[b].relation, G[boost::source(b, G)].id);
      });
    }
  }
  return found;
}

ResultTable neighbors_table(const KnowledgeGraph& g, const std::vector<Neighbor>& found) {
  const Graph& G = g.graph();
  ResultTable t;
  t.columns = {"distance", "id", "label", "type", "via", "relations", "direction"};
  for (const Neighbor& n : found) {
    std::set<std::string> relations;
    std::set<std::string_view> directions;
    for (Edge e : n.step) {
      relations.insert(G[e].relation);
      directions.insert(step_direction(G, e, n.via));
    }
    std::vector<Cell> rel_cells;
    for (const std::string& r : relations) rel_cells.push_back(Cell::string(r));
    std::string_view direction = directions.size() == 1 ? *directions.begin() : "both";
    const NodeProps& p = G[n.node];
    t.rows.push_back({Cell::integer(static_cast<long long>(n.distance)), Cell::string(p.id), label_cell(p), type_cell(p),
                      Cell::string(G[n.via].id), Cell::list(rel_cells), Cell::string(direction)});
  }
  return t;
}

// ---- path -----------------------------------------------------------------------------------------

PathResult find_paths(const KnowledgeGraph& g, Vertex from, Vertex to, const PathOptions& opts) {
  const Graph& G = g.graph();
  if (from == to) {
    throw Error(ErrorCode::kBadUsage, "FROM and TO are the same entity (" + G[from].id + ")");
  }
  const Direction dir = opts.directed || opts.money ? Direction::kOut : Direction::kBoth;
  const std::size_t n = boost::num_vertices(G);

  // Forward: distances from `from`, level by level, until the level that holds `to`.
  std::vector<std::size_t> dist(n, kUnseen);
  dist[from] = 0;
  std::vector<Vertex> frontier{from}, next;
  bool reached = false;
  for (std::size_t d = 1; !reached && !frontier.empty() && (opts.max_length == 0 || d <= opts.max_length); ++d) {
    next.clear();
    for (Vertex u : frontier) {
      for_each_step(G, u, dir, opts.relations, [&](Edge, Vertex w) {
        if (dist[w] != kUnseen) return;
        dist[w] = d;
        next.push_back(w);
        if (w == to) reached = true;
      }, opts.money);
    }
    frontier.swap(next);
  }
  PathResult result;
  if (!reached) return result;
  result.length = dist[to];

  // Backward from `to`: the nodes that lie on some shortest path, by level.
  std::vector<char> on_path(n, 0);
  std::vector<std::vector<Vertex>> levels(result.length + 1);
  on_path[to] = 1;
  levels[result.length] = {to};
  for (std::size_t d = result.length; d > 0; --d) {
    for (Vertex w : levels[d]) {
      for_each_step(G, w, reversed(dir), opts.relations, [&](Edge, Vertex u) {
        if (dist[u] + 1 != d || on_path[u]) return;
        on_path[u] = 1;
        levels[d - 1].push_back(u);
      }, opts.money);
    }
  }

  // The next hops of an on-path node, in id order, each with the edge that names it.
  std::unordered_map<Vertex, std::vector<std::pair<Vertex, Edge>>> hops;
  auto better = [&](Edge a, Edge b, Vertex u) {
    auto rank = [&](Edge e) {
      std::string_view d = step_direction(G, e, u);
      int way = d == "out" ? 0 : d == "both" ? 1 : 2;
      const EdgeProps& p = G[e];
      return std::make_tuple(way, -p.amount_usd.value_or(-1.0), -static_cast<long long>(p.evidence.size()),
                             std::string_view(p.relation));
    };
    return rank(a) < rank(b);
  };
  auto hops_of = [&](Vertex u) -> const std::vector<std::pair<Vertex, Edge>>& {
    auto [it, fresh] = hops.try_emplace(u);
    if (!fresh) return it->second;
    std::map<std::string_view, std::pair<Vertex, Edge>> by_id;
    for_each_step(G, u, dir, opts.relations, [&](Edge e, Vertex w) {
      if (!on_path[w] || dist[w] != dist[u] + 1) return;
      auto [slot, added] = by_id.try_emplace(G[w].id, w, e);
      if (!added && better(e, slot->second.second, u)) slot->second.second = e;
    }, opts.money);
    for (auto& [id, hop] : by_id) it->second.push_back(hop);
    return it->second;
  };

  // How many shortest paths there are: paths through each node, summed level by level.
  std::unordered_map<Vertex, double> count{{from, 1.0}};
  for (std::size_t d = 0; d < result.length; ++d) {
    for (Vertex u : levels[d]) {
      for (const auto& [w, e] : hops_of(u)) count[w] += count[u];
    }
  }
  result.total = count[to];

  // Depth-first over the on-path nodes, next hops in id order: paths come out in id-sequence order.
  // An explicit stack, since a path may be as long as the graph.
  const std::size_t wanted = opts.all ? std::max<std::size_t>(opts.max_paths, 1) : 1;
  std::vector<Vertex> nodes{from};
  std::vector<std::size_t> next_hop{0};
  std::vector<PathStep> steps;
  while (!nodes.empty() && result.paths.size() < wanted) {
    Vertex v = nodes.back();
    const auto& out = hops_of(v);
    if (v == to || next_hop.back() == out.size()) {
      if (v == to) result.paths.push_back(steps);
      nodes.pop_back();
      next_hop.pop_back();
      if (!steps.empty()) steps.pop_back();
      continue;
    }
    auto [w, e] = out[next_hop.back()++];
    steps.push_back(PathStep{v, w, e});
    nodes.push_back(w);
    next_hop.push_back(0);
  }
  return result;
}

ResultTable path_table(const KnowledgeGraph& g, const PathResult& result, bool numbered) {
  const Graph& G = g.graph();
  ResultTable t;
  if (numbered) t.columns.push_back("path");
  for (const char* c : {"step", "from", "relation", "direction", "to", "amount_usd", "status"}) t.columns.push_back(c);
  for (std::size_t p = 0; p < result.paths.size(); ++p) {
    const std::vector<PathStep>& path = result.paths[p];
    for (std::size_t s = 0; s < path.size(); ++s) {
      const PathStep& st = path[s];
      const EdgeProps& e = G[st.edge];
      std::vector<Cell> row;
      if (numbered) row.push_back(Cell::integer(static_cast<long long>(p + 1)));
      row.push_back(Cell::integer(static_cast<long long>(s + 1)));
      row.push_back(Cell::string(G[st.from].id));
      row.push_back(Cell::string(e.relation));
      row.push_back(Cell::string(step_direction(G, st.edge, st.from)));
      row.push_back(Cell::string(G[st.to].id));
      row.push_back(e.amount_usd ? Cell::number(*e.amount_usd) : Cell::null());
      row.push_back(e.status.empty() ? Cell::null() : Cell::string(e.status));
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

// ---- rank -----------------------------------------------------------------------------------------

bool parse_rank_measure(std::string_view name, RankMeasure& out) {
  if (name == "degree") out = RankMeasure::kDegree;
  else if (name == "pagerank") out = RankMeasure::kPageRank;
  else if (name == "betweenness") out = RankMeasure::kBetweenness;
  else return false;
  return true;
}

std::vector<Degree> degrees(const KnowledgeGraph& g, const RelationFilter& relations) {
  const Graph& G = g.graph();
  std::vector<Degree> out(boost::num_vertices(G));
  for (Edge e : boost::make_iterator_range(boost::edges(G))) {
    if (!followable(relations, G[e])) continue;
    Vertex s = boost::source(e, G), t = boost::target(e, G);
    if (is_symmetric(G[e].relation)) {
      ++out[s].undirected, ++out[t].undirected;
    } else {
      ++out[s].out, ++out[t].in;
    }
  }
  return out;
}

namespace {

// boost::page_rank's stopping rule: it hands over the current scores after each iteration. Stops when no
// score moved by more than 1e-10 of their sum, far below the sixth decimal of a score scaled to sum to 1
// (the scores shrink their remaining error by the damping factor each round, about 140 rounds); or
// after 1000 rounds, which a graph this side of pathological never needs. The tolerance is relative:
// in Boost's scale the scores sum to up to the number of nodes, where an absolute one could never be met.
struct Converged {
  std::vector<double>* previous;
  std::size_t* iterations;
  template <typename RankMap, typename G>
  bool operator()(const RankMap& rank, const G& cg) {
    double change = 0, sum = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(cg))) {
      double r = get(rank, v);
      change = std::max(change, std::fabs(r - (*previous)[v]));
      sum += r;
      (*previous)[v] = r;
    }
    return (++*iterations > 1 && change <= 1e-10 * sum) || *iterations > 1000;
  }
};

}  // namespace

std::vector<double> pagerank_scores(const KnowledgeGraph& g, const RelationFilter& relations) {
  const std::size_t n = g.node_count();
  if (n == 0) return {};
  auto arcs = simple_arcs(g, relations, false);
  using Compact = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Compact cg(arcs.begin(), arcs.end(), n);
  std::vector<double> rank(n), previous(n, -1.0);
  std::size_t iterations = 0;
  boost::graph::page_rank(cg, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, cg)),
                          Converged{&previous, &iterations}, 0.85);
  double sum = 0;
  for (double r : rank) sum += r;
  for (double& r : rank) r /= sum;
  return rank;
}

std::vector<double> betweenness_scores(const KnowledgeGraph& g, const RelationFilter& relations, bool directed) {
  const std::size_t n = g.node_count();
  std::vector<double> c(n, 0.0);
  if (n <= 2) return c;
  auto arcs = simple_arcs(g, relations, !directed);
  double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
  if (directed) {
    using Compact = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Compact cg(arcs.begin(), arcs.end(), n);
    boost::brandes_betweenness_centrality(cg, boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, cg)));
  } else {
    using Compact = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Compact cg(arcs.begin(), arcs.end(), n);
    boost::brandes_betweenness_centrality(cg, boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, cg)));
    scale *= 2;  // Boost counts each unordered pair once; NetworkX's normalisation is over ordered pairs
  }
  for (double& x : c) x *= scale;
  return c;
}

ResultTable rank_table(const KnowledgeGraph& g, const RankOptions& opts) {
  const Graph& G = g.graph();
  const std::size_t n = g.node_count();
  ResultTable t;
  t.columns = {"rank", "id", "label", "type"};
  std::vector<Degree> deg;
  std::vector<double> score;
  switch (opts.measure) {
    case RankMeasure::kDegree:
      deg = degrees(g, opts.relations);
      for (const char* c : {"in", "out", "undirected", "degree"}) t.columns.push_back(c);
      break;
    case RankMeasure::kPageRank:
      score = pagerank_scores(g, opts.relations);
      t.columns.push_back("pagerank");
      break;
    case RankMeasure::kBetweenness: {
      double work = static_cast<double>(n) * static_cast<double>(g.edge_count());
      if (work > kBetweennessWorkLimit && !opts.force) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1e", work);
        throw Error(ErrorCode::kBadUsage, "betweenness on " + std::to_string(n) + " nodes and " +
                                              std::to_string(g.edge_count()) + " edges takes about " + buf +
                                              " steps (it grows as nodes x edges); pass --force to run it anyway");
      }
      score = betweenness_scores(g, opts.relations, opts.directed);
      t.columns.push_back("betweenness");
      break;
    }
  }
  std::vector<std::pair<long long, Vertex>> order;
  for (Vertex v : boost::make_iterator_range(boost::vertices(G))) {
    if (!opts.types.empty() && !opts.types.count(G[v].type)) continue;
    long long key = opts.measure == RankMeasure::kDegree ? static_cast<long long>(deg[v].total()) : score_key(score[v]);
    order.emplace_back(key, v);
  }
  std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : G[a.second].id < G[b.second].id;
  });
  if (opts.top != 0 && order.size() > opts.top) order.resize(opts.top);
  for (std::size_t i = 0; i < order.size(); ++i) {
    Vertex v = order[i].second;
    const NodeProps& p = G[v];
    std::vector<Cell> row{Cell::integer(static_cast<long long>(i + 1)), Cell::string(p.id), label_cell(p), type_cell(p)};
    if (opts.measure == RankMeasure::kDegree) {
      for (std::size_t x : {deg[v].in, deg[v].out, deg[v].undirected, deg[v].total()}) {
        row.push_back(Cell::integer(static_cast<long long>(x)));
      }
    } else {
      row.push_back(score_cell(score[v]));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

// ---- stats ----------------------------------------------------------------------------------------

GraphStats graph_stats(const KnowledgeGraph& g, const StatsOptions& opts) {
  const Graph& G = g.graph();
  GraphStats s;
  s.nodes = g.node_count();
  s.edges = g.edge_count();

  std::set<std::string> documents = G[boost::graph_bundle].documents;
  std::map<EntityType, std::size_t> types;
  for (Vertex v : boost::make_iterator_range(boost::vertices(G))) {
    ++types[G[v].type];
    documents.insert(G[v].documents.begin(), G[v].documents.end());
    if (boost::out_degree(v, G) == 0 && boost::in_degree(v, G) == 0) ++s.isolated_nodes;
  }
  std::map<std::string, std::size_t> relations;
  for (Edge e : boost::make_iterator_range(boost::edges(G))) {
    ++relations[G[e].relation];
    for (const Evidence& ev : G[e].evidence) documents.insert(ev.doc_id);
  }
  documents.erase("");
  s.documents = documents.size();
  for (EntityType t : {EntityType::kOrg, EntityType::kPerson, EntityType::kProduct, EntityType::kMedia,
                       EntityType::kPlace}) {
    s.types.emplace_back(std::string(to_string(t)), types[t]);
  }
  s.relations.assign(relations.begin(), relations.end());
  std::stable_sort(s.relations.begin(), s.relations.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });

  // connected_components wants an undirected graph; the copy keeps its edges in a vector (the last
  // template argument), about half the memory of the default list on a graph of millions of edges.
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                           boost::no_property, boost::no_property, boost::vecS>;
  Undirected ug(s.nodes);
  for (Edge e : boost::make_iterator_range(boost::edges(G))) boost::add_edge(boost::source(e, G), boost::target(e, G), ug);
  std::vector<std::size_t> component(s.nodes);
  s.components = s.nodes == 0 ? 0 : boost::connected_components(ug, component.data());
  std::vector<std::size_t> sizes(s.components, 0);
  for (std::size_t c : component) s.largest_component = std::max(s.largest_component, ++sizes[c]);

  if (opts.count_cycles) s.money_cycles = find_money_cycles(g, opts.cycles).size();
  return s;
}

ResultTable stats_table(const GraphStats& s) {
  ResultTable t;
  t.columns = {"group", "name", "value"};
  auto add = [&](const char* group, const std::string& name, std::size_t value) {
    t.rows.push_back({Cell::string(group), Cell::string(name), Cell::integer(static_cast<long long>(value))});
  };
  add("graph", "nodes", s.nodes);
  add("graph", "edges", s.edges);
  add("graph", "documents", s.documents);
  add("graph", "components", s.components);
  add("graph", "largest_component", s.largest_component);
  add("graph", "isolated_nodes", s.isolated_nodes);
  if (s.money_cycles) add("graph", "money_cycles", *s.money_cycles);
  for (const auto& [name, count] : s.types) add("type", name, count);
  for (const auto& [name, count] : s.relations) add("relation", name, count);
  return t;
}

}  // namespace kgraph
