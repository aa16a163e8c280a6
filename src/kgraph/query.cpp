// query.cpp - see query.h.
//
// Rows are vectors of values indexed by slots: the planner gives every variable, every anonymous pattern
// element and every projected column its own slot across the whole query, so a row can be copied and
// extended without any name lookup at run time, and a variable hidden by WITH simply stays in a slot
// no name reaches. Expressions stay the parser's tree; the planner's side tables map each variable
// expression to its slot and each aggregate call to its index.
#include "kgraph/query.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <set>
#include <unordered_map>

#include "kgraph/utf8.h"

namespace kgraph {

using cypher::Clause;
using cypher::Direction;
using cypher::Expr;
using cypher::ExprPtr;
using cypher::Literal;
using cypher::NodePattern;
using cypher::PatternPart;
using cypher::PropertyMatch;
using cypher::Query;
using cypher::RelPattern;
using cypher::ReturnItem;
using cypher::SortItem;
using QSpan = cypher::Span;

cypher::Literal parse_param_value(std::string_view text) {
  Literal l;
  if (text == "null") return l;
  if (text == "true" || text == "false") {
    l.kind = Literal::Kind::kBool;
    l.b = text == "true";
    return l;
  }
  const char* b = text.data();
  const char* e = b + text.size();
  std::int64_t i = 0;
  if (!text.empty() && text.find_first_not_of("-0123456789") == std::string_view::npos) {
    auto r = std::from_chars(b, e, i);
    if (r.ec == std::errc() && r.ptr == e) {
      l.kind = Literal::Kind::kInt;
      l.i = i;
      return l;
    }
  }
  double d = 0;
  if (!text.empty() && text.find_first_not_of("-+.0123456789eE") == std::string_view::npos &&
      text.find_first_of("0123456789") != std::string_view::npos) {
    auto r = std::from_chars(b, e, d);
    if (r.ec == std::errc() && r.ptr == e) {
      l.kind = Literal::Kind::kFloat;
      l.f = d;
      return l;
    }
  }
  l.kind = Literal::Kind::kString;
  l.s = std::string(text);
  return l;
}

namespace {
bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] - 'A' + 'a') : b[i];
    if (x != y) return false;
  }
  return true;
}
}  // namespace

namespace {

// ---- values -----------------------------------------------------------------------------------------

struct PathVal;

struct Value {
  enum class T { kNull, kBool, kInt, kFloat, kString, kList, kNode, kEdge, kPath };
  T t = T::kNull;
  bool b = false;
  std::int64_t i = 0;
  double f = 0;
  std::string s;
  std::shared_ptr<const std::vector<Value>> list;
  Vertex v{};
  Edge e{};
  std::shared_ptr<const PathVal> path;

  bool null() const { return t == T::kNull; }
  bool number() const { return t == T::kInt || t == T::kFloat; }
  double num() const { return t == T::kInt ? static_cast<double>(i) : f; }
};

struct PathVal {
  std::vector<Vertex> nodes;
  std::vector<Edge> edges;
};

using Row = std::vector<Value>;

Value v_bool(bool b) {
  Value x;
  x.t = Value::T::kBool, x.b = b;
  return x;
}
Value v_int(std::int64_t i) {
  Value x;
  x.t = Value::T::kInt, x.i = i;
  return x;
}
Value v_float(double f) {
  Value x;
  x.t = Value::T::kFloat, x.f = f;
  return x;
}
// Amounts and counts read from the graph are doubles; whole ones are integers in the query language,
// so 100000000000 prints as written and compares exactly.
Value v_number(double d) {
  if (d == std::floor(d) && std::fabs(d) < 9.007199254740992e15) return v_int(static_cast<std::int64_t>(d));
  return v_float(d);
}
Value v_str(std::string s) {
  Value x;
  x.t = Value::T::kString, x.s = std::move(s);
  return x;
}
Value v_str_or_null(const std::string& s) { return s.empty() ? Value{} : v_str(s); }
Value v_list(std::vector<Value> items) {
  Value x;
  x.t = Value::T::kList, x.list = std::make_shared<const std::vector<Value>>(std::move(items));
  return x;
}
Value v_node(Vertex v) {
  Value x;
  x.t = Value::T::kNode, x.v = v;
  return x;
}
Value v_edge(Edge e) {
  Value x;
  x.t = Value::T::kEdge, x.e = e;
  return x;
}
Value v_strings(const std::set<std::string>& items) {
  std::vector<Value> out;
  for (const std::string& s : items) out.push_back(v_str(s));
  return v_list(std::move(out));
}
Value v_literal(const Literal& l) {
  switch (l.kind) {
    case Literal::Kind::kNull: return {};
    case Literal::Kind::kBool: return v_bool(l.b);
    case Literal::Kind::kInt: return v_int(l.i);
    case Literal::Kind::kFloat: return v_float(l.f);
    case Literal::Kind::kString: return v_str(l.s);
  }
  return {};
}

const char* type_name(const Value& v) {
  switch (v.t) {
    case Value::T::kNull: return "null";
    case Value::T::kBool: return "a boolean";
    case Value::T::kInt: return "an integer";
    case Value::T::kFloat: return "a float";
    case Value::T::kString: return "a string";
    case Value::T::kList: return "a list";
    case Value::T::kNode: return "a node";
    case Value::T::kEdge: return "a relationship";
    case Value::T::kPath: return "a path";
  }
  return "?";
}

const char* const kNodeProps = "id, name, label, label_ar, label_en, type, aliases, documents, mentions, part_of, "
                               "confidence, method";
const char* const kEdgeProps = "relation, amount_usd, amount_qualifier, status, statuses, reported_by, first_seen, "
                               "last_seen, in_cycle, confidence, weight, evidence_count, sentence, documents";

bool known_node_prop(std::string_view k) {
  for (const char* p : {"id", "name", "label", "label_ar", "label_en", "type", "aliases", "documents", "mentions",
                        "part_of", "confidence", "method"}) {
    if (k == p) return true;
  }
  return false;
}
bool known_edge_prop(std::string_view k) {
  for (const char* p : {"relation", "type", "amount_usd", "amount_qualifier", "status", "statuses", "reported_by",
                        "first_seen", "last_seen", "in_cycle", "confidence", "weight", "evidence_count", "sentence",
                        "documents", "amounts"}) {
    if (k == p) return true;
  }
  return false;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// ---- functions --------------------------------------------------------------------------------------

struct FunctionInfo {
  const char* name;  ///< lower case
  int min_args, max_args;  ///< max -1 = any
  bool aggregate;
};

const FunctionInfo kFunctions[] = {
    {"count", 1, 1, true},       {"sum", 1, 1, true},         {"avg", 1, 1, true},
    {"min", 1, 1, true},         {"max", 1, 1, true},         {"collect", 1, 1, true},
    {"type", 1, 1, false},       {"labels", 1, 1, false},     {"id", 1, 1, false},
    {"length", 1, 1, false},     {"nodes", 1, 1, false},      {"relationships", 1, 1, false},
    {"rels", 1, 1, false},       {"size", 1, 1, false},       {"tolower", 1, 1, false},
    {"toupper", 1, 1, false},    {"coalesce", 1, -1, false},  {"tostring", 1, 1, false},
    {"exists", 1, 1, false},     {"tointeger", 1, 1, false},  {"tofloat", 1, 1, false},
    {"abs", 1, 1, false},        {"round", 1, 1, false},      {"head", 1, 1, false},
    {"last", 1, 1, false},       {"startnode", 1, 1, false},  {"endnode", 1, 1, false},
    {"trim", 1, 1, false},
};

const FunctionInfo* find_function(const std::string& name) {
  std::string l = lower(name);
  for (const FunctionInfo& f : kFunctions) {
    if (l == f.name) return &f;
  }
  return nullptr;
}

// ---- the plan ---------------------------------------------------------------------------------------

using Scope = std::map<std::string, int>;

struct PartPlan {
  const PatternPart* part = nullptr;
  std::vector<int> node_slot, rel_slot;
  int path_slot = -1;
  std::size_t start = 0;
  enum class Seed { kBound, kId, kName, kScan } seed = Seed::kScan;
  const Expr* seed_value = nullptr;  ///< the id or name (or list of them, with seed_list)
  bool seed_list = false;
  std::vector<std::vector<EntityType>> node_types;
  /// checks[s]: conditions to test once step s has bound its variables (0: the start node; 1..R: the
  /// relationships in match order; R+1: the path variable).
  std::vector<std::vector<const Expr*>> checks;
};

struct ProjectionPlan {
  std::vector<const Expr*> items;
  std::vector<std::string> names;
  std::vector<int> slots;
  std::vector<bool> has_aggregate;
  std::vector<const Expr*> aggregates;
  bool aggregating = false;
  struct Sort {
    const Expr* expr = nullptr;
    int item = -1;  ///< sorts by this item's value instead of evaluating expr
    bool descending = false;
  };
  std::vector<Sort> sort;
};

struct ClausePlan {
  const Clause* clause = nullptr;
  std::vector<PartPlan> parts;
  std::vector<const Expr*> pre_checks;  ///< conditions on variables bound before the clause
  std::vector<int> new_slots;
  std::vector<bool> bound_before;       ///< by slot, sized at the end of planning
  ProjectionPlan proj;
  int unwind_slot = -1;
};

// ---- comparison -------------------------------------------------------------------------------------

class Executor {
 public:
  Executor(const KnowledgeGraph& kg, const Query& q, const QueryParams& params)
      : kg_(kg), G_(kg.graph()), q_(q), params_(params) {}

  void plan(bool need_return);
  std::vector<Row> run_to_return();
  ResultTable result(std::vector<Row> rows);
  KnowledgeGraph subgraph(const std::vector<Row>& rows);

 private:
  [[noreturn]] void fail(const QSpan& at, const std::string& message) const { throw cypher::query_error(*q_.source, at, message); }

  // planning
  int new_slot() { return slot_count_++; }
  void resolve(const Expr& e, const Scope& scope, bool allow_aggregate, std::vector<const Expr*>* aggregates,
               const Expr* inside_aggregate = nullptr);
  void collect_vars(const Expr& e, std::set<int>& out) const;
  PartPlan declare_part(const PatternPart& part, Scope& scope);
  void resolve_part_maps(const PatternPart& part, const Scope& scope);
  void choose_start(PartPlan& pp, const std::set<int>& bound, bool predicate,
                    const std::vector<const Expr*>& conjuncts) const;
  std::vector<Row> project(const ClausePlan& cp, std::vector<Row> rows);
  void plan_projection(const Clause& c, Scope& scope, ClausePlan& cp);
  bool constant(const Expr& e) const;

  // matching
  using Cont = std::function<bool(Row&)>;
  bool match_parts(const ClausePlan& cp, std::size_t p, Row& row, std::vector<Edge>& used, const Cont& emit);
  bool match_part(const PartPlan& pp, Row& row, std::vector<Edge>& used, const std::vector<bool>& bound_before,
                  const Cont& cont);
  bool step(const PartPlan& pp, std::size_t j, Row& row, std::vector<Edge>& used,
            const std::vector<bool>& bound_before, const Cont& cont);
  bool node_ok(const PartPlan& pp, std::size_t k, Vertex v, const Row& row) const;
  bool edge_ok(const RelPattern& r, Edge e, const Row& row, const std::vector<Edge>& used) const;
  bool checks_pass(const std::vector<const Expr*>& checks, const Row& row) const;
  Value make_path(const PartPlan& pp, const Row& row) const;
  std::vector<Vertex> seeds(const PartPlan& pp, const Row& row) const;

  // evaluation
  Value eval(const Expr& e, const Row& row, const std::vector<Value>* aggs = nullptr) const;
  Value eval_binary(const Expr& e, const Row& row, const std::vector<Value>* aggs) const;
  Value eval_call(const Expr& e, const Row& row, const std::vector<Value>* aggs) const;
  Value property(const Value& obj, const std::string& key, const Expr& at) const;
  bool truthy(const Expr& e, const Row& row) const;
  std::optional<bool> name_matches(const Expr& prop_expr, const Value& name, const Row& row,
                                   const std::vector<Value>* aggs, bool& applies) const;
  const std::vector<Vertex>& named(const std::string& name) const;
  std::optional<bool> equals(const Value& a, const Value& b) const;
  int compare(const Value& a, const Value& b) const;
  Cell cell(const Value& v) const;
  std::string edge_text(Edge e) const;
  std::int64_t count_value(const Expr* e, const char* what) const;

  const KnowledgeGraph& kg_;
  const Graph& G_;
  const Query& q_;
  const QueryParams& params_;
  int slot_count_ = 0;
  std::vector<ClausePlan> clauses_;
  std::unordered_map<const Expr*, int> var_slot_;
  std::unordered_map<const Expr*, int> aggregate_index_;
  std::unordered_map<const Expr*, PartPlan> pattern_plans_;
  std::set<int> node_slots_, edge_slots_;  ///< slots of node and (single) relationship pattern variables
  std::vector<bool> no_bound_;  ///< bound_before for pattern predicates: every slot counts as unbound
  mutable std::unordered_map<std::string, std::vector<Vertex>> named_cache_;
};

// ---- planning ---------------------------------------------------------------------------------------

void Executor::resolve(const Expr& e, const Scope& scope, bool allow_aggregate, std::vector<const Expr*>* aggregates,
                       const Expr* inside_aggregate) {
  switch (e.kind) {
    case Expr::Kind::kVar: {
      auto it = scope.find(e.name);
      if (it == scope.end()) fail(e.span, "unknown variable '" + e.name + "'");
      var_slot_[&e] = it->second;
      return;
    }
    case Expr::Kind::kProperty: {
      resolve(*e.args[0], scope, allow_aggregate, aggregates, inside_aggregate);
      // A misspelt property of a pattern variable is reported even when no row would reach it.
      if (e.args[0]->kind == Expr::Kind::kVar) {
        int slot = var_slot_.at(e.args[0].get());
        if (node_slots_.count(slot) && !known_node_prop(e.name)) {
          fail(e.op_span, "unknown node property '" + e.name + "' (" + kNodeProps + ")");
        }
        if (edge_slots_.count(slot) && !known_edge_prop(e.name)) {
          fail(e.op_span, "unknown relationship property '" + e.name + "' (" + kEdgeProps + ")");
        }
      }
      return;
    }
    case Expr::Kind::kParam:
      if (!params_.count(e.name)) fail(e.span, "missing parameter $" + e.name + " (give it with --param " + e.name + "=VALUE)");
      return;
    case Expr::Kind::kCall: {
      const FunctionInfo* f = find_function(e.name);
      if (!f) fail(e.op_span, "unknown function '" + e.name + "'");
      if (f->aggregate) {
        if (inside_aggregate) fail(e.op_span, "aggregate function '" + e.name + "' inside another aggregate");
        if (!allow_aggregate || !aggregates) fail(e.op_span, "aggregate function '" + e.name + "' is not allowed here");
      }
      if (e.star && lower(e.name) != "count") fail(e.op_span, "only count takes '*'");
      if (e.distinct && !f->aggregate) fail(e.op_span, "DISTINCT only applies to aggregate functions");
      int n = static_cast<int>(e.args.size()) + (e.star ? 1 : 0);
      if (n < f->min_args || (f->max_args >= 0 && n > f->max_args)) {
        std::string want = f->max_args < 0 ? "at least " + std::to_string(f->min_args)
                                           : std::to_string(f->min_args);
        fail(e.op_span, "function '" + e.name + "' takes " + want + (f->min_args == 1 && f->max_args == 1 ? " argument" : " arguments") +
                            ", got " + std::to_string(n));
      }
      if (lower(e.name) == "exists" && !e.args.empty() && e.args[0]->kind != Expr::Kind::kPattern &&
          e.args[0]->kind != Expr::Kind::kProperty) {
        fail(e.args[0]->span, "exists() needs a pattern or a property");
      }
      if (f->aggregate) {
        aggregate_index_[&e] = static_cast<int>(aggregates->size());
        aggregates->push_back(&e);
      }
      for (const ExprPtr& a : e.args) resolve(*a, scope, allow_aggregate, aggregates, f->aggregate ? &e : inside_aggregate);
      return;
    }
    case Expr::Kind::kPattern: {
      // Pattern predicates test what is bound; they may not introduce variables of their own.
      Scope inner = scope;
      for (const NodePattern& n : e.pattern->nodes) {
        if (!n.var.empty() && !scope.count(n.var)) fail(n.span, "unknown variable '" + n.var + "'");
      }
      for (const RelPattern& r : e.pattern->rels) {
        if (!r.var.empty() && !scope.count(r.var)) fail(r.span, "unknown variable '" + r.var + "'");
      }
      PartPlan pp = declare_part(*e.pattern, inner);
      resolve_part_maps(*e.pattern, inner);
      choose_start(pp, {}, true, {});
      pattern_plans_[&e] = std::move(pp);
      return;
    }
    default:
      for (const ExprPtr& a : e.args) resolve(*a, scope, allow_aggregate, aggregates, inside_aggregate);
  }
}

void Executor::collect_vars(const Expr& e, std::set<int>& out) const {
  if (e.kind == Expr::Kind::kVar) {
    auto it = var_slot_.find(&e);
    if (it != var_slot_.end()) out.insert(it->second);
  }
  if (e.kind == Expr::Kind::kPattern) {
    const PartPlan& pp = pattern_plans_.at(&e);
    for (std::size_t k = 0; k < pp.part->nodes.size(); ++k) {
      if (!pp.part->nodes[k].var.empty()) out.insert(pp.node_slot[k]);
    }
    for (std::size_t k = 0; k < pp.part->rels.size(); ++k) {
      if (!pp.part->rels[k].var.empty()) out.insert(pp.rel_slot[k]);
    }
    for (const NodePattern& n : e.pattern->nodes) {
      for (const PropertyMatch& m : n.props) collect_vars(*m.value, out);
    }
  }
  for (const ExprPtr& a : e.args) collect_vars(*a, out);
}

// A value the planner may evaluate before any variable is bound: literals, parameters and lists of them.
bool Executor::constant(const Expr& e) const {
  if (e.kind == Expr::Kind::kVar || e.kind == Expr::Kind::kPattern || e.kind == Expr::Kind::kCall) return false;
  for (const ExprPtr& a : e.args) {
    if (!constant(*a)) return false;
  }
  return true;
}

PartPlan Executor::declare_part(const PatternPart& part, Scope& scope) {
  PartPlan pp;
  pp.part = &part;
  auto slot_for = [&](const std::string& var) {
    if (var.empty()) return new_slot();
    auto it = scope.find(var);
    if (it != scope.end()) return it->second;
    int s = new_slot();
    scope[var] = s;
    return s;
  };
  for (const NodePattern& n : part.nodes) {
    pp.node_slot.push_back(slot_for(n.var));
    node_slots_.insert(pp.node_slot.back());
    std::vector<EntityType> types;
    for (std::size_t k = 0; k < n.labels.size(); ++k) {
      // :Entity is the label every node has in the Neo4j export (neo4j_export.h), so a query written for
      // that database runs here unchanged; it constrains nothing.
      if (ascii_iequals(n.labels[k], "entity")) continue;
      auto t = entity_type_from_string(n.labels[k]);
      if (!t) fail(n.label_spans[k], "unknown label '" + n.labels[k] + "' (ORG, PERSON, PRODUCT, MEDIA, PLACE, Entity)");
      types.push_back(*t);
    }
    pp.node_types.push_back(types);
    for (const PropertyMatch& m : n.props) {
      if (!known_node_prop(m.key)) fail(m.key_span, "unknown node property '" + m.key + "' (" + kNodeProps + ")");
    }
  }
  for (const RelPattern& r : part.rels) {
    pp.rel_slot.push_back(slot_for(r.var));
    if (!r.var_length) edge_slots_.insert(pp.rel_slot.back());
    for (const PropertyMatch& m : r.props) {
      if (!known_edge_prop(m.key)) {
        fail(m.key_span, "unknown relationship property '" + m.key + "' (" + kEdgeProps + ")");
      }
    }
  }
  if (!part.path_var.empty()) pp.path_slot = slot_for(part.path_var);
  pp.checks.assign(part.rels.size() + 2, {});
  return pp;
}

void Executor::resolve_part_maps(const PatternPart& part, const Scope& scope) {
  for (const NodePattern& n : part.nodes) {
    for (const PropertyMatch& m : n.props) resolve(*m.value, scope, false, nullptr);
  }
  for (const RelPattern& r : part.rels) {
    for (const PropertyMatch& m : r.props) resolve(*m.value, scope, false, nullptr);
  }
}

// The start: the most selective node (bound < id < name < label < anything). In a pattern predicate every
// named node is bound.
void Executor::choose_start(PartPlan& pp, const std::set<int>& bound, bool predicate,
                            const std::vector<const Expr*>& conjuncts) const {
  const PatternPart& part = *pp.part;
  int best = 99;
  for (std::size_t k = 0; k < part.nodes.size(); ++k) {
    const NodePattern& n = part.nodes[k];
    int score = 4;
    PartPlan::Seed seed = PartPlan::Seed::kScan;
    const Expr* value = nullptr;
    bool list = false;
    if (bound.count(pp.node_slot[k]) || (predicate && !n.var.empty())) {
      score = 0, seed = PartPlan::Seed::kBound;
    } else {
      auto consider = [&](const std::string& key, const Expr* v, bool is_list) {
        if (!constant(*v)) return;
        int s = key == "id" ? 1 : key == "name" ? 2 : 9;
        if (s < score) {
          score = s, value = v, list = is_list;
          seed = s == 1 ? PartPlan::Seed::kId : PartPlan::Seed::kName;
        }
      };
      for (const PropertyMatch& m : n.props) consider(m.key, m.value.get(), false);
      if (!n.var.empty()) {
        for (const Expr* c : conjuncts) {
          if (c->kind != Expr::Kind::kBinary || (c->name != "=" && c->name != "IN")) continue;
          for (int side = 0; side < (c->name == "=" ? 2 : 1); ++side) {
            const Expr& p = *c->args[side];
            const Expr& other = *c->args[1 - side];
            if (p.kind == Expr::Kind::kProperty && p.args[0]->kind == Expr::Kind::kVar && p.args[0]->name == n.var) {
              consider(p.name, &other, c->name == "IN");
            }
          }
        }
      }
      if (score == 4 && !n.labels.empty()) score = 3;
    }
    if (score < best) {
      best = score, pp.start = k, pp.seed = seed, pp.seed_value = value, pp.seed_list = list;
    }
  }
}

void Executor::plan_projection(const Clause& c, Scope& scope, ClausePlan& cp) {
  ProjectionPlan& pr = cp.proj;
  Scope out;
  for (const ReturnItem& item : c.items) {
    std::size_t before = pr.aggregates.size();
    resolve(*item.expr, scope, true, &pr.aggregates);
    pr.items.push_back(item.expr.get());
    pr.has_aggregate.push_back(pr.aggregates.size() > before);
    if (pr.aggregates.size() > before) pr.aggregating = true;
    std::string name = !item.alias.empty() ? item.alias
                       : item.expr->kind == Expr::Kind::kVar ? item.expr->name
                                                             : q_.text_of(item.expr->span);
    pr.names.push_back(name);
    int slot = new_slot();
    pr.slots.push_back(slot);
    out[name] = slot;
  }
  // ORDER BY sees the columns and, unless rows were grouped or made distinct, the variables before them.
  Scope sort_scope = (pr.aggregating || c.distinct) ? out : scope;
  for (const auto& [name, slot] : out) sort_scope[name] = slot;
  auto squeeze = [](std::string s) {
    s.erase(std::remove_if(s.begin(), s.end(), [](unsigned char ch) { return std::isspace(ch); }), s.end());
    return s;
  };
  for (const SortItem& s : c.order_by) {
    ProjectionPlan::Sort so;
    so.expr = s.expr.get();
    so.descending = s.descending;
    std::string text = squeeze(q_.text_of(s.expr->span));
    for (std::size_t k = 0; k < pr.items.size(); ++k) {
      if (text == squeeze(q_.text_of(pr.items[k]->span))) so.item = static_cast<int>(k);
    }
    if (so.item < 0) resolve(*s.expr, sort_scope, false, nullptr);
    pr.sort.push_back(so);
  }
  if (c.skip) resolve(*c.skip, {}, false, nullptr);
  if (c.limit) resolve(*c.limit, {}, false, nullptr);
  scope = out;
  if (c.where) resolve(*c.where, scope, false, nullptr);
}

void split_and(const Expr* e, std::vector<const Expr*>& out) {
  if (e->kind == Expr::Kind::kBinary && e->name == "AND") {
    split_and(e->args[0].get(), out);
    split_and(e->args[1].get(), out);
  } else {
    out.push_back(e);
  }
}

void Executor::plan(bool need_return) {
  Scope scope;
  std::set<int> bound;  // slots every row has a value (or a null) for at this point
  for (const Clause& c : q_.clauses) {
    ClausePlan cp;
    cp.clause = &c;
    cp.bound_before.assign(static_cast<std::size_t>(slot_count_), false);
    for (int s : bound) cp.bound_before[static_cast<std::size_t>(s)] = true;
    switch (c.kind) {
      case Clause::Kind::kMatch: {
        for (const PatternPart& part : c.patterns) cp.parts.push_back(declare_part(part, scope));
        for (const PatternPart& part : c.patterns) resolve_part_maps(part, scope);
        std::vector<const Expr*> conjuncts;
        if (c.where) {
          resolve(*c.where, scope, false, nullptr);
          split_and(c.where.get(), conjuncts);
        }
        std::vector<std::set<int>> needs(conjuncts.size());
        std::vector<bool> placed(conjuncts.size(), false);
        for (std::size_t k = 0; k < conjuncts.size(); ++k) {
          collect_vars(*conjuncts[k], needs[k]);
          for (int s : bound) needs[k].erase(s);
          if (needs[k].empty()) cp.pre_checks.push_back(conjuncts[k]), placed[k] = true;
        }
        // Each part starts where it is most selective; each condition is tested after the first step
        // that binds all its variables.
        std::set<int> b = bound;
        for (PartPlan& pp : cp.parts) {
          choose_start(pp, b, false, conjuncts);
          const std::size_t R = pp.rel_slot.size();
          std::vector<std::vector<int>> binds;
          binds.push_back({pp.node_slot[pp.start]});
          for (std::size_t k = pp.start; k < R; ++k) binds.push_back({pp.rel_slot[k], pp.node_slot[k + 1]});
          for (std::size_t k = pp.start; k-- > 0;) binds.push_back({pp.rel_slot[k], pp.node_slot[k]});
          binds.push_back({pp.path_slot});
          for (std::size_t stepno = 0; stepno < binds.size(); ++stepno) {
            for (int s : binds[stepno]) {
              if (s >= 0) b.insert(s);
            }
            for (std::size_t k = 0; k < conjuncts.size(); ++k) {
              if (placed[k]) continue;
              if (std::all_of(needs[k].begin(), needs[k].end(), [&](int s) { return b.count(s) != 0; })) {
                pp.checks[stepno].push_back(conjuncts[k]);
                placed[k] = true;
              }
            }
          }
        }
        bound = b;
        break;
      }
      case Clause::Kind::kUnwind:
        resolve(*c.items[0].expr, scope, false, nullptr);
        cp.unwind_slot = new_slot();
        scope[c.items[0].alias] = cp.unwind_slot;
        bound.insert(cp.unwind_slot);
        break;
      case Clause::Kind::kWith:
      case Clause::Kind::kReturn:
        plan_projection(c, scope, cp);
        bound.clear();
        for (const auto& [name, slot] : scope) bound.insert(slot);
        break;
    }
    clauses_.push_back(std::move(cp));
  }
  if (need_return && (q_.clauses.empty() || q_.clauses.back().kind != Clause::Kind::kReturn)) {
    QSpan end = q_.span;
    const std::string& text = q_.source->text;
    // Point just after the last clause.
    std::size_t line = 1, col = 1;
    for (std::size_t k = 0; k < end.end; ++k) {
      unsigned char ch = static_cast<unsigned char>(text[k]);
      if (ch == '\n') ++line, col = 1;
      else if ((ch & 0xC0) != 0x80) ++col;
    }
    fail(QSpan{line, col, end.end, end.end}, "a query must end with RETURN");
  }
  for (ClausePlan& cp : clauses_) cp.bound_before.resize(static_cast<std::size_t>(slot_count_), false);
  no_bound_.assign(slot_count_, false);
}

// ---- matching ---------------------------------------------------------------------------------------

const std::vector<Vertex>& Executor::named(const std::string& name) const {
  auto it = named_cache_.find(name);
  if (it != named_cache_.end()) return it->second;
  std::vector<Vertex> vs = kg_.find_by_name(name);
  std::sort(vs.begin(), vs.end());
  return named_cache_.emplace(name, std::move(vs)).first->second;
}

std::vector<Vertex> Executor::seeds(const PartPlan& pp, const Row& row) const {
  std::vector<Vertex> out;
  if (pp.seed == PartPlan::Seed::kBound) {
    const Value& v = row[pp.node_slot[pp.start]];
    if (v.t == Value::T::kNode) out.push_back(v.v);
    return out;
  }
  if (pp.seed == PartPlan::Seed::kScan) {
    for (Vertex v : boost::make_iterator_range(boost::vertices(G_))) out.push_back(v);
    return out;
  }
  Value key = eval(*pp.seed_value, row);
  std::vector<Value> keys;
  if (pp.seed_list && key.t == Value::T::kList) keys = *key.list;
  else if (!pp.seed_list) keys.push_back(key);
  std::set<Vertex> seen;
  for (const Value& k : keys) {
    if (k.t != Value::T::kString) continue;
    if (pp.seed == PartPlan::Seed::kId) {
      if (auto v = kg_.find(k.s); v && seen.insert(*v).second) out.push_back(*v);
    } else {
      for (Vertex v : named(k.s)) {
        if (seen.insert(v).second) out.push_back(v);
      }
    }
  }
  return out;
}

bool Executor::checks_pass(const std::vector<const Expr*>& checks, const Row& row) const {
  for (const Expr* c : checks) {
    if (!truthy(*c, row)) return false;
  }
  return true;
}

bool Executor::node_ok(const PartPlan& pp, std::size_t k, Vertex v, const Row& row) const {
  const Value& cur = row[pp.node_slot[k]];
  if (cur.t == Value::T::kNode && cur.v != v) return false;
  const auto& types = pp.node_types[k];
  if (!types.empty() && std::find(types.begin(), types.end(), G_[v].type) == types.end()) return false;
  for (const PropertyMatch& m : pp.part->nodes[k].props) {
    Value want = eval(*m.value, row);
    if (m.key == "name") {
      if (want.t != Value::T::kString) return false;
      const auto& vs = named(want.s);
      if (!std::binary_search(vs.begin(), vs.end(), v)) return false;
      continue;
    }
    if (equals(property(v_node(v), m.key, *m.value), want) != true) return false;
  }
  return true;
}

bool Executor::edge_ok(const RelPattern& r, Edge e, const Row& row, const std::vector<Edge>& used) const {
  const EdgeProps& p = G_[e];
  // Types compare without case: INVESTS_IN (Neo4j's convention, and the export's) is invests_in.
  if (!r.types.empty() && std::none_of(r.types.begin(), r.types.end(),
                                       [&](const std::string& t) { return ascii_iequals(t, p.relation); })) {
    return false;
  }
  if (std::find(used.begin(), used.end(), e) != used.end()) return false;
  for (const PropertyMatch& m : r.props) {
    if (equals(property(v_edge(e), m.key, *m.value), eval(*m.value, row)) != true) return false;
  }
  return true;
}

Value Executor::make_path(const PartPlan& pp, const Row& row) const {
  auto path = std::make_shared<PathVal>();
  Vertex cur = row[pp.node_slot[0]].v;
  path->nodes.push_back(cur);
  for (std::size_t k = 0; k < pp.rel_slot.size(); ++k) {
    const Value& r = row[pp.rel_slot[k]];
    std::vector<Edge> edges;
    if (r.t == Value::T::kEdge) edges.push_back(r.e);
    else if (r.t == Value::T::kList)
      for (const Value& x : *r.list) edges.push_back(x.e);
    for (Edge e : edges) {
      Vertex s = boost::source(e, G_), t = boost::target(e, G_);
      cur = s == cur ? t : s;
      path->edges.push_back(e);
      path->nodes.push_back(cur);
    }
  }
  Value v;
  v.t = Value::T::kPath;
  v.path = std::move(path);
  return v;
}

bool Executor::match_part(const PartPlan& pp, Row& row, std::vector<Edge>& used, const std::vector<bool>& bound_before,
                          const Cont& cont) {
  const int start_slot = pp.node_slot[pp.start];
  // A variable bound to null by an earlier OPTIONAL MATCH matches nothing.
  if (bound_before[start_slot] && row[start_slot].t != Value::T::kNode) return true;
  for (Vertex v : seeds(pp, row)) {
    if (!node_ok(pp, pp.start, v, row)) continue;
    const bool fresh = row[start_slot].null();
    if (fresh) row[start_slot] = v_node(v);
    bool go = checks_pass(pp.checks[0], row) ? step(pp, 1, row, used, bound_before, cont) : true;
    if (fresh) row[start_slot] = Value{};
    if (!go) return false;
  }
  return true;
}

bool Executor::step(const PartPlan& pp, std::size_t j, Row& row, std::vector<Edge>& used,
                    const std::vector<bool>& bound_before, const Cont& cont) {
  const std::size_t R = pp.rel_slot.size();
  if (j > R) {
    if (pp.path_slot < 0) return cont(row);
    row[pp.path_slot] = make_path(pp, row);
    bool go = checks_pass(pp.checks[R + 1], row) ? cont(row) : true;
    row[pp.path_slot] = Value{};
    return go;
  }
  // Steps 1..R-start walk right from the start, the rest walk left.
  const std::size_t right_steps = R - pp.start;
  const bool rightward = j <= right_steps;
  const std::size_t k = rightward ? pp.start + j - 1 : pp.start - (j - right_steps);
  const std::size_t from_k = rightward ? k : k + 1;
  const std::size_t to_k = rightward ? k + 1 : k;
  const RelPattern& r = pp.part->rels[k];
  const int rel_slot = pp.rel_slot[k];
  const int to_slot = pp.node_slot[to_k];
  if (bound_before[rel_slot] && row[rel_slot].null()) return true;
  if (bound_before[to_slot] && row[to_slot].t != Value::T::kNode) return true;
  // Walking right along "->" follows out-edges; walking left along it follows in-edges.
  const bool use_out = r.direction == Direction::kBoth || (r.direction == Direction::kRight) == rightward;
  const bool use_in = r.direction == Direction::kBoth || (r.direction == Direction::kLeft) == rightward;
  const Vertex from = row[pp.node_slot[from_k]].v;

  auto try_end = [&](Vertex to, const Value& rel_value) -> bool {
    if (!node_ok(pp, to_k, to, row)) return true;
    const Value& cur_rel = row[rel_slot];
    if (!cur_rel.null() && equals(cur_rel, rel_value) != true) return true;
    const bool fresh_rel = cur_rel.null(), fresh_to = row[to_slot].null();
    if (fresh_rel) row[rel_slot] = rel_value;
    if (fresh_to) row[to_slot] = v_node(to);
    bool go = checks_pass(pp.checks[j], row) ? step(pp, j + 1, row, used, bound_before, cont) : true;
    if (fresh_rel) row[rel_slot] = Value{};
    if (fresh_to) row[to_slot] = Value{};
    return go;
  };

  if (!r.var_length) {
    if (use_out) {
      for (Edge e : boost::make_iterator_range(boost::out_edges(from, G_))) {
        if (!edge_ok(r, e, row, used)) continue;
        used.push_back(e);
        bool go = try_end(boost::target(e, G_), v_edge(e));
        used.pop_back();
        if (!go) return false;
      }
    }
    if (use_in) {
      for (Edge e : boost::make_iterator_range(boost::in_edges(from, G_))) {
        // A self-loop was already seen among the out-edges.
        if (use_out && boost::source(e, G_) == boost::target(e, G_)) continue;
        if (!edge_ok(r, e, row, used)) continue;
        used.push_back(e);
        bool go = try_end(boost::source(e, G_), v_edge(e));
        used.pop_back();
        if (!go) return false;
      }
    }
    return true;
  }

  // Variable length: depth-first over simple trails (no relationship twice), every length in range.
  std::vector<Edge> trail;
  std::function<bool(Vertex)> walk = [&](Vertex cur) -> bool {
    if (trail.size() >= r.min_hops) {
      std::vector<Value> items;
      for (Edge e : trail) items.push_back(v_edge(e));
      // The list reads from the left node of the pattern to the right one.
      if (!rightward) std::reverse(items.begin(), items.end());
      if (!try_end(cur, v_list(std::move(items)))) return false;
    }
    if (r.max_hops && trail.size() >= *r.max_hops) return true;
    auto follow = [&](Edge e, Vertex next) -> bool {
      if (!edge_ok(r, e, row, used)) return true;
      used.push_back(e), trail.push_back(e);
      bool go = walk(next);
      used.pop_back(), trail.pop_back();
      return go;
    };
    if (use_out) {
      for (Edge e : boost::make_iterator_range(boost::out_edges(cur, G_))) {
        if (!follow(e, boost::target(e, G_))) return false;
      }
    }
    if (use_in) {
      for (Edge e : boost::make_iterator_range(boost::in_edges(cur, G_))) {
        if (use_out && boost::source(e, G_) == boost::target(e, G_)) continue;
        if (!follow(e, boost::source(e, G_))) return false;
      }
    }
    return true;
  };
  return walk(from);
}

bool Executor::match_parts(const ClausePlan& cp, std::size_t p, Row& row, std::vector<Edge>& used, const Cont& emit) {
  if (p == cp.parts.size()) return emit(row);
  return match_part(cp.parts[p], row, used, cp.bound_before,
                    [&](Row& r) { return match_parts(cp, p + 1, r, used, emit); });
}

// ---- evaluation -------------------------------------------------------------------------------------

std::string Executor::edge_text(Edge e) const {
  return G_[boost::source(e, G_)].id + "-[" + G_[e].relation + "]->" + G_[boost::target(e, G_)].id;
}

Value Executor::property(const Value& obj, const std::string& key, const Expr& at) const {
  if (obj.null()) return {};
  if (obj.t == Value::T::kNode) {
    const NodeProps& n = G_[obj.v];
    if (key == "id") return v_str(n.id);
    if (key == "name" || key == "label") return v_str(n.label);
    if (key == "label_ar") return v_str_or_null(n.label_ar);
    if (key == "label_en") return v_str_or_null(n.label_en);
    if (key == "type") return v_str(std::string(to_string(n.type)));
    if (key == "aliases") return v_strings(n.aliases);
    if (key == "documents") return v_strings(n.documents);
    if (key == "mentions") return v_int(static_cast<std::int64_t>(n.mentions));
    if (key == "part_of") return v_str_or_null(n.part_of);
    if (key == "confidence") return v_number(n.confidence);
    if (key == "method") return v_str_or_null(n.method);
    fail(at.op_span, "unknown node property '" + key + "' (" + kNodeProps + ")");
  }
  if (obj.t == Value::T::kEdge) {
    const EdgeProps& p = G_[obj.e];
    if (key == "relation" || key == "type") return v_str(p.relation);
    if (key == "amount_usd") return p.amount_usd ? v_number(*p.amount_usd) : Value{};
    if (key == "amount_qualifier") return v_str_or_null(p.amount_qualifier);
    if (key == "status") return v_str_or_null(p.status);
    if (key == "statuses") return v_strings(p.statuses);
    if (key == "reported_by") return v_strings(p.reported_by);
    if (key == "first_seen") return v_str_or_null(p.first_seen);
    if (key == "last_seen") return v_str_or_null(p.last_seen);
    if (key == "in_cycle") return v_bool(p.in_cycle);
    if (key == "confidence") return v_number(p.confidence);
    if (key == "weight" || key == "evidence_count") return v_int(static_cast<std::int64_t>(p.evidence.size()));
    if (key == "sentence") return p.evidence.empty() ? Value{} : v_str(p.evidence.front().sentence);
    if (key == "documents") {
      std::vector<Value> docs;
      std::set<std::string> seen;
      for (const Evidence& ev : p.evidence) {
        if (seen.insert(ev.doc_id).second) docs.push_back(v_str(ev.doc_id));
      }
      return v_list(std::move(docs));
    }
    if (key == "amounts") {
      std::vector<Value> out;
      for (double a : p.amounts) out.push_back(v_number(a));
      return v_list(std::move(out));
    }
    fail(at.op_span, "unknown relationship property '" + key + "' (" + kEdgeProps + ")");
  }
  fail(at.op_span, "cannot read property '" + key + "' of " + type_name(obj));
}

int Executor::compare(const Value& a, const Value& b) const {
  auto rank = [](const Value& v) {
    switch (v.t) {
      case Value::T::kInt: case Value::T::kFloat: return 0;
      case Value::T::kString: return 1;
      case Value::T::kBool: return 2;
      case Value::T::kList: return 3;
      case Value::T::kNode: return 4;
      case Value::T::kEdge: return 5;
      case Value::T::kPath: return 6;
      case Value::T::kNull: return 7;
    }
    return 7;
  };
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
  switch (a.t) {
    case Value::T::kInt: case Value::T::kFloat:
      if (a.t == Value::T::kInt && b.t == Value::T::kInt) return cmp(a.i, b.i);
      return cmp(a.num(), b.num());
    case Value::T::kString: return cmp(a.s, b.s);
    case Value::T::kBool: return cmp(a.b, b.b);
    case Value::T::kList: {
      for (std::size_t k = 0; k < a.list->size() && k < b.list->size(); ++k) {
        if (int c = compare((*a.list)[k], (*b.list)[k])) return c;
      }
      return cmp(a.list->size(), b.list->size());
    }
    case Value::T::kNode:
      if (int c = cmp(G_[a.v].id, G_[b.v].id)) return c;
      return cmp(a.v, b.v);
    case Value::T::kEdge: {
      auto key = [&](Edge e) {
        return std::make_tuple(G_[boost::source(e, G_)].id, G_[e].relation, G_[boost::target(e, G_)].id);
      };
      if (int c = cmp(key(a.e), key(b.e))) return c;
      return std::less<const void*>()(a.e.get_property(), b.e.get_property()) ? -1
             : a.e.get_property() == b.e.get_property()                      ? 0
                                                                             : 1;
    }
    case Value::T::kPath: {
      std::vector<Value> x, y;
      for (Vertex v : a.path->nodes) x.push_back(v_node(v));
      for (Vertex v : b.path->nodes) y.push_back(v_node(v));
      if (int c = compare(v_list(x), v_list(y))) return c;
      x.clear(), y.clear();
      for (Edge e : a.path->edges) x.push_back(v_edge(e));
      for (Edge e : b.path->edges) y.push_back(v_edge(e));
      return compare(v_list(x), v_list(y));
    }
    case Value::T::kNull: return 0;
  }
  return 0;
}

std::optional<bool> Executor::equals(const Value& a, const Value& b) const {
  if (a.null() || b.null()) return std::nullopt;
  if (a.number() && b.number()) {
    if (a.t == Value::T::kInt && b.t == Value::T::kInt) return a.i == b.i;
    return a.num() == b.num();
  }
  if (a.t != b.t) return false;
  switch (a.t) {
    case Value::T::kBool: return a.b == b.b;
    case Value::T::kString: return a.s == b.s;
    case Value::T::kNode: return a.v == b.v;
    case Value::T::kEdge: return a.e == b.e;
    case Value::T::kPath: return compare(a, b) == 0;
    case Value::T::kList: {
      if (a.list->size() != b.list->size()) return false;
      bool unknown = false;
      for (std::size_t k = 0; k < a.list->size(); ++k) {
        auto r = equals((*a.list)[k], (*b.list)[k]);
        if (!r) unknown = true;
        else if (!*r) return false;
      }
      if (unknown) return std::nullopt;
      return true;
    }
    default: return false;
  }
}

bool Executor::truthy(const Expr& e, const Row& row) const {
  Value v = eval(e, row);
  if (v.t == Value::T::kBool) return v.b;
  if (v.null()) return false;
  fail(e.span, std::string("WHERE needs a boolean, got ") + type_name(v));
}

// n.name compared with a string: true when the string is any id, label or alias of n (folded).
std::optional<bool> Executor::name_matches(const Expr& prop_expr, const Value& name, const Row& row,
                                           const std::vector<Value>* aggs, bool& applies) const {
  applies = false;
  if (prop_expr.kind != Expr::Kind::kProperty || prop_expr.name != "name") return std::nullopt;
  Value obj = eval(*prop_expr.args[0], row, aggs);
  if (obj.t != Value::T::kNode || name.t != Value::T::kString) return std::nullopt;
  applies = true;
  const auto& vs = named(name.s);
  return std::binary_search(vs.begin(), vs.end(), obj.v);
}

Value maybe_bool(std::optional<bool> b) { return b ? v_bool(*b) : Value{}; }

Value Executor::eval_binary(const Expr& e, const Row& row, const std::vector<Value>* aggs) const {
  const std::string& op = e.name;
  if (op == "AND" || op == "OR" || op == "XOR") {
    Value a = eval(*e.args[0], row, aggs);
    auto as_bool = [&](const Value& v) -> std::optional<bool> {
      if (v.null()) return std::nullopt;
      if (v.t != Value::T::kBool) fail(e.op_span, "cannot apply '" + op + "' to " + type_name(v));
      return v.b;
    };
    std::optional<bool> x = as_bool(a);
    // Short circuit where the answer is known whatever the right side is.
    if (op == "AND" && x == false) return v_bool(false);
    if (op == "OR" && x == true) return v_bool(true);
    std::optional<bool> y = as_bool(eval(*e.args[1], row, aggs));
    if (op == "AND") {
      if (y == false) return v_bool(false);
      return x && y ? v_bool(true) : Value{};
    }
    if (op == "OR") {
      if (y == true) return v_bool(true);
      return x && y ? v_bool(false) : Value{};
    }
    return x && y ? v_bool(*x != *y) : Value{};
  }
  if (op == "=" || op == "<>") {
    for (int side = 0; side < 2; ++side) {
      bool applies = false;
      Value other = eval(*e.args[1 - side], row, aggs);
      auto m = name_matches(*e.args[side], other, row, aggs, applies);
      if (applies) return v_bool(op == "=" ? *m : !*m);
    }
  }
  if (op == "IN") {
    Value list = eval(*e.args[1], row, aggs);
    if (list.null()) return {};
    if (list.t != Value::T::kList) fail(e.op_span, std::string("IN needs a list on its right, got ") + type_name(list));
    bool unknown = false;
    for (const Value& item : *list.list) {
      bool applies = false;
      auto m = name_matches(*e.args[0], item, row, aggs, applies);
      if (!applies) m = equals(eval(*e.args[0], row, aggs), item);
      if (m == true) return v_bool(true);
      if (!m) unknown = true;
    }
    return unknown ? Value{} : v_bool(false);
  }
  Value a = eval(*e.args[0], row, aggs);
  Value b = eval(*e.args[1], row, aggs);
  if (op == "=") return maybe_bool(equals(a, b));
  if (op == "<>") {
    auto r = equals(a, b);
    return r ? v_bool(!*r) : Value{};
  }
  if (op == "<" || op == "<=" || op == ">" || op == ">=") {
    bool comparable = (a.number() && b.number()) || (a.t == b.t && (a.t == Value::T::kString || a.t == Value::T::kBool));
    if (!comparable) return {};
    int c = compare(a, b);
    if (op == "<") return v_bool(c < 0);
    if (op == "<=") return v_bool(c <= 0);
    if (op == ">") return v_bool(c > 0);
    return v_bool(c >= 0);
  }
  if (op == "CONTAINS" || op == "STARTS WITH" || op == "ENDS WITH") {
    if (a.t != Value::T::kString || b.t != Value::T::kString) return {};
    if (op == "CONTAINS") return v_bool(a.s.find(b.s) != std::string::npos);
    if (op == "STARTS WITH") return v_bool(a.s.rfind(b.s, 0) == 0);
    return v_bool(a.s.size() >= b.s.size() && a.s.compare(a.s.size() - b.s.size(), b.s.size(), b.s) == 0);
  }
  auto type_error = [&]() -> Value {
    fail(e.op_span, "cannot apply '" + op + "' to " + type_name(a) + " and " + type_name(b));
  };
  if (op == "+") {
    if (a.null() || b.null()) return {};
    if (a.t == Value::T::kList || b.t == Value::T::kList) {
      std::vector<Value> out;
      for (const Value* x : {&a, &b}) {
        if (x->t == Value::T::kList) out.insert(out.end(), x->list->begin(), x->list->end());
        else out.push_back(*x);
      }
      return v_list(std::move(out));
    }
    if ((a.t == Value::T::kString && (b.t == Value::T::kString || b.number())) ||
        (b.t == Value::T::kString && a.number())) {
      auto str = [](const Value& v) {
        return v.t == Value::T::kString ? v.s : v.t == Value::T::kInt ? std::to_string(v.i) : format_number(v.f);
      };
      return v_str(str(a) + str(b));
    }
  }
  if (a.null() || b.null()) return {};
  if (!a.number() || !b.number()) return type_error();
  if (op == "^") return v_float(std::pow(a.num(), b.num()));
  if ((op == "/" || op == "%") && b.num() == 0) fail(e.op_span, "division by zero");
  if (a.t == Value::T::kInt && b.t == Value::T::kInt) {
    std::int64_t r = 0;
    bool overflow = false;
    if (op == "+") overflow = __builtin_add_overflow(a.i, b.i, &r);
    else if (op == "-") overflow = __builtin_sub_overflow(a.i, b.i, &r);
    else if (op == "*") overflow = __builtin_mul_overflow(a.i, b.i, &r);
    else if (op == "/") overflow = (b.i == -1 && a.i == INT64_MIN) || (r = a.i / b.i, false);
    else r = b.i == -1 ? 0 : a.i % b.i;
    if (overflow) fail(e.op_span, "integer overflow");
    return v_int(r);
  }
  double x = a.num(), y = b.num();
  if (op == "+") return v_float(x + y);
  if (op == "-") return v_float(x - y);
  if (op == "*") return v_float(x * y);
  if (op == "/") return v_float(x / y);
  return v_float(std::fmod(x, y));
}

std::string case_map(const std::string& s, bool to_upper) {
  std::string out;
  for (char32_t c : decode_utf8(s, "<value>")) {
    UChar32 m = to_upper ? u_toupper(static_cast<UChar32>(c)) : u_tolower(static_cast<UChar32>(c));
    append_utf8(out, static_cast<char32_t>(m));
  }
  return out;
}

Value Executor::eval_call(const Expr& e, const Row& row, const std::vector<Value>* aggs) const {
  if (auto it = aggregate_index_.find(&e); it != aggregate_index_.end() && aggs) return (*aggs)[it->second];
  const std::string f = lower(e.name);
  if (f == "exists") {
    const Expr& a = *e.args[0];
    if (a.kind == Expr::Kind::kPattern) return eval(a, row, aggs);
    return v_bool(!eval(a, row, aggs).null());
  }
  if (f == "coalesce") {
    for (const ExprPtr& a : e.args) {
      Value v = eval(*a, row, aggs);
      if (!v.null()) return v;
    }
    return {};
  }
  Value x = eval(*e.args[0], row, aggs);
  if (x.null()) return {};
  auto bad = [&](const char* wants) -> Value {
    fail(e.op_span, "function '" + e.name + "' needs " + wants + ", got " + type_name(x));
  };
  if (f == "type") return x.t == Value::T::kEdge ? v_str(G_[x.e].relation) : bad("a relationship");
  if (f == "labels") {
    if (x.t != Value::T::kNode) return bad("a node");
    return v_list({v_str(std::string(to_string(G_[x.v].type)))});
  }
  if (f == "id") {
    if (x.t == Value::T::kNode) return v_str(G_[x.v].id);
    if (x.t == Value::T::kEdge) return v_str(edge_text(x.e));
    return bad("a node or a relationship");
  }
  if (f == "startnode" || f == "endnode") {
    if (x.t != Value::T::kEdge) return bad("a relationship");
    return v_node(f == "startnode" ? boost::source(x.e, G_) : boost::target(x.e, G_));
  }
  if (f == "length" || f == "size") {
    if (x.t == Value::T::kPath) return v_int(static_cast<std::int64_t>(x.path->edges.size()));
    if (x.t == Value::T::kList) return v_int(static_cast<std::int64_t>(x.list->size()));
    if (x.t == Value::T::kString) return v_int(static_cast<std::int64_t>(decode_utf8(x.s, "<value>").size()));
    return bad("a path, a list or a string");
  }
  if (f == "nodes" || f == "relationships" || f == "rels") {
    if (x.t != Value::T::kPath) return bad("a path");
    std::vector<Value> out;
    if (f == "nodes")
      for (Vertex v : x.path->nodes) out.push_back(v_node(v));
    else
      for (Edge ed : x.path->edges) out.push_back(v_edge(ed));
    return v_list(std::move(out));
  }
  if (f == "head" || f == "last") {
    if (x.t != Value::T::kList) return bad("a list");
    if (x.list->empty()) return {};
    return f == "head" ? x.list->front() : x.list->back();
  }
  if (f == "tolower" || f == "toupper") {
    return x.t == Value::T::kString ? v_str(case_map(x.s, f == "toupper")) : bad("a string");
  }
  if (f == "trim") {
    if (x.t != Value::T::kString) return bad("a string");
    std::size_t b = x.s.find_first_not_of(" \t\r\n"), en = x.s.find_last_not_of(" \t\r\n");
    return v_str(b == std::string::npos ? "" : x.s.substr(b, en - b + 1));
  }
  if (f == "tostring") {
    switch (x.t) {
      case Value::T::kString: return x;
      case Value::T::kInt: return v_str(std::to_string(x.i));
      case Value::T::kFloat: return v_str(format_number(x.f));
      case Value::T::kBool: return v_str(x.b ? "true" : "false");
      default: return v_str(cell(x).text);
    }
  }
  if (f == "tointeger" || f == "tofloat") {
    double d = 0;
    if (x.number()) {
      d = x.num();
    } else if (x.t == Value::T::kString) {
      auto r = std::from_chars(x.s.data(), x.s.data() + x.s.size(), d);
      if (r.ec != std::errc() || r.ptr != x.s.data() + x.s.size()) return {};
    } else {
      return bad("a number or a string");
    }
    if (f == "tofloat") return v_float(d);
    if (!std::isfinite(d) || std::fabs(d) > 9.2e18) return {};
    return v_int(static_cast<std::int64_t>(std::trunc(d)));
  }
  if (f == "abs") {
    if (!x.number()) return bad("a number");
    return x.t == Value::T::kInt ? v_int(x.i < 0 ? -x.i : x.i) : v_float(std::fabs(x.f));
  }
  if (f == "round") {
    if (!x.number()) return bad("a number");
    return v_float(std::round(x.num()));
  }
  // Aggregates outside a projection were refused by the planner.
  fail(e.op_span, "aggregate function '" + e.name + "' is not allowed here");
}

Value Executor::eval(const Expr& e, const Row& row, const std::vector<Value>* aggs) const {
  switch (e.kind) {
    case Expr::Kind::kLiteral: return v_literal(e.literal);
    case Expr::Kind::kParam: return v_literal(params_.at(e.name));
    case Expr::Kind::kVar: return row[var_slot_.at(&e)];
    case Expr::Kind::kProperty: return property(eval(*e.args[0], row, aggs), e.name, e);
    case Expr::Kind::kList: {
      std::vector<Value> items;
      for (const ExprPtr& a : e.args) items.push_back(eval(*a, row, aggs));
      return v_list(std::move(items));
    }
    case Expr::Kind::kIndex: {
      Value list = eval(*e.args[0], row, aggs);
      Value idx = eval(*e.args[1], row, aggs);
      if (list.null() || idx.null()) return {};
      if (list.t != Value::T::kList) fail(e.op_span, std::string("cannot index ") + type_name(list));
      if (idx.t != Value::T::kInt) fail(e.args[1]->span, std::string("a list index must be an integer, got ") + type_name(idx));
      std::int64_t n = static_cast<std::int64_t>(list.list->size());
      std::int64_t k = idx.i < 0 ? n + idx.i : idx.i;
      return k >= 0 && k < n ? (*list.list)[static_cast<std::size_t>(k)] : Value{};
    }
    case Expr::Kind::kUnary: {
      Value a = eval(*e.args[0], row, aggs);
      if (a.null()) return {};
      if (e.name == "NOT") {
        if (a.t != Value::T::kBool) fail(e.op_span, std::string("cannot apply 'NOT' to ") + type_name(a));
        return v_bool(!a.b);
      }
      if (!a.number()) fail(e.op_span, "cannot apply '" + e.name + "' to " + type_name(a));
      if (e.name == "+") return a;
      if (a.t == Value::T::kInt) {
        if (a.i == INT64_MIN) fail(e.op_span, "integer overflow");
        return v_int(-a.i);
      }
      return v_float(-a.f);
    }
    case Expr::Kind::kBinary: return eval_binary(e, row, aggs);
    case Expr::Kind::kIsNull: {
      bool is_null = eval(*e.args[0], row, aggs).null();
      return v_bool(e.negated ? !is_null : is_null);
    }
    case Expr::Kind::kCall: return eval_call(e, row, aggs);
    case Expr::Kind::kPattern: {
      const PartPlan& pp = pattern_plans_.at(&e);
      Row scratch = row;
      std::vector<Edge> used;
      bool found = false;
      const_cast<Executor*>(this)->match_part(pp, scratch, used, no_bound_, [&](Row&) {
        found = true;
        return false;
      });
      return v_bool(found);
    }
  }
  return {};
}

std::int64_t Executor::count_value(const Expr* e, const char* what) const {
  Value v = eval(*e, Row(static_cast<std::size_t>(slot_count_)));
  if (v.t != Value::T::kInt || v.i < 0) {
    fail(e->span, std::string(what) + " needs a non-negative integer, got " + (v.t == Value::T::kInt ? std::to_string(v.i) : type_name(v)));
  }
  return v.i;
}

// ---- running ----------------------------------------------------------------------------------------

struct AggState {
  std::int64_t count = 0;
  std::int64_t isum = 0;
  double fsum = 0;
  bool is_float = false;
  bool seen = false;
  Value best;
  std::vector<Value> items;
  std::vector<Value> distinct_seen;  ///< kept sorted
};

void aggregate_update(AggState& st, const std::string& f, const Value& v) {
  if (f == "count") {
    ++st.count;
  } else if (f == "sum" || f == "avg") {
    ++st.count;
    st.fsum += v.num();
    if (v.t == Value::T::kFloat || __builtin_add_overflow(st.isum, v.i, &st.isum)) st.is_float = true;
  } else if (f == "collect") {
    st.items.push_back(v);
  }
}

std::vector<Row> Executor::project(const ClausePlan& cp, std::vector<Row> rows) {
  const Clause& c = *cp.clause;
  const ProjectionPlan& pr = cp.proj;
  const std::size_t n = pr.items.size();
  auto less = [this](const std::vector<Value>& a, const std::vector<Value>& b) {
    for (std::size_t k = 0; k < a.size() && k < b.size(); ++k) {
      if (int r = compare(a[k], b[k])) return r < 0;
    }
    return a.size() < b.size();
  };
  auto value_less = [this](const Value& a, const Value& b) { return compare(a, b) < 0; };
  std::vector<Row> out;
  if (!pr.aggregating) {
    out = std::move(rows);
    for (Row& r : out) {
      for (std::size_t k = 0; k < n; ++k) r[static_cast<std::size_t>(pr.slots[k])] = eval(*pr.items[k], r);
    }
  } else {
    // Groups in the order their first row came, keyed by the items without aggregates.
    struct Group {
      Row row;
      std::vector<AggState> states;
    };
    std::vector<Group> groups;
    std::map<std::vector<Value>, std::size_t, decltype(less)> index(less);
    auto add_group = [&](const Row& row, std::vector<Value> key) {
      index.emplace(std::move(key), groups.size());
      groups.push_back(Group{row, std::vector<AggState>(pr.aggregates.size())});
      return groups.size() - 1;
    };
    for (const Row& row : rows) {
      std::vector<Value> key;
      for (std::size_t k = 0; k < n; ++k) {
        if (!pr.has_aggregate[k]) key.push_back(eval(*pr.items[k], row));
      }
      auto it = index.find(key);
      std::size_t g = it != index.end() ? it->second : add_group(row, std::move(key));
      for (std::size_t a = 0; a < pr.aggregates.size(); ++a) {
        const Expr& call = *pr.aggregates[a];
        AggState& st = groups[g].states[a];
        if (call.star) {
          ++st.count;
          continue;
        }
        Value v = eval(*call.args[0], row);
        if (v.null()) continue;
        const std::string f = lower(call.name);
        if ((f == "sum" || f == "avg") && !v.number()) {
          fail(call.op_span, "function '" + call.name + "' needs numbers, got " + type_name(v));
        }
        if (call.distinct) {
          auto pos = std::lower_bound(st.distinct_seen.begin(), st.distinct_seen.end(), v, value_less);
          if (pos != st.distinct_seen.end() && compare(*pos, v) == 0) continue;
          st.distinct_seen.insert(pos, v);
        }
        if (f == "min" || f == "max") {
          if (!st.seen || (f == "min" ? compare(v, st.best) < 0 : compare(v, st.best) > 0)) st.best = v;
          st.seen = true;
        } else {
          aggregate_update(st, f, v);
        }
      }
    }
    // With nothing to group by, no rows still make one row: count(*) is 0.
    if (groups.empty() && std::all_of(pr.has_aggregate.begin(), pr.has_aggregate.end(), [](bool b) { return b; })) {
      add_group(Row(static_cast<std::size_t>(slot_count_)), {});
    }
    for (const Group& g : groups) {
      std::vector<Value> results;
      for (std::size_t a = 0; a < pr.aggregates.size(); ++a) {
        const AggState& st = g.states[a];
        const std::string f = lower(pr.aggregates[a]->name);
        if (f == "count") results.push_back(v_int(st.count));
        else if (f == "sum") results.push_back(st.is_float ? v_float(st.fsum) : v_int(st.isum));
        else if (f == "avg") results.push_back(st.count ? v_float(st.fsum / static_cast<double>(st.count)) : Value{});
        else if (f == "collect") results.push_back(v_list(st.items));
        else results.push_back(st.seen ? st.best : Value{});
      }
      Row r(static_cast<std::size_t>(slot_count_));
      for (std::size_t k = 0; k < n; ++k) {
        r[static_cast<std::size_t>(pr.slots[k])] = eval(*pr.items[k], g.row, &results);
      }
      out.push_back(std::move(r));
    }
  }
  if (c.distinct) {
    std::set<std::vector<Value>, decltype(less)> seen(less);
    std::vector<Row> kept;
    for (Row& r : out) {
      std::vector<Value> key;
      for (int s : pr.slots) key.push_back(r[static_cast<std::size_t>(s)]);
      if (seen.insert(std::move(key)).second) kept.push_back(std::move(r));
    }
    out = std::move(kept);
  }
  if (!pr.sort.empty()) {
    std::vector<std::pair<std::vector<Value>, std::size_t>> keyed;
    for (std::size_t i = 0; i < out.size(); ++i) {
      std::vector<Value> key;
      for (const auto& so : pr.sort) {
        key.push_back(so.item >= 0 ? out[i][static_cast<std::size_t>(pr.slots[static_cast<std::size_t>(so.item)])]
                                   : eval(*so.expr, out[i]));
      }
      keyed.emplace_back(std::move(key), i);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
      for (std::size_t k = 0; k < pr.sort.size(); ++k) {
        int r = compare(a.first[k], b.first[k]);
        if (r) return pr.sort[k].descending ? r > 0 : r < 0;
      }
      return false;
    });
    std::vector<Row> sorted;
    for (auto& kv : keyed) sorted.push_back(std::move(out[kv.second]));
    out = std::move(sorted);
  }
  std::size_t skip = c.skip ? static_cast<std::size_t>(count_value(c.skip.get(), "SKIP")) : 0;
  std::size_t limit = c.limit ? static_cast<std::size_t>(count_value(c.limit.get(), "LIMIT")) : out.size();
  if (skip || limit < out.size()) {
    std::size_t b = std::min(skip, out.size());
    std::size_t e = std::min(out.size(), b + std::min(limit, out.size()));
    out = std::vector<Row>(std::make_move_iterator(out.begin() + static_cast<std::ptrdiff_t>(b)),
                           std::make_move_iterator(out.begin() + static_cast<std::ptrdiff_t>(e)));
  }
  if (c.where) {
    std::vector<Row> kept;
    for (Row& r : out) {
      if (truthy(*c.where, r)) kept.push_back(std::move(r));
    }
    out = std::move(kept);
  }
  return out;
}

std::vector<Row> Executor::run_to_return() {
  std::vector<Row> rows(1, Row(static_cast<std::size_t>(slot_count_)));
  for (const ClausePlan& cp : clauses_) {
    const Clause& c = *cp.clause;
    if (c.kind == Clause::Kind::kReturn) break;
    std::vector<Row> next;
    if (c.kind == Clause::Kind::kMatch) {
      std::vector<Edge> used;
      for (Row& row : rows) {
        bool found = false;
        if (checks_pass(cp.pre_checks, row)) {
          match_parts(cp, 0, row, used, [&](Row& r) {
            next.push_back(r);
            found = true;
            return true;
          });
        }
        if (!found && c.optional) next.push_back(row);  // its new variables are still null
      }
    } else if (c.kind == Clause::Kind::kUnwind) {
      for (Row& row : rows) {
        Value list = eval(*c.items[0].expr, row);
        if (list.null()) continue;
        std::vector<Value> items = list.t == Value::T::kList ? *list.list : std::vector<Value>{list};
        for (Value& item : items) {
          next.push_back(row);
          next.back()[static_cast<std::size_t>(cp.unwind_slot)] = std::move(item);
        }
      }
    } else {
      next = project(cp, std::move(rows));
    }
    rows = std::move(next);
  }
  return rows;
}

Cell Executor::cell(const Value& v) const {
  switch (v.t) {
    case Value::T::kNull: return Cell::null();
    case Value::T::kBool: return Cell::boolean(v.b);
    case Value::T::kInt: return Cell::integer(v.i);
    case Value::T::kFloat: return Cell::number(v.f);
    case Value::T::kString: return Cell::string(v.s);
    case Value::T::kList: {
      std::vector<Cell> items;
      for (const Value& x : *v.list) items.push_back(cell(x));
      return Cell::list(items);
    }
    case Value::T::kNode: {
      const NodeProps& n = G_[v.v];
      std::string json = "{\"id\":";
      json.append(json_quote(n.id)).append(",\"label\":").append(json_quote(n.label));
      json.append(",\"type\":").append(json_quote(to_string(n.type))).append("}");
      return Cell::raw(n.id, json);
    }
    case Value::T::kEdge: {
      const Edge e = v.e;
      std::string json = "{\"source\":";
      json.append(json_quote(G_[boost::source(e, G_)].id)).append(",\"relation\":").append(json_quote(G_[e].relation));
      json.append(",\"target\":").append(json_quote(G_[boost::target(e, G_)].id)).append("}");
      return Cell::raw(edge_text(e), json);
    }
    case Value::T::kPath: {
      std::string text, nodes, rels;
      for (Vertex n : v.path->nodes) {
        if (!text.empty()) text += " -> ", nodes += ',';
        text += G_[n].id;
        nodes += json_quote(G_[n].id);
      }
      for (Edge e : v.path->edges) {
        if (!rels.empty()) rels += ',';
        rels += cell(v_edge(e)).json;
      }
      std::string json = "{\"nodes\":[";
      json.append(nodes).append("],\"relationships\":[").append(rels).append("]}");
      return Cell::raw(text, json);
    }
  }
  return Cell::null();
}

ResultTable Executor::result(std::vector<Row> rows) {
  const ClausePlan& cp = clauses_.back();
  std::vector<Row> out = project(cp, std::move(rows));
  ResultTable t;
  t.columns = cp.proj.names;
  for (const Row& r : out) {
    std::vector<Cell> cells;
    for (int s : cp.proj.slots) cells.push_back(cell(r[static_cast<std::size_t>(s)]));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

KnowledgeGraph Executor::subgraph(const std::vector<Row>& rows) {
  std::set<Vertex> nodes;
  std::vector<Edge> edges;
  std::set<const void*> seen_edges;
  std::function<void(const Value&)> collect = [&](const Value& v) {
    switch (v.t) {
      case Value::T::kNode: nodes.insert(v.v); break;
      case Value::T::kEdge:
        if (seen_edges.insert(v.e.get_property()).second) edges.push_back(v.e);
        nodes.insert(boost::source(v.e, G_));
        nodes.insert(boost::target(v.e, G_));
        break;
      case Value::T::kList:
        for (const Value& x : *v.list) collect(x);
        break;
      case Value::T::kPath:
        for (Vertex n : v.path->nodes) collect(v_node(n));
        for (Edge e : v.path->edges) collect(v_edge(e));
        break;
      default: break;
    }
  };
  for (const Row& r : rows) {
    for (const Value& v : r) collect(v);
  }
  KnowledgeGraph out;
  out.graph()[boost::graph_bundle] = G_[boost::graph_bundle];
  std::vector<Vertex> sorted(nodes.begin(), nodes.end());
  std::sort(sorted.begin(), sorted.end(), [&](Vertex a, Vertex b) { return G_[a].id < G_[b].id; });
  for (Vertex v : sorted) out.add_node(G_[v]);
  std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) { return compare(v_edge(a), v_edge(b)) < 0; });
  for (Edge e : edges) out.add_edge(G_[boost::source(e, G_)].id, G_[e], G_[boost::target(e, G_)].id);
  return out;
}

}  // namespace

ResultTable run_query(const KnowledgeGraph& graph, const cypher::Query& query, const QueryParams& params) {
  Executor x(graph, query, params);
  x.plan(true);
  return x.result(x.run_to_return());
}

KnowledgeGraph query_subgraph(const KnowledgeGraph& graph, const cypher::Query& query, const QueryParams& params) {
  Executor x(graph, query, params);
  x.plan(false);
  return x.subgraph(x.run_to_return());
}

}  // namespace kgraph
