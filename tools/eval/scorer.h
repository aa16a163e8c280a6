// scorer.h - one extracted graph against one gold document, with kg_score.py's matching rules.
//
// The rules (../shared/eval/README.md, kg_score.py score_doc):
//   - a node's names are its id, label, label_ar, label_en and aliases; each gives name_fold keys, and the
//     node maps to the gold entity sharing the most keys with it (the first such entity on a tie); a node
//     that shares none is a wrong entity. Found required entities are true positives, missing ones false
//     negatives; optional entities are never required.
//   - only edges whose relation is in the gold vocabulary (every rel and alt of the whole file) are
//     scored; edges are taken in the graph writers' order and count once per (mapped source, relation,
//     mapped target); an edge hits the first gold relation that names its relation (rel or alt) between
//     the same mapped ends, or the reversed ends for the symmetric competes_with / partners_with.
//   - a hit on an optional gold relation counts nothing either way; the first hit on a required one is a
//     true positive, further hits on it count nothing; an edge that hits nothing is a false positive;
//     required gold relations never hit are false negatives.
//   - at a true positive, a gold amount (non-zero) is right when the edge's amount is within 1% of it, and
//     a gold status (non-empty) when the edge's status is the same string.
// The graph is read through PredGraph, a plain view with the fields the JSON writer exports, so the
// scorer sees exactly what kg_score.py sees in the exported file (tests build PredGraphs by hand).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "eval/gold.h"
#include "kgraph/graph.h"

namespace kgraph::eval {

struct PredNode {
  std::string id;
  std::string label;
  std::vector<std::string> names;  ///< id, label, label_ar, label_en, aliases: what the scorer matches
};

struct PredEdge {
  std::string source;  ///< node id
  std::string relation;
  std::string target;  ///< node id
  std::optional<double> amount_usd;
  std::string status;  ///< "" = none
};

struct PredGraph {
  std::vector<PredNode> nodes;
  std::vector<PredEdge> edges;
};

/// The view of `graph` that its JSON export gives: nodes and edges in the writers' order
/// (sorted_vertices, sorted_edges), a non-finite amount as no amount.
PredGraph pred_view(const KnowledgeGraph& graph);

/// A scored relation whose amount or status is not the gold one.
struct Mismatch {
  std::string src, rel, dst;  ///< the gold relation
  std::string got;            ///< the graph's value, "none" when it has none
  std::string want;           ///< the gold value
};

struct DocScore {
  std::string doc;
  std::size_t ent_tp = 0, ent_fp = 0, ent_fn = 0;
  std::size_t rel_tp = 0, rel_fp = 0, rel_fn = 0;
  std::size_t amount_ok = 0, amount_n = 0, status_ok = 0, status_n = 0;
  std::size_t unscored_edges = 0;         ///< edges whose relation is outside the gold vocabulary
  std::vector<std::string> missed;         ///< "src -rel-> dst" in gold ids
  std::vector<std::string> false_positives;  ///< "source -rel-> target" in graph node ids
  std::vector<std::string> unmatched_nodes;  ///< labels (the id when the label is empty)
  std::vector<Mismatch> amount_errors;
  std::vector<Mismatch> status_errors;
};

DocScore score_doc(const GoldDoc& doc, const std::set<std::string>& vocabulary, const PredGraph& graph);

/// Sums of the counts of several documents (the lists are left empty).
DocScore total(const std::vector<DocScore>& docs);

struct Prf {
  double p = 0, r = 0, f1 = 0;
};
/// Precision, recall and F1 computed as kg_score.prf does, operation for operation, so the printed
/// figures round the same way.
Prf prf(std::size_t tp, std::size_t fp, std::size_t fn);

/// An amount as a reader wants it: a whole number of dollars without exponent, else the shortest
/// round-trip form.
std::string format_amount(double usd);

}  // namespace kgraph::eval
