// query.h - answering openCypher queries (cypher.h) about a KnowledgeGraph.
//
// A query is planned before any row is made: variables and parameters are resolved to slots (so an
// unknown name is reported with its position even when nothing would match), aggregates are found, and
// each pattern gets a match order. Matching starts from the most selective node of a pattern - one
// already bound, then one given by id (the id index), then one given by name (the folded name index:
// any label or alias in either script), then one with a label, then any node - and walks out- and
// in-edges filtered by relation type from there, so a 1-hop question about one entity touches only that
// entity's edges on a graph of millions. WHERE conditions joined by AND are checked as soon as the
// variables they name are bound, and never after the whole pattern was enumerated.
//
// Semantics follow openCypher: three-valued logic with null; comparing values of different types with
// < <= > >= gives null and = gives false; relationships are unique within one MATCH; OPTIONAL MATCH
// gives nulls where nothing matches; aggregates group by the other items of their projection. One
// extension: n.name = 'x' (and the {name: 'x'} of a pattern) is true when 'x' is any id, label or alias
// of n, compared folded, so {name: 'انفيديا'} finds nvidia.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "kgraph/cypher.h"
#include "kgraph/graph.h"
#include "kgraph/table.h"

namespace kgraph {

/// Values of $parameters by name (without the '$').
using QueryParams = std::map<std::string, cypher::Literal>;

/// A --param value: an integer, a float, true, false or null when it reads as one, else the string itself.
cypher::Literal parse_param_value(std::string_view text);

/// Answers a query that ends with RETURN. Node cells show the id (JSON: {"id","label","type"}),
/// relationship cells "source-[relation]->target", path cells the node ids joined by " -> ".
/// Throws Error (kBadInput) with the three-line message of cypher::query_error for unknown variables,
/// functions, properties and labels, missing parameters, type errors and division by zero.
ResultTable run_query(const KnowledgeGraph& graph, const cypher::Query& query, const QueryParams& params = {});

/// The part of `graph` a query matches: every node and relationship bound - named or not, variable-length
/// steps and paths included - in the rows that reach RETURN (or the end of a query without RETURN), with
/// all their properties and evidence. Throws as run_query.
KnowledgeGraph query_subgraph(const KnowledgeGraph& graph, const cypher::Query& query,
                              const QueryParams& params = {});

}  // namespace kgraph
