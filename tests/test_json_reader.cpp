// Reading node-link JSON back (json_reader.h): byte-identical round trips through JsonWriter, inputs in
// NetworkX's own shape, and errors that name the line and column of the offending value.
#define BOOST_TEST_MODULE test_json_reader
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

#include "kgraph/cycles.h"
#include "kgraph/error.h"
#include "kgraph/json_reader.h"
#include "kgraph/json_writer.h"
#include "kgraph/graphml_reader.h"
#include "kgraph/graphml_writer.h"

using namespace kgraph;

namespace {

EntityRecord entity(const std::string& id, EntityType type, const std::string& en, const std::string& ar,
                    const std::string& part_of = "") {
  EntityRecord e;
  e.id = id;
  e.type = type;
  e.label_en = en;
  e.label_ar = ar;
  e.aliases = {en.empty() ? ar : en};
  e.mentions = 2;
  e.method = "lexicon";
  e.part_of = part_of;
  return e;
}

RelationRecord relation(const std::string& src, const std::string& rel, const std::string& dst,
                        const std::string& doc, const std::string& sentence) {
  RelationRecord r;
  r.source = src;
  r.relation = rel;
  r.target = dst;
  r.evidence.doc_id = doc;
  r.evidence.sentence = sentence;
  r.evidence.sentence_span = {10, 60};
  r.evidence.source_span = {12, 18};
  r.evidence.target_span = {40, 47};
  r.evidence.trigger_span = {20, 25};
  r.evidence.rule_id = "r1";
  r.evidence.date = "2025-10-01";
  return r;
}

// Two articles with every field filled in somewhere: Arabic, escapes, a unit with part_of, amounts that
// are whole and not, qualifiers, statuses with and without cues, confidences below 1, a cycle.
KnowledgeGraph rich_graph() {
  ArticleResult a;
  a.doc_id = "02_amazon_anthropic";
  a.entities = {entity("amazon", EntityType::kOrg, "Amazon", "أمازون"),
                entity("anthropic", EntityType::kOrg, "Anthropic", "أنثروبيك"),
                entity("aws", EntityType::kOrg, "AWS", "", "amazon"),
                entity("andy_jassy", EntityType::kPerson, "", "آندي جاسي")};
  a.entities[3].confidence = 0.75;
  a.entities[3].method = "title";
  RelationRecord r1 = relation("amazon", "invests_in", "anthropic", a.doc_id,
                               "ضخت أمازون 4 مليارات دولار إضافية في أنثروبيك \"لتصل\" إلى 8 مليارات & أكثر.");
  r1.evidence.amount_usd = 4e9;
  r1.evidence.amount_text = "4 مليارات دولار";
  r1.evidence.status = "completed";
  r1.evidence.confidence = 0.95;
  RelationRecord r2 = r1;
  r2.evidence.sentence = "Amazon's total: up to $8B.\nSecond line.";
  r2.evidence.amount_usd = 8e9;
  r2.evidence.amount_qualifier = "up_to";
  r2.evidence.status = "announced";
  r2.evidence.status_cue = "أعلنت";
  RelationRecord r3 = relation("anthropic", "buys_services_from", "aws", a.doc_id, "تستخدم أنثروبيك AWS.");
  r3.evidence.amount_usd = 1234567.89;
  r3.evidence.amount_qualifier = "about";
  r3.evidence.confidence = 0.6;
  RelationRecord r4 = relation("anthropic", "competes_with", "amazon", a.doc_id, "تتنافس...");
  a.relations = {r1, r2, r3, r4};

  ArticleResult b;
  b.doc_id = "b\\doc";
  b.entities = {entity("andy_jassy", EntityType::kPerson, "Andy Jassy", "آندي جاسي"),
                entity("amazon", EntityType::kOrg, "Amazon", "أمازون")};
  b.entities[0].confidence = 0.5;  // less sure than in the first article, which keeps its description
  b.entities[0].method = "latin-name";
  b.relations = {relation("andy_jassy", "ceo_of", "amazon", b.doc_id, "tab\there")};
  KnowledgeGraph g;
  g.merge(a);
  g.merge(b);
  g.graph()[boost::graph_bundle].name = "rich \"graph\"";
  mark_cycles(g, find_money_cycles(g));
  return g;
}

std::string write_json(const KnowledgeGraph& g) {
  std::ostringstream os;
  JsonWriter().write(g, os);
  return os.str();
}

KnowledgeGraph read_json(const std::string& text) { return JsonReader().read(text, "in.json"); }

// Runs the reader on `text` and checks the error: kBadInput at line:column, with `words` in the message.
void expect_error(const std::string& text, std::size_t line, std::size_t column, const std::string& words) {
  try {
    read_json(text);
    BOOST_ERROR("no error for: " << text);
  } catch (const Error& e) {
    BOOST_TEST((e.code() == ErrorCode::kBadInput));
    BOOST_TEST(e.where().file == "in.json");
    BOOST_TEST(e.where().line == line, e.describe());
    BOOST_TEST(e.where().column == column, e.describe());
    BOOST_TEST(e.message().find(words) != std::string::npos, e.describe());
  }
}

// A valid link for building error cases around.
const std::string kEvidence = R"([{"doc_id": "d", "sentence": "s"}])";

}  // namespace

// --- round trips --------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(round_trip_is_byte_identical) {
  std::string first = write_json(rich_graph());
  std::string second = write_json(read_json(first));
  BOOST_TEST(second == first);
  BOOST_TEST(write_json(read_json(second)) == first);
}

BOOST_AUTO_TEST_CASE(round_trip_of_empty_graph) {
  std::string first = write_json(KnowledgeGraph());
  BOOST_TEST(first == "{\n \"directed\": true,\n \"multigraph\": true,\n \"graph\": {\n  \"name\": \"kgraph\",\n"
                      "  \"documents\": []\n },\n \"nodes\": [],\n \"links\": []\n}\n");
  BOOST_TEST(write_json(read_json(first)) == first);
}

BOOST_AUTO_TEST_CASE(round_trip_keeps_every_field) {
  KnowledgeGraph original = rich_graph();
  KnowledgeGraph back = read_json(write_json(original));
  const Graph& a = original.graph();
  const Graph& b = back.graph();
  BOOST_TEST(b[boost::graph_bundle].name == "rich \"graph\"");
  BOOST_TEST((b[boost::graph_bundle].documents == a[boost::graph_bundle].documents));
  BOOST_REQUIRE_EQUAL(back.node_count(), original.node_count());
  BOOST_REQUIRE_EQUAL(back.edge_count(), original.edge_count());

  const NodeProps& jassy = b[*back.find("andy_jassy")];
  BOOST_TEST(to_string(jassy.type) == "PERSON");
  BOOST_TEST(jassy.label == "Andy Jassy");
  BOOST_TEST(jassy.label_ar == "آندي جاسي");
  BOOST_TEST(jassy.confidence == 0.75);
  BOOST_TEST(jassy.method == "title");
  BOOST_TEST(jassy.mentions == 4u);
  BOOST_TEST((jassy.documents == std::set<std::string>{"02_amazon_anthropic", "b\\doc"}));
  BOOST_TEST(b[*back.find("aws")].part_of == "amazon");
  BOOST_TEST(b[*back.find("amazon")].part_of == "");

  auto ea = original.sorted_edges();
  auto eb = back.sorted_edges();
  for (std::size_t i = 0; i < ea.size(); ++i) {
    const EdgeProps& x = a[ea[i]];
    const EdgeProps& y = b[eb[i]];
    BOOST_TEST(y.relation == x.relation);
    BOOST_TEST((y.amount_usd == x.amount_usd));
    BOOST_TEST(y.amount_qualifier == x.amount_qualifier);
    BOOST_TEST((y.amounts == x.amounts));
    BOOST_TEST(y.status == x.status);
    BOOST_TEST((y.statuses == x.statuses));
    BOOST_TEST(y.in_cycle == x.in_cycle);
    BOOST_TEST(y.confidence == x.confidence);
    BOOST_REQUIRE_EQUAL(y.evidence.size(), x.evidence.size());
    for (std::size_t k = 0; k < x.evidence.size(); ++k) {
      const Evidence& p = x.evidence[k];
      const Evidence& q = y.evidence[k];
      BOOST_TEST(q.doc_id == p.doc_id);
      BOOST_TEST(q.sentence == p.sentence);
      BOOST_TEST((q.sentence_span == p.sentence_span));
      BOOST_TEST((q.source_span == p.source_span));
      BOOST_TEST((q.target_span == p.target_span));
      BOOST_TEST((q.trigger_span == p.trigger_span));
      BOOST_TEST(q.rule_id == p.rule_id);
      BOOST_TEST((q.amount_usd == p.amount_usd));
      BOOST_TEST(q.amount_text == p.amount_text);
      BOOST_TEST(q.amount_qualifier == p.amount_qualifier);
      BOOST_TEST(q.status == p.status);
      BOOST_TEST(q.status_cue == p.status_cue);
      BOOST_TEST(q.date == p.date);
      BOOST_TEST(q.confidence == p.confidence);
    }
  }
  // The cycle amazon -> anthropic -> aws(amazon) was marked before writing and is still marked.
  std::size_t marked = 0;
  for (Edge e : eb) marked += b[e].in_cycle ? 1 : 0;
  BOOST_TEST(marked == 2u);
}

// --- other producers ------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(reads_networkx_shape_with_edges_key) {
  // What json.dumps(nx.node_link_data(G, edges="edges")) gives for a small hand-made graph.
  KnowledgeGraph g = read_json(R"({"directed": true, "multigraph": false, "graph": {},
    "nodes": [{"id": "b", "type": "PERSON"}, {"id": "a"}],
    "edges": [{"source": "a", "target": "b", "relation": "invests_in", "amount_usd": 5e8,
               "evidence": [{"sentence": "a funds b"}]}]})");
  BOOST_REQUIRE_EQUAL(g.node_count(), 2u);
  BOOST_REQUIRE_EQUAL(g.edge_count(), 1u);
  const Graph& gg = g.graph();
  BOOST_TEST(gg[*g.find("a")].label == "a");
  BOOST_TEST(to_string(gg[*g.find("a")].type) == "ORG");
  BOOST_TEST(to_string(gg[*g.find("b")].type) == "PERSON");
  const EdgeProps& e = gg[g.sorted_edges().front()];
  BOOST_TEST(*e.amount_usd == 5e8);
  BOOST_TEST(e.evidence.front().sentence == "a funds b");
  BOOST_TEST(e.confidence == 1.0);
  BOOST_TEST(gg[boost::graph_bundle].name == "kgraph");
}

BOOST_AUTO_TEST_CASE(symmetric_link_given_backwards_is_stored_forwards) {
  KnowledgeGraph g = read_json(R"({"nodes": [{"id": "b"}, {"id": "a"}],
    "links": [{"source": "b", "target": "a", "relation": "competes_with",
               "evidence": [{"source_start": 1, "source_end": 2, "target_start": 7, "target_end": 9}]}]})");
  const Graph& gg = g.graph();
  Edge e = g.sorted_edges().front();
  BOOST_TEST(gg[boost::source(e, gg)].id == "a");
  BOOST_TEST((gg[e].evidence.front().source_span == Span{7, 9}));
}

// --- errors -----------------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(syntax_error_has_line_and_column) {
  expect_error("{\n \"nodes\": [\n  {\"id\": \"a\",}\n ]\n}", 3, 14, "invalid JSON");
  expect_error("", 1, 1, "invalid JSON");
  expect_error("not json", 1, 2, "invalid JSON");  // RapidJSON stops after the 'n'
}

BOOST_AUTO_TEST_CASE(root_and_lists_must_have_the_right_shape) {
  expect_error("[1, 2]", 1, 1, "the document: expected an object, found an array");
  expect_error("{\"links\": []}", 1, 1, "missing \"nodes\"");
  expect_error("{\n \"nodes\": {}\n}", 2, 11, "nodes: expected an array, found an object");
  expect_error("{\"nodes\": [], \"links\": 3}", 1, 24, "links: expected an array, found a number");
  expect_error("{\"nodes\": [7]}", 1, 12, "nodes[0]: expected an object, found a number");
}

BOOST_AUTO_TEST_CASE(missing_id_is_reported_at_the_node) {
  expect_error("{\n \"nodes\": [\n  {\"id\": \"a\"},\n  {\"label\": \"no id\"}\n ]\n}", 4, 3,
               "nodes[1]: missing \"id\"");
}

BOOST_AUTO_TEST_CASE(wrong_field_types_are_reported_at_the_value) {
  expect_error("{\"nodes\": [{\"id\": 12}]}", 1, 19, "nodes[0].id: expected a string, found a number");
  expect_error("{\"nodes\": [\n {\"id\": \"a\", \"mentions\": \"3\"}]}", 2, 26,
               "nodes[0].mentions: expected a non-negative integer, found a string");
  expect_error("{\"nodes\": [\n {\"id\": \"a\", \"mentions\": -1}]}", 2, 26, "non-negative integer");
  expect_error("{\"nodes\": [\n {\"id\": \"a\", \"aliases\": [\"x\", 1]}]}", 2, 31, "nodes[0].aliases[1]");
  expect_error("{\"nodes\": [\n {\"id\": \"a\", \"type\": \"COMPANY\"}]}", 2, 22, "unknown entity type");
  expect_error("{\"nodes\": [\n {\"id\": \"a\", \"part_of\": false}]}", 2, 25, "a string or null");
  // Columns count code points, so Arabic before the value does not shift them.
  expect_error("{\"nodes\": [{\"id\": \"a\", \"label\": \"أمازون\", \"confidence\": \"high\"}]}", 1, 57,
               "nodes[0].confidence: expected a number, found a string");
}

BOOST_AUTO_TEST_CASE(link_errors) {
  const std::string nodes = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n \"links\": [\n";
  expect_error(nodes + "  {\"source\": \"a\", \"target\": \"ghost\", \"relation\": \"invests_in\", \"evidence\": " +
                   kEvidence + "}]}",
               3, 29, "links[0].target: names no node of this graph");
  expect_error(nodes + "  {\"source\": \"a\", \"target\": \"b\", \"evidence\": " + kEvidence + "}]}", 3, 3,
               "links[0]: missing \"relation\"");
  expect_error(nodes + "  {\"source\": \"a\", \"target\": \"b\", \"relation\": \"invests_in\", \"in_cycle\": 1, " +
                   "\"evidence\": " + kEvidence + "}]}",
               3, 72, "links[0].in_cycle: expected true or false");
  expect_error(nodes + "  {\"source\": \"a\", \"target\": \"b\", \"relation\": \"invests_in\", \"amount_usd\": \"1B\", " +
                   "\"evidence\": " + kEvidence + "}]}",
               3, 74, "links[0].amount_usd: expected a number or null");
  expect_error(nodes + "  {\"source\": \"a\", \"target\": \"b\", \"relation\": \"invests_in\",\n" +
                   "   \"evidence\": [{\"sentence\": \"s\", \"sentence_start\": 1.5}]}]}",
               4, 53, "links[0].evidence[0].sentence_start: expected a non-negative integer");
}

BOOST_AUTO_TEST_CASE(duplicates_are_errors) {
  expect_error("{\"nodes\": [{\"id\": \"a\"},\n {\"id\": \"a\"}]}", 2, 9, "nodes[1].id: a node with this id");
  const std::string link = "{\"source\": \"a\", \"target\": \"b\", \"relation\": \"competes_with\", \"evidence\": " +
                           kEvidence + "}";
  const std::string reversed = "{\"source\": \"b\", \"target\": \"a\", \"relation\": \"competes_with\", \"evidence\": " +
                               kEvidence + "}";
  // b competes_with a is a competes_with b: the second is a duplicate.
  expect_error("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"links\": [" + link + ",\n " + reversed + "]}", 2, 2,
               "links[1]: a link a -competes_with-> b comes earlier");
}

BOOST_AUTO_TEST_CASE(describe_names_file_line_and_column) {
  try {
    read_json("{\"nodes\": [{\"id\": true}]}");
    BOOST_ERROR("no error");
  } catch (const Error& e) {
    BOOST_TEST(e.describe() == "in.json:1:19: nodes[0].id: expected a string, found a boolean (near 'true')");
  }
}

// --- the document table ---------------------------------------------------------------------------------------

// Titles, addresses and outlets merged from articles survive JSON and GraphML; the first value of each field
// wins when a document is merged twice; a date alone makes no entry (it is on the evidence already).
BOOST_AUTO_TEST_CASE(document_table_round_trips) {
  KnowledgeGraph g;
  ArticleResult a;
  a.doc_id = "d1";
  a.title = "إنفيديا تستثمر في أوبن إيه آي";
  a.url = "https://example.org/a?x=1&y=<2>";
  a.date = "2025-09-22";
  g.merge(a);
  ArticleResult again = a;
  again.title = "another title";
  again.source = "رويترز";
  g.merge(again);
  ArticleResult dated_only;
  dated_only.doc_id = "d2";
  dated_only.date = "2025-10-01";
  g.merge(dated_only);
  const auto& info = g.graph()[boost::graph_bundle].document_info;
  BOOST_TEST(info.size() == 1u);
  BOOST_TEST((info.at("d1") == DocumentInfo{"إنفيديا تستثمر في أوبن إيه آي", "2025-09-22",
                                            "https://example.org/a?x=1&y=<2>", "رويترز"}));
  std::string json = write_json(g);
  BOOST_TEST(json.find(R"("document_info": {)") != std::string::npos);
  BOOST_TEST(read_json(json).graph()[boost::graph_bundle].document_info == info);
  std::ostringstream graphml;
  GraphmlWriter().write(g, graphml);
  BOOST_TEST(GraphmlReader().read(graphml.str(), "g.graphml").graph()[boost::graph_bundle].document_info == info);
}

BOOST_AUTO_TEST_CASE(document_table_errors_are_located) {
  expect_error("{\"graph\": {\"document_info\": []}, \"nodes\": [], \"links\": []}", 1, 29, "expected an object of documents");
  expect_error("{\"graph\": {\"document_info\": {\"d\": {\"title\": 3}}}, \"nodes\": [], \"links\": []}", 1, 45,
               "expected a string or null");
}
