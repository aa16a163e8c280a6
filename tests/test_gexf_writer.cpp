// The GEXF 1.3 writer (gexf_writer.h): the whole file of a small graph byte for byte (an Arabic id, two
// relations between one pair, a symmetric relation, an exact amount, an edge without evidence, dates
// full and partial), node sizes, and the static case.
#define BOOST_TEST_MODULE gexf_writer
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

#include "kgraph/gexf_writer.h"
#include "test_support.h"

using namespace kgraph;

namespace {

EntityRecord entity(const std::string& id, EntityType type, const std::string& en, const std::string& ar) {
  return test::lexicon_entity(id, type, en, ar, 1);
}

RelationRecord relation(const std::string& src, const std::string& rel, const std::string& dst,
                        const std::string& doc, const std::string& date, const std::string& sentence) {
  RelationRecord r;
  r.source = src;
  r.relation = rel;
  r.target = dst;
  r.evidence.doc_id = doc;
  r.evidence.date = date;
  r.evidence.sentence = sentence;
  r.evidence.rule_id = "test";
  r.evidence.status = "announced";
  return r;
}

// nvidia and openai: invests_in ($100B, planned, dated, reported twice) and partners_with (symmetric, given as
// openai -> nvidia, stored nvidia -> openai); openai buys services from أرامكو for $22.4B with an event
// date of a month only (so the edge starts at its article date); أرامكو related_to nvidia with no
// evidence (as a graph read from another tool may have).
KnowledgeGraph small_graph() {
  KnowledgeGraph g;
  ArticleResult one;
  one.doc_id = "d1";
  one.date = "2025-09-22";
  one.entities = {entity("nvidia", EntityType::kOrg, "Nvidia", "إنفيديا"),
                  entity("openai", EntityType::kOrg, "OpenAI", "أوبن إيه آي")};
  RelationRecord invest = relation("nvidia", "invests_in", "openai", "d1", "2025-09-22",
                                   "تستثمر إنفيديا \"حتى\" 100 مليار دولار & أكثر\nفي أوبن إيه آي");
  invest.evidence.amount_usd = 1e11;
  invest.evidence.amount_qualifier = "up_to";
  invest.evidence.status = "planned";
  invest.evidence.status_cue = "تعتزم";
  one.relations = {invest, relation("openai", "partners_with", "nvidia", "d1", "2025-09-22", "شراكة")};
  g.merge(one);

  ArticleResult two;
  two.doc_id = "d2";
  two.date = "2025-10-01";
  two.entities = {entity("nvidia", EntityType::kOrg, "Nvidia", "إنفيديا"),
                  entity("openai", EntityType::kOrg, "OpenAI", "أوبن إيه آي"),
                  entity("أرامكو", EntityType::kOrg, "", "أرامكو")};
  RelationRecord buys = relation("openai", "buys_services_from", "أرامكو", "d2", "2025-10-01", "عقد بقيمة 22.4 مليار دولار");
  buys.evidence.amount_usd = 22.4e9;
  buys.evidence.event_date = "2025-09";
  // A second report of the investment: two pieces of evidence, so weight 2 and last_seen moves on.
  two.relations = {buys, relation("nvidia", "invests_in", "openai", "d2", "2025-10-01", "استثمار إنفيديا")};
  g.merge(two);

  EdgeProps bare;
  bare.relation = "related_to";
  g.add_edge("أرامكو", bare, "nvidia");
  return g;
}

std::string render(const KnowledgeGraph& g) {
  std::ostringstream out;
  GexfWriter().write(g, out);
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_CASE(small_graph_byte_for_byte) {
  const std::string expected = R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
 <meta>
  <creator>kgraph</creator>
  <description>kgraph (2 documents)</description>
 </meta>
 <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
  <attributes class="node" mode="static">
   <attribute id="type" title="type" type="string"/>
   <attribute id="label_ar" title="label_ar" type="string"/>
   <attribute id="label_en" title="label_en" type="string"/>
   <attribute id="aliases" title="aliases" type="string"/>
   <attribute id="documents" title="documents" type="integer"/>
   <attribute id="mentions" title="mentions" type="integer"/>
   <attribute id="part_of" title="part_of" type="string"/>
   <attribute id="confidence" title="confidence" type="double"/>
   <attribute id="money_usd" title="money_usd" type="double"/>
  </attributes>
  <attributes class="edge" mode="static">
   <attribute id="amount_usd" title="amount_usd" type="double"/>
   <attribute id="amount_qualifier" title="amount_qualifier" type="string"/>
   <attribute id="status" title="status" type="string"/>
   <attribute id="statuses" title="statuses" type="string"/>
   <attribute id="reported_by" title="reported_by" type="string"/>
   <attribute id="confidence" title="confidence" type="double"/>
   <attribute id="evidence_count" title="evidence_count" type="integer"/>
   <attribute id="in_cycle" title="in_cycle" type="boolean"/>
   <attribute id="first_seen" title="first_seen" type="string"/>
   <attribute id="last_seen" title="last_seen" type="string"/>
   <attribute id="sentence" title="sentence" type="string"/>
  </attributes>
  <nodes>
   <node id="nvidia" label="Nvidia">
    <attvalues>
     <attvalue for="type" value="ORG"/>
     <attvalue for="label_ar" value="إنفيديا"/>
     <attvalue for="label_en" value="Nvidia"/>
     <attvalue for="aliases" value="Nvidia | إنفيديا"/>
     <attvalue for="documents" value="2"/>
     <attvalue for="mentions" value="2"/>
     <attvalue for="confidence" value="1"/>
     <attvalue for="money_usd" value="100000000000"/>
    </attvalues>
    <viz:color r="66" g="133" b="244"/>
    <viz:size value="44.17"/>
   </node>
   <node id="openai" label="OpenAI">
    <attvalues>
     <attvalue for="type" value="ORG"/>
     <attvalue for="label_ar" value="أوبن إيه آي"/>
     <attvalue for="label_en" value="OpenAI"/>
     <attvalue for="aliases" value="OpenAI | أوبن إيه آي"/>
     <attvalue for="documents" value="2"/>
     <attvalue for="mentions" value="2"/>
     <attvalue for="confidence" value="1"/>
     <attvalue for="money_usd" value="122400000000"/>
    </attvalues>
    <viz:color r="66" g="133" b="244"/>
    <viz:size value="44.68"/>
   </node>
   <node id="أرامكو" label="أرامكو">
    <attvalues>
     <attvalue for="type" value="ORG"/>
     <attvalue for="label_ar" value="أرامكو"/>
     <attvalue for="aliases" value="أرامكو"/>
     <attvalue for="documents" value="1"/>
     <attvalue for="mentions" value="1"/>
     <attvalue for="confidence" value="1"/>
     <attvalue for="money_usd" value="22400000000"/>
    </attvalues>
    <viz:color r="66" g="133" b="244"/>
    <viz:size value="40.38"/>
   </node>
  </nodes>
  <edges>
   <edge id="e-nvidia-invests_in-openai" source="nvidia" target="openai" kind="invests_in" label="invests_in" weight="2" start="2025-09-22">
    <attvalues>
     <attvalue for="amount_usd" value="100000000000"/>
     <attvalue for="amount_qualifier" value="up_to"/>
     <attvalue for="status" value="planned"/>
     <attvalue for="statuses" value="announced | planned"/>
     <attvalue for="confidence" value="1"/>
     <attvalue for="evidence_count" value="2"/>
     <attvalue for="in_cycle" value="false"/>
     <attvalue for="first_seen" value="2025-09-22"/>
     <attvalue for="last_seen" value="2025-10-01"/>
     <attvalue for="sentence" value="تستثمر إنفيديا &quot;حتى&quot; 100 مليار دولار &amp; أكثر&#10;في أوبن إيه آي"/>
    </attvalues>
   </edge>
   <edge id="e-nvidia-partners_with-openai" source="nvidia" target="openai" type="mutual" kind="partners_with" label="partners_with" weight="1" start="2025-09-22">
    <attvalues>
     <attvalue for="status" value="announced"/>
     <attvalue for="statuses" value="announced"/>
     <attvalue for="confidence" value="1"/>
     <attvalue for="evidence_count" value="1"/>
     <attvalue for="in_cycle" value="false"/>
     <attvalue for="first_seen" value="2025-09-22"/>
     <attvalue for="last_seen" value="2025-09-22"/>
     <attvalue for="sentence" value="شراكة"/>
    </attvalues>
   </edge>
   <edge id="e-openai-buys_services_from-أرامكو" source="openai" target="أرامكو" kind="buys_services_from" label="buys_services_from" weight="1" start="2025-10-01">
    <attvalues>
     <attvalue for="amount_usd" value="22400000000"/>
     <attvalue for="status" value="announced"/>
     <attvalue for="statuses" value="announced"/>
     <attvalue for="confidence" value="1"/>
     <attvalue for="evidence_count" value="1"/>
     <attvalue for="in_cycle" value="false"/>
     <attvalue for="first_seen" value="2025-09"/>
     <attvalue for="last_seen" value="2025-09"/>
     <attvalue for="sentence" value="عقد بقيمة 22.4 مليار دولار"/>
    </attvalues>
   </edge>
   <edge id="e-أرامكو-related_to-nvidia" source="أرامكو" target="nvidia" kind="related_to" label="related_to" weight="1">
    <attvalues>
     <attvalue for="confidence" value="1"/>
     <attvalue for="evidence_count" value="0"/>
     <attvalue for="in_cycle" value="false"/>
    </attvalues>
   </edge>
  </edges>
 </graph>
</gexf>
)";
  BOOST_TEST(render(small_graph()) == expected);
}

BOOST_AUTO_TEST_CASE(output_depends_only_on_content) {
  // The same graph built again (other vertex and edge numbers are not involved here, but sorted order
  // is what makes the file stable) gives the same bytes.
  BOOST_TEST(render(small_graph()) == render(small_graph()));
}

BOOST_AUTO_TEST_CASE(node_size_is_log_money) {
  BOOST_TEST(gexf_node_size(std::nullopt) == 10.0);
  BOOST_TEST(gexf_node_size(0.0) == 10.0);
  BOOST_TEST(gexf_node_size(-5.0) == 10.0);
  BOOST_TEST(gexf_node_size(0.1) == 15.0);
  BOOST_TEST(gexf_node_size(1e6) == 15.0);
  BOOST_TEST(gexf_node_size(1e9) == 32.5);
  BOOST_TEST(gexf_node_size(1e12) == 50.0);
  BOOST_TEST(gexf_node_size(1e15) == 50.0);
}

BOOST_AUTO_TEST_CASE(undated_graph_is_static) {
  KnowledgeGraph g;
  ArticleResult a;
  a.doc_id = "d";
  a.entities = {entity("a", EntityType::kPerson, "A", "أ"), entity("b", EntityType::kOrg, "B", "ب")};
  RelationRecord r = relation("a", "ceo_of", "b", "d", "", "s");
  r.evidence.event_date = "2026";  // a year only: kept as first_seen, never a start
  a.relations = {r};
  g.merge(a);
  std::string gexf = render(g);
  BOOST_TEST(gexf.find("<graph defaultedgetype=\"directed\" mode=\"static\">") != std::string::npos);
  BOOST_TEST(gexf.find("start=") == std::string::npos);
  BOOST_TEST(gexf.find("<attvalue for=\"first_seen\" value=\"2026\"/>") != std::string::npos);
  BOOST_TEST(gexf.find("<viz:color r=\"244\" g=\"160\" b=\"0\"/>") != std::string::npos);  // PERSON
}

BOOST_AUTO_TEST_CASE(registered_for_the_extension) {
  BOOST_TEST(format_from_path("out/graph.GEXF") == "gexf");
  BOOST_TEST(make_writer("gexf")->format() == "gexf");
}
