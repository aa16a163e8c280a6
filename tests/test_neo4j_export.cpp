// Unit tests for neo4j_export.h: the CSV in neo4j-admin's header format and the LOAD CSV script.
#define BOOST_TEST_MODULE neo4j_export
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kgraph/error.h"
#include "kgraph/neo4j_export.h"

using namespace kgraph;

namespace {
KnowledgeGraph sample() {
  KnowledgeGraph g;
  NodeProps a;
  a.id = "nvidia", a.label = "Nvidia", a.label_ar = "إنفيديا", a.label_en = "Nvidia", a.aliases = {"Nvidia", "إنفيديا"};
  a.documents = {"d1"}, a.mentions = 2;
  NodeProps b;
  b.id = "openai", b.label = "OpenAI", b.aliases = {"OpenAI, Inc."}, b.mentions = 1, b.confidence = 0.5;
  g.add_node(a);
  g.add_node(b);
  EdgeProps e;
  e.relation = "invests_in", e.amount_usd = 22400000000.0, e.amount_qualifier = "up_to", e.status = "planned";
  e.statuses = {"planned", "in_talks"}, e.confidence = 0.85, e.first_seen = "2025-09-22";
  Evidence ev;
  ev.doc_id = "d1", ev.sentence = "قالت \"إنفيديا\" إنها ستستثمر";
  e.evidence = {ev};
  g.add_edge("nvidia", e, "openai");
  EdgeProps c;
  c.relation = "competes_with", c.confidence = 0.7;
  g.add_edge("nvidia", c, "openai");
  return g;
}
std::string file(const std::vector<std::pair<std::string, std::string>>& files, const std::string& name) {
  for (const auto& [n, content] : files) {
    if (n == name) return content;
  }
  return "<missing>";
}
}  // namespace

BOOST_AUTO_TEST_CASE(nodes_and_relationships_in_the_import_header_format) {
  auto files = neo4j_files(sample());
  BOOST_TEST(file(files, "nodes.csv") ==
             "id:ID,label,label_ar,label_en,type,aliases:string[],documents:string[],mentions:long,part_of,"
             "confidence:double,:LABEL\n"
             "\"nvidia\",\"Nvidia\",\"إنفيديا\",\"Nvidia\",\"ORG\",\"Nvidia;إنفيديا\",\"d1\",2,\"\",1,\"Entity;ORG\"\n"
             "\"openai\",\"OpenAI\",\"\",\"\",\"ORG\",\"OpenAI, Inc.\",\"\",1,\"\",0.5,\"Entity;ORG\"\n");
  BOOST_TEST(file(files, "relationships.csv") ==
             ":START_ID,:END_ID,:TYPE,relation,amount_usd:double,amount_qualifier,status,statuses:string[],"
             "reported_by:string[],first_seen,last_seen,in_cycle:boolean,confidence:double,evidence_count:long,"
             "sentence\n"
             "\"nvidia\",\"openai\",\"COMPETES_WITH\",\"competes_with\",,\"\",\"\",\"\",\"\",\"\",\"\",false,0.7,0,\"\"\n"
             "\"nvidia\",\"openai\",\"INVESTS_IN\",\"invests_in\",22400000000,\"up_to\",\"planned\","
             "\"in_talks;planned\",\"\",\"2025-09-22\",\"\",false,0.85,1,\"قالت \"\"إنفيديا\"\" إنها ستستثمر\"\n");
}

BOOST_AUTO_TEST_CASE(load_script_has_one_statement_per_relationship_type) {
  std::string cypher = file(neo4j_files(sample()), "load.cypher");
  BOOST_TEST(cypher.find("CREATE (a)-[r:INVESTS_IN]->(b)") != std::string::npos);
  BOOST_TEST(cypher.find("CREATE (a)-[r:COMPETES_WITH]->(b)") != std::string::npos);
  BOOST_TEST(cypher.find("MATCH (n:Entity {type: 'ORG'}) SET n:ORG;") != std::string::npos);
  BOOST_TEST(file(neo4j_files(sample()), "import.sh").find("--array-delimiter=';'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(directory_written_whole_or_not_at_all) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "kgraph-neo4j-test";
  fs::remove_all(dir);
  write_neo4j_dir(sample(), dir.string());
  BOOST_TEST(fs::exists(dir / "nodes.csv"));
  BOOST_TEST(fs::exists(dir / "load.cypher"));
  // A directory that holds files already is left alone.
  BOOST_CHECK_THROW(write_neo4j_dir(sample(), dir.string()), Error);
  BOOST_TEST(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 4);
  fs::remove_all(dir);
}
