// The graph writers (graphml_writer.h, dot_writer.h, json_writer.h) and the registry and file handling
// of writer.h: golden outputs for a three-node graph, exact amounts, escaping, cycle marking, and atomic
// file writing.
#define BOOST_TEST_MODULE test_writers
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kgraph/cycles.h"
#include "kgraph/dot_writer.h"
#include "kgraph/error.h"
#include "kgraph/graphml_writer.h"
#include "kgraph/html_writer.h"
#include "kgraph/json_writer.h"
#include "kgraph/writer.h"

using namespace kgraph;
namespace fs = std::filesystem;

namespace {

EntityRecord entity(const std::string& id, EntityType type, const std::string& en, const std::string& ar,
                    std::set<std::string> aliases, std::size_t mentions) {
  EntityRecord e;
  e.id = id;
  e.type = type;
  e.label_en = en;
  e.label_ar = ar;
  e.aliases = std::move(aliases);
  e.mentions = mentions;
  e.method = "lexicon";
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
  return r;
}

// Three entities, a planned $100B investment and a purchase back (a money cycle), and a CEO whose
// sentence holds a double quote and an ampersand.
KnowledgeGraph sample_graph() {
  ArticleResult a;
  a.doc_id = "01_nvidia_openai";
  a.date = "2025-09-22";
  a.entities = {entity("nvidia", EntityType::kOrg, "Nvidia", "إنفيديا", {"Nvidia", "إنفيديا"}, 3),
                entity("openai", EntityType::kOrg, "OpenAI", "أوبن إيه آي", {"OpenAI", "أوبن إيه آي"}, 2),
                entity("jensen_huang", EntityType::kPerson, "Jensen Huang", "جنسن هوانغ", {"جنسن هوانغ"}, 1)};
  RelationRecord r1 = relation("nvidia", "invests_in", "openai", a.doc_id,
                               "تعتزم إنفيديا استثمار ما يصل إلى 100 مليار دولار في أوبن إيه آي.");
  r1.evidence.sentence_span = {40, 101};
  r1.evidence.source_span = {46, 53};
  r1.evidence.target_span = {89, 100};
  r1.evidence.trigger_span = {40, 45};
  r1.evidence.rule_id = "invest_verb";
  r1.evidence.amount_usd = 1e11;
  r1.evidence.amount_text = "100 مليار دولار";
  r1.evidence.amount_qualifier = "up_to";
  r1.evidence.status = "planned";
  r1.evidence.status_cue = "تعتزم";
  r1.evidence.date = a.date;
  r1.evidence.confidence = 0.9;
  RelationRecord r2 = relation("openai", "buys_chips_from", "nvidia", a.doc_id, "وستنشر أوبن إيه آي أنظمة إنفيديا.");
  r2.evidence.rule_id = "deploy_systems";
  r2.evidence.status = "completed";
  r2.evidence.confidence = 0.8;
  RelationRecord r3 = relation("jensen_huang", "ceo_of", "nvidia", a.doc_id,
                               "قال جنسن هوانغ، الرئيس التنفيذي لإنفيديا: \"هذه بداية\" & المزيد.");
  r3.evidence.rule_id = "ceo_title";
  a.relations = {r1, r2, r3};
  KnowledgeGraph g;
  g.merge(a);
  mark_cycles(g, find_money_cycles(g));
  return g;
}

std::string render(const GraphWriter& w, const KnowledgeGraph& g) {
  std::ostringstream os;
  w.write(g, os);
  return os.str();
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

// A graph whose strings need every kind of escaping: XML and DOT metacharacters, newlines, a tab, a
// control character, a backslash, invalid UTF-8, and an id that is not an XML NMTOKEN.
KnowledgeGraph awkward_graph() {
  ArticleResult a;
  a.doc_id = "doc & <1>";
  a.entities = {entity("o'brien co", EntityType::kOrg, "O'Brien & \"Sons\" <Ltd>", "", {"O'Brien"}, 1),
                entity("acme", EntityType::kMedia, "Acme\\News", "أكمي", {"Acme"}, 1)};
  RelationRecord r = relation("acme", "invests_in", "o'brien co", a.doc_id,
                              "Line one \"quoted\" & more\nline two\ttab\x01 ctrl \xff bad");
  r.evidence.amount_usd = 22.4e9;
  r.evidence.status = "hypothetical";
  r.evidence.status_cue = "قد";
  a.relations = {r};
  KnowledgeGraph g;
  g.merge(a);
  return g;
}

// A scratch directory removed at the end of a test.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("kgraph_test_writers_" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}

class ThrowingWriter : public GraphWriter {
 public:
  std::string_view format() const override { return "broken"; }
  void write(const KnowledgeGraph&, std::ostream& out) const override {
    out << "partial output";
    throw Error(ErrorCode::kInternal, "writer failed halfway");
  }
};

const char* const kGoldenGraphml = R"GOLD(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
 <key id="g_name" for="graph" attr.name="name" attr.type="string"/>
 <key id="g_documents" for="graph" attr.name="documents" attr.type="int"/>
 <key id="g_document_info" for="graph" attr.name="document_info" attr.type="string"/>
 <key id="n_label" for="node" attr.name="label" attr.type="string"/>
 <key id="n_label_ar" for="node" attr.name="label_ar" attr.type="string"/>
 <key id="n_label_en" for="node" attr.name="label_en" attr.type="string"/>
 <key id="n_type" for="node" attr.name="type" attr.type="string"/>
 <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
 <key id="n_documents" for="node" attr.name="documents" attr.type="string"/>
 <key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>
 <key id="n_part_of" for="node" attr.name="part_of" attr.type="string"/>
 <key id="n_confidence" for="node" attr.name="confidence" attr.type="double"/>
 <key id="n_method" for="node" attr.name="method" attr.type="string"/>
 <key id="n_r" for="node" attr.name="r" attr.type="int"/>
 <key id="n_g" for="node" attr.name="g" attr.type="int"/>
 <key id="n_b" for="node" attr.name="b" attr.type="int"/>
 <key id="n_kg_id" for="node" attr.name="kg_id" attr.type="string"/>
 <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
 <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>
 <key id="e_amount_usd" for="edge" attr.name="amount_usd" attr.type="double"/>
 <key id="e_amount_qualifier" for="edge" attr.name="amount_qualifier" attr.type="string"/>
 <key id="e_status" for="edge" attr.name="status" attr.type="string"/>
 <key id="e_statuses" for="edge" attr.name="statuses" attr.type="string"/>
 <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
 <key id="e_reported_by" for="edge" attr.name="reported_by" attr.type="string"/>
 <key id="e_first_seen" for="edge" attr.name="first_seen" attr.type="string"/>
 <key id="e_last_seen" for="edge" attr.name="last_seen" attr.type="string"/>
 <key id="e_in_cycle" for="edge" attr.name="in_cycle" attr.type="boolean"/>
 <key id="e_evidence_count" for="edge" attr.name="evidence_count" attr.type="int"/>
 <key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>
 <key id="e_sentence" for="edge" attr.name="sentence" attr.type="string"/>
 <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
 <graph id="kgraph" edgedefault="directed">
  <data key="g_name">kgraph</data>
  <data key="g_documents">1</data>
  <node id="jensen_huang">
   <data key="n_label">Jensen Huang</data>
   <data key="n_label_ar">جنسن هوانغ</data>
   <data key="n_label_en">Jensen Huang</data>
   <data key="n_type">PERSON</data>
   <data key="n_aliases">جنسن هوانغ</data>
   <data key="n_documents">01_nvidia_openai</data>
   <data key="n_mentions">1</data>
   <data key="n_confidence">1</data>
   <data key="n_method">lexicon</data>
   <data key="n_r">244</data>
   <data key="n_g">160</data>
   <data key="n_b">0</data>
  </node>
  <node id="nvidia">
   <data key="n_label">Nvidia</data>
   <data key="n_label_ar">إنفيديا</data>
   <data key="n_label_en">Nvidia</data>
   <data key="n_type">ORG</data>
   <data key="n_aliases">Nvidia | إنفيديا</data>
   <data key="n_documents">01_nvidia_openai</data>
   <data key="n_mentions">3</data>
   <data key="n_confidence">1</data>
   <data key="n_method">lexicon</data>
   <data key="n_r">66</data>
   <data key="n_g">133</data>
   <data key="n_b">244</data>
  </node>
  <node id="openai">
   <data key="n_label">OpenAI</data>
   <data key="n_label_ar">أوبن إيه آي</data>
   <data key="n_label_en">OpenAI</data>
   <data key="n_type">ORG</data>
   <data key="n_aliases">OpenAI | أوبن إيه آي</data>
   <data key="n_documents">01_nvidia_openai</data>
   <data key="n_mentions">2</data>
   <data key="n_confidence">1</data>
   <data key="n_method">lexicon</data>
   <data key="n_r">66</data>
   <data key="n_g">133</data>
   <data key="n_b">244</data>
  </node>
  <edge id="e-jensen_huang-ceo_of-nvidia" source="jensen_huang" target="nvidia">
   <data key="e_label">ceo_of</data>
   <data key="e_relation">ceo_of</data>
   <data key="e_weight">1</data>
   <data key="e_in_cycle">false</data>
   <data key="e_evidence_count">1</data>
   <data key="e_confidence">1</data>
   <data key="e_sentence">قال جنسن هوانغ، الرئيس التنفيذي لإنفيديا: &quot;هذه بداية&quot; &amp; المزيد.</data>
   <data key="e_evidence">[{&quot;doc_id&quot;:&quot;01_nvidia_openai&quot;,&quot;sentence&quot;:&quot;قال جنسن هوانغ، الرئيس التنفيذي لإنفيديا: \&quot;هذه بداية\&quot; &amp; المزيد.&quot;,&quot;sentence_start&quot;:0,&quot;sentence_end&quot;:0,&quot;source_start&quot;:0,&quot;source_end&quot;:0,&quot;target_start&quot;:0,&quot;target_end&quot;:0,&quot;trigger_start&quot;:0,&quot;trigger_end&quot;:0,&quot;rule&quot;:&quot;ceo_title&quot;,&quot;amount_usd&quot;:null,&quot;amount_text&quot;:&quot;&quot;,&quot;amount_qualifier&quot;:&quot;&quot;,&quot;status&quot;:null,&quot;status_cue&quot;:&quot;&quot;,&quot;date&quot;:&quot;&quot;,&quot;event_date&quot;:&quot;&quot;,&quot;event_date_text&quot;:&quot;&quot;,&quot;reported_by&quot;:null,&quot;confidence&quot;:1.0}]</data>
  </edge>
  <edge id="e-nvidia-invests_in-openai" source="nvidia" target="openai">
   <data key="e_label">invests_in</data>
   <data key="e_relation">invests_in</data>
   <data key="e_amount_usd">100000000000</data>
   <data key="e_amount_qualifier">up_to</data>
   <data key="e_status">planned</data>
   <data key="e_statuses">planned</data>
   <data key="e_weight">1</data>
   <data key="e_first_seen">2025-09-22</data>
   <data key="e_last_seen">2025-09-22</data>
   <data key="e_in_cycle">true</data>
   <data key="e_evidence_count">1</data>
   <data key="e_confidence">0.9</data>
   <data key="e_sentence">تعتزم إنفيديا استثمار ما يصل إلى 100 مليار دولار في أوبن إيه آي.</data>
   <data key="e_evidence">[{&quot;doc_id&quot;:&quot;01_nvidia_openai&quot;,&quot;sentence&quot;:&quot;تعتزم إنفيديا استثمار ما يصل إلى 100 مليار دولار في أوبن إيه آي.&quot;,&quot;sentence_start&quot;:40,&quot;sentence_end&quot;:101,&quot;source_start&quot;:46,&quot;source_end&quot;:53,&quot;target_start&quot;:89,&quot;target_end&quot;:100,&quot;trigger_start&quot;:40,&quot;trigger_end&quot;:45,&quot;rule&quot;:&quot;invest_verb&quot;,&quot;amount_usd&quot;:100000000000,&quot;amount_text&quot;:&quot;100 مليار دولار&quot;,&quot;amount_qualifier&quot;:&quot;up_to&quot;,&quot;status&quot;:&quot;planned&quot;,&quot;status_cue&quot;:&quot;تعتزم&quot;,&quot;date&quot;:&quot;2025-09-22&quot;,&quot;event_date&quot;:&quot;&quot;,&quot;event_date_text&quot;:&quot;&quot;,&quot;reported_by&quot;:null,&quot;confidence&quot;:0.9}]</data>
  </edge>
  <edge id="e-openai-buys_chips_from-nvidia" source="openai" target="nvidia">
   <data key="e_label">buys_chips_from</data>
   <data key="e_relation">buys_chips_from</data>
   <data key="e_status">completed</data>
   <data key="e_statuses">completed</data>
   <data key="e_weight">1</data>
   <data key="e_in_cycle">true</data>
   <data key="e_evidence_count">1</data>
   <data key="e_confidence">0.8</data>
   <data key="e_sentence">وستنشر أوبن إيه آي أنظمة إنفيديا.</data>
   <data key="e_evidence">[{&quot;doc_id&quot;:&quot;01_nvidia_openai&quot;,&quot;sentence&quot;:&quot;وستنشر أوبن إيه آي أنظمة إنفيديا.&quot;,&quot;sentence_start&quot;:0,&quot;sentence_end&quot;:0,&quot;source_start&quot;:0,&quot;source_end&quot;:0,&quot;target_start&quot;:0,&quot;target_end&quot;:0,&quot;trigger_start&quot;:0,&quot;trigger_end&quot;:0,&quot;rule&quot;:&quot;deploy_systems&quot;,&quot;amount_usd&quot;:null,&quot;amount_text&quot;:&quot;&quot;,&quot;amount_qualifier&quot;:&quot;&quot;,&quot;status&quot;:&quot;completed&quot;,&quot;status_cue&quot;:&quot;&quot;,&quot;date&quot;:&quot;&quot;,&quot;event_date&quot;:&quot;&quot;,&quot;event_date_text&quot;:&quot;&quot;,&quot;reported_by&quot;:null,&quot;confidence&quot;:0.8}]</data>
  </edge>
 </graph>
</graphml>
)GOLD";

const char* const kGoldenDot = R"GOLD(digraph "kgraph" {
  graph [layout="dot", rankdir="LR", charset="UTF-8", fontname="Noto Sans Arabic, Noto Sans, DejaVu Sans", fontsize="16", labelloc="t", labeljust="l", label=<<table border="0" cellspacing="6" cellpadding="4"><tr><td colspan="3"><font point-size="20"><b>kgraph: 3 entities, 3 relations, 1 document, 2025-09-22</b></font></td></tr><tr><td border="1" color="#555555" bgcolor="#d6e4ff">organisation</td><td border="1" color="#555555" bgcolor="#ffe4c4">person</td><td><font color="red"><b>━━▶ money cycle</b></font></td></tr></table>>,
         outputorder="edgesfirst", pad="0.3", nodesep="0.35", ranksep="0.9"];
  node [fontname="Noto Sans Arabic, Noto Sans, DejaVu Sans", fontsize="12", style="filled", color="#555555", margin="0.12,0.04"];
  edge [fontname="Noto Sans Arabic, Noto Sans, DejaVu Sans", fontsize="10", arrowsize="0.8"];
  "jensen_huang" [label="جنسن هوانغ\nJensen Huang", shape="ellipse", fillcolor="#ffe4c4", tooltip="jensen_huang (PERSON)"];
  "nvidia" [label="إنفيديا\nNvidia", shape="box", fillcolor="#d6e4ff", color="red", penwidth="2", tooltip="nvidia (ORG)"];
  "openai" [label="أوبن إيه آي\nOpenAI", shape="box", fillcolor="#d6e4ff", color="red", penwidth="2", tooltip="openai (ORG)"];
  "jensen_huang" -> "nvidia" [label="ceo_of", color="#4e342e", fontcolor="#4e342e", tooltip="قال جنسن هوانغ، الرئيس التنفيذي لإنفيديا: \"هذه بداية\" & المزيد."];
  "nvidia" -> "openai" [label="invests_in\nup to $100B\n(planned)", color="red", fontcolor="red", penwidth="3", style="bold", fontsize="12", weight="4", tooltip="تعتزم إنفيديا استثمار ما يصل إلى 100 مليار دولار في أوبن إيه آي."];
  "openai" -> "nvidia" [label="buys_chips_from", color="red", fontcolor="red", penwidth="3", style="bold", fontsize="12", weight="4", tooltip="وستنشر أوبن إيه آي أنظمة إنفيديا."];
}
)GOLD";

const char* const kGoldenJson = R"GOLD({
 "directed": true,
 "multigraph": true,
 "graph": {
  "name": "kgraph",
  "documents": [
   "01_nvidia_openai"
  ]
 },
 "nodes": [
  {
   "id": "jensen_huang",
   "label": "Jensen Huang",
   "label_ar": "جنسن هوانغ",
   "label_en": "Jensen Huang",
   "type": "PERSON",
   "aliases": [
    "جنسن هوانغ"
   ],
   "documents": [
    "01_nvidia_openai"
   ],
   "mentions": 1,
   "part_of": null,
   "confidence": 1.0,
   "method": "lexicon"
  },
  {
   "id": "nvidia",
   "label": "Nvidia",
   "label_ar": "إنفيديا",
   "label_en": "Nvidia",
   "type": "ORG",
   "aliases": [
    "Nvidia",
    "إنفيديا"
   ],
   "documents": [
    "01_nvidia_openai"
   ],
   "mentions": 3,
   "part_of": null,
   "confidence": 1.0,
   "method": "lexicon"
  },
  {
   "id": "openai",
   "label": "OpenAI",
   "label_ar": "أوبن إيه آي",
   "label_en": "OpenAI",
   "type": "ORG",
   "aliases": [
    "OpenAI",
    "أوبن إيه آي"
   ],
   "documents": [
    "01_nvidia_openai"
   ],
   "mentions": 2,
   "part_of": null,
   "confidence": 1.0,
   "method": "lexicon"
  }
 ],
 "links": [
  {
   "source": "jensen_huang",
   "target": "nvidia",
   "key": "ceo_of",
   "relation": "ceo_of",
   "label": "ceo_of",
   "amount_usd": null,
   "amount_qualifier": "",
   "amounts": [],
   "status": null,
   "statuses": [],
   "weight": 1.0,
   "reported_by": [],
   "first_seen": null,
   "last_seen": null,
   "in_cycle": false,
   "confidence": 1.0,
   "evidence": [
    {
     "doc_id": "01_nvidia_openai",
     "sentence": "قال جنسن هوانغ، الرئيس التنفيذي لإنفيديا: \"هذه بداية\" & المزيد.",
     "sentence_start": 0,
     "sentence_end": 0,
     "source_start": 0,
     "source_end": 0,
     "target_start": 0,
     "target_end": 0,
     "trigger_start": 0,
     "trigger_end": 0,
     "rule": "ceo_title",
     "amount_usd": null,
     "amount_text": "",
     "amount_qualifier": "",
     "status": null,
     "status_cue": "",
     "date": "",
     "event_date": "",
     "event_date_text": "",
     "reported_by": null,
     "confidence": 1.0
    }
   ]
  },
  {
   "source": "nvidia",
   "target": "openai",
   "key": "invests_in",
   "relation": "invests_in",
   "label": "invests_in",
   "amount_usd": 100000000000,
   "amount_qualifier": "up_to",
   "amounts": [
    100000000000
   ],
   "status": "planned",
   "statuses": [
    "planned"
   ],
   "weight": 1.0,
   "reported_by": [],
   "first_seen": "2025-09-22",
   "last_seen": "2025-09-22",
   "in_cycle": true,
   "confidence": 0.9,
   "evidence": [
    {
     "doc_id": "01_nvidia_openai",
     "sentence": "تعتزم إنفيديا استثمار ما يصل إلى 100 مليار دولار في أوبن إيه آي.",
     "sentence_start": 40,
     "sentence_end": 101,
     "source_start": 46,
     "source_end": 53,
     "target_start": 89,
     "target_end": 100,
     "trigger_start": 40,
     "trigger_end": 45,
     "rule": "invest_verb",
     "amount_usd": 100000000000,
     "amount_text": "100 مليار دولار",
     "amount_qualifier": "up_to",
     "status": "planned",
     "status_cue": "تعتزم",
     "date": "2025-09-22",
     "event_date": "",
     "event_date_text": "",
     "reported_by": null,
     "confidence": 0.9
    }
   ]
  },
  {
   "source": "openai",
   "target": "nvidia",
   "key": "buys_chips_from",
   "relation": "buys_chips_from",
   "label": "buys_chips_from",
   "amount_usd": null,
   "amount_qualifier": "",
   "amounts": [],
   "status": "completed",
   "statuses": [
    "completed"
   ],
   "weight": 1.0,
   "reported_by": [],
   "first_seen": null,
   "last_seen": null,
   "in_cycle": true,
   "confidence": 0.8,
   "evidence": [
    {
     "doc_id": "01_nvidia_openai",
     "sentence": "وستنشر أوبن إيه آي أنظمة إنفيديا.",
     "sentence_start": 0,
     "sentence_end": 0,
     "source_start": 0,
     "source_end": 0,
     "target_start": 0,
     "target_end": 0,
     "trigger_start": 0,
     "trigger_end": 0,
     "rule": "deploy_systems",
     "amount_usd": null,
     "amount_text": "",
     "amount_qualifier": "",
     "status": "completed",
     "status_cue": "",
     "date": "",
     "event_date": "",
     "event_date_text": "",
     "reported_by": null,
     "confidence": 0.8
    }
   ]
  }
 ]
}
)GOLD";

}  // namespace

// --- golden outputs -------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(graphml_golden) { BOOST_TEST(render(GraphmlWriter(), sample_graph()) == kGoldenGraphml); }

BOOST_AUTO_TEST_CASE(dot_golden) { BOOST_TEST(render(DotWriter(), sample_graph()) == kGoldenDot); }

BOOST_AUTO_TEST_CASE(json_golden) { BOOST_TEST(render(JsonWriter(), sample_graph()) == kGoldenJson); }

BOOST_AUTO_TEST_CASE(output_does_not_depend_on_merge_order) {
  // The same two articles merged in the other order print the same bytes.
  ArticleResult x;
  x.doc_id = "x";
  x.entities = {entity("b", EntityType::kOrg, "B", "", {"B"}, 1), entity("a", EntityType::kOrg, "A", "", {"A"}, 1)};
  x.relations = {relation("b", "invests_in", "a", "x", "s1")};
  ArticleResult y;
  y.doc_id = "y";
  y.entities = {entity("a", EntityType::kOrg, "A", "", {"A2"}, 1), entity("c", EntityType::kOrg, "C", "", {"C"}, 1)};
  y.relations = {relation("a", "customer_of", "c", "y", "s2")};
  KnowledgeGraph one, two;
  one.merge(x);
  one.merge(y);
  two.merge(y);
  two.merge(x);
  // Pictures are left out: cairo numbers its SVG ids per process and stamps PDFs with the time.
  for (const std::string& f : writer_formats()) {
    if (f == "svg" || f == "png" || f == "pdf") continue;
    if (f == "html" && !html_available()) continue;  // a build whose npm could not fetch Cytoscape.js
    BOOST_TEST(render(*make_writer(f), one) == render(*make_writer(f), two));
  }
}

// --- exact numbers ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(amounts_are_exact) {
  std::string graphml = render(GraphmlWriter(), sample_graph());
  std::string json = render(JsonWriter(), sample_graph());
  BOOST_TEST(contains(graphml, "<data key=\"e_amount_usd\">100000000000</data>"));
  BOOST_TEST(contains(json, "\"amount_usd\": 100000000000,"));
  BOOST_TEST(contains(json, "\"amounts\": [\n    100000000000\n   ]"));
  for (const std::string& out : {graphml, json}) {
    BOOST_TEST(!contains(out, "e+"));
    BOOST_TEST(!contains(out, "1e11"));
    BOOST_TEST(!contains(out, "100000000000.0"));
  }
  std::string awkward = render(GraphmlWriter(), awkward_graph());
  BOOST_TEST(contains(awkward, "<data key=\"e_amount_usd\">22400000000</data>"));
  BOOST_TEST(contains(render(JsonWriter(), awkward_graph()), "\"amount_usd\": 22400000000,"));
}

BOOST_AUTO_TEST_CASE(format_exact_cases) {
  BOOST_TEST(format_exact(100000000000.0) == "100000000000");
  BOOST_TEST(format_exact(22.4e9) == "22400000000");
  BOOST_TEST(format_exact(6.3e9) == "6300000000");
  BOOST_TEST(format_exact(1e21) == "1000000000000000000000");
  BOOST_TEST(format_exact(0.85) == "0.85");
  BOOST_TEST(format_exact(1.0) == "1");
  BOOST_TEST(format_exact(1234.5) == "1234.5");
  BOOST_TEST(format_exact(0.1 + 0.2) == "0.30000000000000004");  // shortest round trip, 17 digits
  BOOST_TEST(format_exact(-2.5) == "-2.5");
  BOOST_TEST(format_exact(std::nan("")) == "NaN");
  BOOST_TEST(std::stod(format_exact(123456789.123)) == 123456789.123);
}

BOOST_AUTO_TEST_CASE(json_numbers) {
  KnowledgeGraph g = awkward_graph();
  Graph& gg = g.graph();
  EdgeProps& e = gg[g.sorted_edges().front()];
  e.amount_usd = 1234.5;
  e.amounts = {1234.5, 9007199254740992.0};  // 2^53: no longer printed as an integer
  e.confidence = 0.85;
  std::string json = render(JsonWriter(), g);
  BOOST_TEST(contains(json, "\"amount_usd\": 1234.5,"));
  BOOST_TEST(contains(json, "    1234.5,\n    9007199254740992.0\n"));
  BOOST_TEST(contains(json, "\"confidence\": 0.85,"));
  BOOST_TEST(contains(json, "\"weight\": 1.0,"));
}

// --- escaping -----------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(graphml_escapes_text_and_ids) {
  std::string out = render(GraphmlWriter(), awkward_graph());
  BOOST_TEST(contains(out, "<data key=\"n_label\">O&apos;Brien &amp; &quot;Sons&quot; &lt;Ltd&gt;</data>"));
  BOOST_TEST(contains(out, "<node id=\"o:27:brien:20:co\">"));
  BOOST_TEST(contains(out, "<data key=\"n_kg_id\">o&apos;brien co</data>"));
  BOOST_TEST(count(out, "<data key=\"n_kg_id\">") == 1u);  // acme needs no escaping, so no kg_id
  BOOST_TEST(contains(out, "<edge id=\"e-acme-invests_in-o:27:brien:20:co\" source=\"acme\" "
                           "target=\"o:27:brien:20:co\">"));
  // The control character is dropped, the invalid byte becomes U+FFFD, newline and tab stay.
  BOOST_TEST(contains(out, "<data key=\"e_sentence\">Line one &quot;quoted&quot; &amp; more\nline two\ttab ctrl "
                           "\xEF\xBF\xBD bad</data>"));
  BOOST_TEST(contains(out, "<data key=\"n_documents\">doc &amp; &lt;1&gt;</data>"));
  BOOST_TEST(!contains(out, "\x01"));
  BOOST_TEST(!contains(out, "\xff"));
}

BOOST_AUTO_TEST_CASE(xml_helpers) {
  BOOST_TEST(xml_escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f");
  BOOST_TEST(xml_escape("cr\rlf\n") == "cr&#13;lf\n");
  BOOST_TEST(xml_escape(std::string("nul\0bell\x07", 9)) == "nulbell");
  BOOST_TEST(xml_escape("\xEF\xBF\xBE") == "");  // U+FFFE is not an XML character
  BOOST_TEST(xml_id("nvidia") == "nvidia");
  BOOST_TEST(xml_id("شركة_إكس") == "شركة_إكس");  // Arabic letters are name characters
  BOOST_TEST(xml_id("a b") == "a:20:b");
  BOOST_TEST(xml_id("a:b") == "a:3A:b");
  BOOST_TEST(xml_id("a|b") == "a:7C:b");
  BOOST_TEST(xml_id("x-y") == "x-y");
  BOOST_TEST(xml_id("x-y", true) == "x:2D:y");
  BOOST_TEST(xml_id("") == "::");
}

BOOST_AUTO_TEST_CASE(dot_escapes_strings) {
  std::string out = render(DotWriter(), awkward_graph());
  BOOST_TEST(contains(out, "  \"o'brien co\" [label=\"O'Brien & \\\"Sons\\\" <Ltd>\", shape=\"box\""));
  BOOST_TEST(contains(out, "  \"acme\" [label=\"أكمي\\nAcme\\\\News\", shape=\"tab\""));
  BOOST_TEST(contains(out, "tooltip=\"Line one \\\"quoted\\\" & more\\nline two tab ctrl \xEF\xBF\xBD bad\""));
  BOOST_TEST(contains(out, "[label=\"invests_in\\n$22.4B\\n(hypothetical)\", color=\"#2e7d32\", "
                           "fontcolor=\"#2e7d32\", style=\"dashed\""));
  BOOST_TEST(dot_quote("a\"b\\c\nd\re") == "\"a\\\"b\\\\c\\nde\"");
  BOOST_TEST(dot_quote("trailing\\") == "\"trailing\\\\\"");
}

BOOST_AUTO_TEST_CASE(json_escapes_strings) {
  std::string out = render(JsonWriter(), awkward_graph());
  BOOST_TEST(contains(out, "\"label\": \"O'Brien & \\\"Sons\\\" <Ltd>\","));
  BOOST_TEST(contains(out, "\"sentence\": \"Line one \\\"quoted\\\" & more\\nline two\\ttab\\u0001 ctrl "
                           "\xEF\xBF\xBD bad\","));
  BOOST_TEST(contains(out, "\"label_en\": \"Acme\\\\News\","));
  BOOST_TEST(contains(out, "\"label_ar\": \"أكمي\","));  // not \u-escaped
}

BOOST_AUTO_TEST_CASE(valid_utf8_repairs_only_bad_sequences) {
  BOOST_TEST(valid_utf8("abc") == "abc");
  BOOST_TEST(valid_utf8("إنفيديا") == "إنفيديا");
  BOOST_TEST(valid_utf8("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");                  // 4-byte emoji
  BOOST_TEST(valid_utf8("a\xC3") == "a\xEF\xBF\xBD");                                // truncated
  BOOST_TEST(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong
  BOOST_TEST(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

// --- presentation -------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(short_amounts) {
  BOOST_TEST(short_amount(1e11) == "$100B");
  BOOST_TEST(short_amount(4e9) == "$4B");
  BOOST_TEST(short_amount(22.4e9) == "$22.4B");
  BOOST_TEST(short_amount(5e8) == "$500M");
  BOOST_TEST(short_amount(1.25e12) == "$1.25T");
  BOOST_TEST(short_amount(6.3e9) == "$6.3B");
  BOOST_TEST(short_amount(999.999e6) == "$1B");
  BOOST_TEST(short_amount(750) == "$750");
  BOOST_TEST(short_amount(2500) == "$2.5K");
}

BOOST_AUTO_TEST_CASE(cycle_edges_are_marked_in_every_format) {
  KnowledgeGraph g = sample_graph();
  std::string graphml = render(GraphmlWriter(), g);
  BOOST_TEST(count(graphml, "<data key=\"e_in_cycle\">true</data>") == 2u);
  BOOST_TEST(count(graphml, "<data key=\"e_in_cycle\">false</data>") == 1u);
  std::string dot = render(DotWriter(), g);
  BOOST_TEST(count(dot, "color=\"red\", fontcolor=\"red\", penwidth=\"3\", style=\"bold\"") == 2u);
  BOOST_TEST(contains(dot, "\"jensen_huang\" -> \"nvidia\" [label=\"ceo_of\", color=\"#4e342e\""));
  std::string json = render(JsonWriter(), g);
  BOOST_TEST(count(json, "\"in_cycle\": true") == 2u);
}

BOOST_AUTO_TEST_CASE(graphml_keys_follow_the_rules) {
  std::string out = render(GraphmlWriter(), sample_graph());
  BOOST_TEST(!contains(out, "attr.name=\"id\""));
  BOOST_TEST(count(out, "<key ") == count(out, "attr.type=\""));
  for (const char* name : {"label", "weight", "r", "g", "b", "in_cycle", "evidence", "sentence", "kg_id"}) {
    BOOST_TEST(contains(out, std::string("attr.name=\"") + name + "\""), name);
  }
}

BOOST_AUTO_TEST_CASE(dot_node_labels) {
  ArticleResult a;
  a.doc_id = "d";
  a.entities = {entity("en_only", EntityType::kProduct, "Vera Rubin", "", {"Vera Rubin"}, 1),
                entity("same", EntityType::kPlace, "Abilene", "Abilene", {"Abilene"}, 1),
                entity("ar_only", EntityType::kPerson, "", "ماسايوشي سون", {"ماسايوشي سون"}, 1)};
  KnowledgeGraph g;
  g.merge(a);
  std::string dot = render(DotWriter(), g);
  BOOST_TEST(contains(dot, "\"ar_only\" [label=\"ماسايوشي سون\", shape=\"ellipse\""));
  BOOST_TEST(contains(dot, "\"en_only\" [label=\"Vera Rubin\", shape=\"component\""));
  BOOST_TEST(contains(dot, "\"same\" [label=\"Abilene\", shape=\"house\""));
}

// --- registry and files ---------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(registry) {
  BOOST_TEST(writer_formats() ==
             (std::vector<std::string>{"graphml", "dot", "json", "gexf", "html", "svg", "png", "pdf"}));
  BOOST_TEST(reader_formats() == (std::vector<std::string>{"graphml", "json"}));
  for (const std::string& f : writer_formats()) {
    if (f == "html" && !html_available()) {
      BOOST_CHECK_THROW(make_writer(f), Error);  // refused up front, with the reason
    } else {
      BOOST_TEST(make_writer(f)->format() == f);
    }
  }
  BOOST_TEST(make_reader("json")->format() == "json");
  BOOST_TEST(format_from_path("out/graph.graphml") == "graphml");
  BOOST_TEST(format_from_path("g.GraphML") == "graphml");
  BOOST_TEST(format_from_path("g.dot") == "dot");
  BOOST_TEST(format_from_path("g.gv") == "dot");
  BOOST_TEST(format_from_path("g.json") == "json");
  BOOST_TEST(format_from_path("g.txt") == "");
  BOOST_TEST(format_from_path("graph") == "");
  BOOST_TEST(format_from_path("g.SVG") == "svg");
  BOOST_TEST(format_from_path("g.png") == "png");
  BOOST_TEST(format_from_path("g.pdf") == "pdf");
  BOOST_TEST(format_from_path("g.jpg") == "");
  BOOST_CHECK_EXCEPTION(make_writer("jpg"), Error, [](const Error& e) {
    return e.code() == ErrorCode::kBadUsage && contains(e.message(), "jpg") &&
           contains(e.message(), "graphml, dot, json, gexf, html, svg, png, pdf");
  });
  BOOST_TEST(make_reader("graphml")->format() == "graphml");
  BOOST_CHECK_EXCEPTION(make_reader("dot"), Error,
                        [](const Error& e) { return e.code() == ErrorCode::kBadUsage; });
}

BOOST_AUTO_TEST_CASE(write_graph_file_writes_and_leaves_no_temporary) {
  TempDir dir;
  KnowledgeGraph g = sample_graph();
  fs::path out = dir.path / "graph.json";
  write_graph_file(g, JsonWriter(), out.string());
  BOOST_TEST(slurp(out) == render(JsonWriter(), g));
  BOOST_TEST(dir.entries() == std::vector<std::string>{"graph.json"});
  // Overwriting an existing file replaces it.
  write_graph_file(g, DotWriter(), out.string());
  BOOST_TEST(slurp(out) == render(DotWriter(), g));
  BOOST_TEST(dir.entries() == std::vector<std::string>{"graph.json"});
}

BOOST_AUTO_TEST_CASE(write_graph_file_failure_keeps_the_old_file) {
  TempDir dir;
  fs::path out = dir.path / "graph.json";
  {
    std::ofstream(out) << "old";
  }
  BOOST_CHECK_EXCEPTION(write_graph_file(sample_graph(), ThrowingWriter(), out.string()), Error,
                        [](const Error& e) { return e.code() == ErrorCode::kInternal; });
  BOOST_TEST(slurp(out) == "old");
  BOOST_TEST(dir.entries() == std::vector<std::string>{"graph.json"});
}

BOOST_AUTO_TEST_CASE(write_graph_file_io_errors_name_the_path) {
  TempDir dir;
  std::string missing = (dir.path / "no_such_dir" / "graph.json").string();
  BOOST_CHECK_EXCEPTION(write_graph_file(sample_graph(), JsonWriter(), missing), Error, [&](const Error& e) {
    return e.code() == ErrorCode::kIo && e.where().file == missing && contains(e.describe(), missing);
  });
  // The target is a directory: the rename fails and the temporary is removed.
  fs::create_directory(dir.path / "taken.json");
  std::string taken = (dir.path / "taken.json").string();
  BOOST_CHECK_EXCEPTION(write_graph_file(sample_graph(), JsonWriter(), taken), Error,
                        [&](const Error& e) { return e.code() == ErrorCode::kIo && e.where().file == taken; });
  BOOST_TEST(dir.entries() == std::vector<std::string>{"taken.json"});
}

BOOST_AUTO_TEST_CASE(read_graph_file_round_trips_and_reports_io_errors) {
  TempDir dir;
  KnowledgeGraph g = sample_graph();
  fs::path out = dir.path / "graph.json";
  write_graph_file(g, JsonWriter(), out.string());
  BOOST_TEST(render(JsonWriter(), read_graph_file(out.string())) == render(JsonWriter(), g));

  std::string missing = (dir.path / "missing.json").string();
  BOOST_CHECK_EXCEPTION(read_graph_file(missing), Error, [&](const Error& e) {
    return e.code() == ErrorCode::kIo && e.where().file == missing;
  });
  fs::create_directory(dir.path / "dir.json");
  BOOST_CHECK_EXCEPTION(read_graph_file((dir.path / "dir.json").string()), Error,
                        [](const Error& e) { return e.code() == ErrorCode::kIo; });
  BOOST_CHECK_EXCEPTION(read_graph_file((dir.path / "graph.txt").string()), Error,
                        [](const Error& e) { return e.code() == ErrorCode::kBadUsage; });
  BOOST_CHECK_EXCEPTION(read_graph_file(out.string(), "dot"), Error,
                        [](const Error& e) { return e.code() == ErrorCode::kBadUsage; });
  // An explicit format overrides the extension.
  fs::copy_file(out, dir.path / "graph.data");
  BOOST_TEST(read_graph_file((dir.path / "graph.data").string(), "json").node_count() == 3u);
}
