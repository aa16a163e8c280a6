// neo4j_export.cpp - see neo4j_export.h.
#include "kgraph/neo4j_export.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "kgraph/error.h"
#include "kgraph/graphml_writer.h"

namespace kgraph {

namespace {

// RFC 4180 quoting, which neo4j-admin and LOAD CSV both read; quoted always, so that a value such as
// "Amazon, Inc." or a sentence with quotes survives.
std::string field(std::string_view s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string join(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += ';';
    // The array delimiter inside an item would split it in two: it becomes a comma.
    for (char c : s) out += c == ';' ? ',' : c;
  }
  return out;
}

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// A relation name as a Cypher identifier: kgraph's vocabulary is [a-z_], but a graph read from another tool
// may carry anything, so anything else becomes '_'.
std::string cypher_type(const std::string& relation) {
  std::string out = upper(relation);
  for (char& c : out) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) c = '_';
  }
  if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "R_" + out;
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> neo4j_files(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  std::string nodes =
      "id:ID,label,label_ar,label_en,type,aliases:string[],documents:string[],mentions:long,part_of,"
      "confidence:double,:LABEL\n";
  for (Vertex v : kg.sorted_vertices()) {
    const NodeProps& n = g[v];
    std::string type(to_string(n.type));
    nodes += field(n.id) + "," + field(n.label) + "," + field(n.label_ar) + "," + field(n.label_en) + "," +
             field(type) + "," + field(join(n.aliases)) + "," + field(join(n.documents)) + "," +
             std::to_string(n.mentions) + "," + field(n.part_of) + "," + format_exact(n.confidence) + "," +
             field("Entity;" + type) + "\n";
  }
  std::string rels =
      ":START_ID,:END_ID,:TYPE,relation,amount_usd:double,amount_qualifier,status,statuses:string[],"
      "reported_by:string[],first_seen,last_seen,in_cycle:boolean,confidence:double,evidence_count:long,sentence\n";
  std::set<std::string> types;
  for (Edge e : kg.sorted_edges()) {
    const EdgeProps& p = g[e];
    types.insert(p.relation);
    rels += field(g[boost::source(e, g)].id) + "," + field(g[boost::target(e, g)].id) + "," +
            field(cypher_type(p.relation)) + "," + field(p.relation) + "," +
            (p.amount_usd ? format_exact(*p.amount_usd) : std::string()) + "," + field(p.amount_qualifier) + "," +
            field(p.status) + "," + field(join(p.statuses)) + "," + field(join(p.reported_by)) + "," +
            field(p.first_seen) + "," + field(p.last_seen) + "," + (p.in_cycle ? "true" : "false") + "," +
            format_exact(p.confidence) + "," + std::to_string(p.evidence.size()) + "," +
            field(p.evidence.empty() ? std::string() : p.evidence.front().sentence) + "\n";
  }

  // LOAD CSV reads every value as a string: numbers, booleans and lists are converted here. Labels and
  // relationship types cannot be parameters in plain Cypher, so each type gets its own statement.
  std::string cypher =
      "// Loads nodes.csv and relationships.csv (written by kgraph) into a running Neo4j database.\n"
      "// Copy both files into the database's import directory, then run this script, e.g.:\n"
      "//   cypher-shell -u neo4j -p PASSWORD -f load.cypher\n"
      "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"
      "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n"
      "MERGE (n:Entity {id: row.`id:ID`})\n"
      "SET n.label = row.label, n.label_ar = row.label_ar, n.label_en = row.label_en, n.type = row.type,\n"
      "    n.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END,\n"
      "    n.documents = CASE row.`documents:string[]` WHEN '' THEN [] ELSE split(row.`documents:string[]`, ';') END,\n"
      "    n.mentions = toInteger(row.`mentions:long`), n.part_of = row.part_of,\n"
      "    n.confidence = toFloat(row.`confidence:double`);\n";
  for (const char* label : {"ORG", "PERSON", "PRODUCT", "MEDIA", "PLACE"}) {
    cypher += std::string("MATCH (n:Entity {type: '") + label + "'}) SET n:" + label + ";\n";
  }
  for (const std::string& rel : types) {
    cypher += "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n"
              "WITH row WHERE row.relation = '" + rel + "'\n"
              "MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})\n"
              "CREATE (a)-[r:" + cypher_type(rel) + "]->(b)\n"
              "SET r.relation = row.relation, r.amount_usd = toFloat(row.`amount_usd:double`),\n"
              "    r.amount_qualifier = row.amount_qualifier, r.status = row.status,\n"
              "    r.statuses = CASE row.`statuses:string[]` WHEN '' THEN [] ELSE split(row.`statuses:string[]`, ';') END,\n"
              "    r.reported_by = CASE row.`reported_by:string[]` WHEN '' THEN [] ELSE split(row.`reported_by:string[]`, ';') END,\n"
              "    r.first_seen = row.first_seen, r.last_seen = row.last_seen,\n"
              "    r.in_cycle = row.`in_cycle:boolean` = 'true', r.confidence = toFloat(row.`confidence:double`),\n"
              "    r.evidence_count = toInteger(row.`evidence_count:long`), r.sentence = row.sentence;\n";
  }
  std::string script =
      "#!/bin/sh\n"
      "# Imports nodes.csv and relationships.csv (written by kgraph) into a new, empty Neo4j database.\n"
      "# Usage: sh import.sh [DATABASE]   (default neo4j; stop the database first; Neo4j 5's neo4j-admin)\n"
      "set -eu\n"
      "cd \"$(dirname \"$0\")\"\n"
      "# The database name comes before the file options: --nodes and --relationships take several values,\n"
      "# and Neo4j 5.19 and later would read a name after them as one more file.\n"
      "neo4j-admin database import full \"${1:-neo4j}\" --overwrite-destination --array-delimiter=';' \\\n"
      "  --nodes=nodes.csv --relationships=relationships.csv\n";
  return {{"nodes.csv", nodes}, {"relationships.csv", rels}, {"load.cypher", cypher}, {"import.sh", script}};
}

void write_neo4j_dir(const KnowledgeGraph& graph, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target(dir);
  if (fs::exists(target, ec) && !(fs::is_directory(target, ec) && fs::is_empty(target, ec))) {
    throw Error(ErrorCode::kIo, "cannot write " + dir + ": it exists and is not an empty directory");
  }
  fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(parent, ec)) throw Error(ErrorCode::kIo, "cannot write " + dir + ": no directory " + parent.string());
  std::random_device rd;
  fs::path tmp = parent / (target.filename().string() + ".tmp-" + std::to_string(rd()));
  try {
    fs::create_directory(tmp);
    for (const auto& [name, content] : neo4j_files(graph)) {
      std::ofstream out(tmp / name, std::ios::binary);
      out << content;
      out.close();
      if (!out) throw Error(ErrorCode::kIo, "cannot write " + (target / name).string());
    }
    if (fs::exists(target, ec)) fs::remove(target);  // the empty directory it replaces
    fs::rename(tmp, target);
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(tmp, ec);
    throw Error(ErrorCode::kIo, "cannot write " + dir + ": " + e.code().message());
  } catch (...) {
    fs::remove_all(tmp, ec);
    throw;
  }
}

}  // namespace kgraph
