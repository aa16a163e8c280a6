// neo4j_export.h - the graph as files for Neo4j: CSV in the `neo4j-admin database import` header format,
// and a Cypher script that loads the same CSV with LOAD CSV into a running database.
//
// Why both: neo4j-admin import is the fast path for an empty database (typed header columns such as
// `amount_usd:double`, `:START_ID`, `:TYPE`); LOAD CSV works on a database that already holds data and needs
// no command line access to the server. Both read the same two CSV files.
//
// Labels: every node is an `:Entity` plus its type (`:ORG`, `:PERSON`, ...); relationship types are kgraph's
// relation names in Neo4j's upper case (`INVESTS_IN`). Lists (aliases, statuses, outlets) use ';' as the array
// delimiter (import.sh passes it to neo4j-admin; load.cypher splits on it).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "kgraph/graph.h"

namespace kgraph {

/// The files, as (name, content): nodes.csv, relationships.csv, load.cypher, import.sh. Content depends only on
/// the graph (sorted as the other writers sort).
std::vector<std::pair<std::string, std::string>> neo4j_files(const KnowledgeGraph& graph);

/// Writes neo4j_files() into directory `dir`, which must not exist yet or be empty: the files are written into
/// a temporary directory beside it and renamed into place, so a failure leaves nothing. Throws Error(kIo).
void write_neo4j_dir(const KnowledgeGraph& graph, const std::string& dir);

}  // namespace kgraph
