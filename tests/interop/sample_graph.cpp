// sample_graph DIR - creates DIR if needed and writes a small hand-built knowledge graph as DIR/sample.graphml, DIR/sample.dot and
// DIR/sample.json, and DIR/sample_from_json.graphml (the JSON read back and written as GraphML), for the
// interop tests in tests.cmake: other tools (xmllint, NetworkX, igraph, Graphviz) must read what kgraph
// writes. The graph is built by hand because the extraction stages are not needed to test the writers.
//
// What the checks rely on (keep check_*.py and check_*.sh in step with it):
//   7 nodes, 8 edges; Arabic and English labels; aws part_of amazon;
//   cycles nvidia -> openai -> nvidia ($100B) and amazon -> anthropic -> aws(amazon), 4 edges in_cycle;
//   a sentence with double quotes and an ampersand; amounts 100000000000 and 22400000000.
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>

#include "kgraph/cycles.h"
#include "kgraph/error.h"
#include "kgraph/graphml_writer.h"
#include "kgraph/html_writer.h"
#include "kgraph/writer.h"

using namespace kgraph;

namespace {

EntityRecord entity(const std::string& id, EntityType type, const std::string& en, const std::string& ar,
                    const std::string& part_of = "") {
  EntityRecord e;
  e.id = id;
  e.type = type;
  e.label_en = en;
  e.label_ar = ar;
  e.aliases = {en, ar};
  e.mentions = 1;
  e.method = "lexicon";
  e.part_of = part_of;
  return e;
}

RelationRecord relation(const std::string& src, const std::string& rel, const std::string& dst,
                        const std::string& doc, const std::string& sentence, std::optional<double> amount = {},
                        const std::string& status = "completed", const std::string& cue = "") {
  RelationRecord r;
  r.source = src;
  r.relation = rel;
  r.target = dst;
  r.evidence.doc_id = doc;
  r.evidence.sentence = sentence;
  r.evidence.rule_id = "sample";
  r.evidence.amount_usd = amount;
  r.evidence.status = status;
  r.evidence.status_cue = cue;
  r.evidence.date = "2025-10-01";
  return r;
}

KnowledgeGraph build() {
  ArticleResult one;
  one.doc_id = "01_nvidia_openai";
  one.entities = {entity("nvidia", EntityType::kOrg, "Nvidia", "إنفيديا"),
                  entity("openai", EntityType::kOrg, "OpenAI", "أوبن إيه آي"),
                  entity("jensen_huang", EntityType::kPerson, "Jensen Huang", "جنسن هوانغ"),
                  entity("coreweave", EntityType::kOrg, "CoreWeave", "كور ويف")};
  RelationRecord invest = relation("nvidia", "invests_in", "openai", one.doc_id,
                                   "تعتزم إنفيديا استثمار ما يصل إلى 100 مليار دولار في أوبن إيه آي.", 1e11,
                                   "planned", "تعتزم");
  invest.evidence.amount_qualifier = "up_to";
  invest.evidence.amount_text = "100 مليار دولار";
  one.relations = {
      invest,
      relation("openai", "buys_chips_from", "nvidia", one.doc_id, "وستنشر أوبن إيه آي أنظمة إنفيديا."),
      relation("jensen_huang", "ceo_of", "nvidia", one.doc_id,
               "قال جنسن هوانغ، الرئيس التنفيذي لإنفيديا: \"هذه بداية\" & المزيد.", {}, ""),
      relation("openai", "buys_services_from", "coreweave", one.doc_id,
               "بلغت عقود OpenAI مع CoreWeave نحو 22.4 billion دولار.", 22.4e9)};

  ArticleResult two;
  two.doc_id = "02_amazon_anthropic";
  two.entities = {entity("amazon", EntityType::kOrg, "Amazon", "أمازون"),
                  entity("anthropic", EntityType::kOrg, "Anthropic", "أنثروبيك"),
                  entity("aws", EntityType::kOrg, "AWS", "خدمات أمازون السحابية", "amazon"),
                  entity("coreweave", EntityType::kOrg, "CoreWeave", "كور ويف")};
  two.relations = {
      relation("amazon", "invests_in", "anthropic", two.doc_id, "رفعت أمازون استثمارها في أنثروبيك إلى 8 مليارات دولار.",
               8e9),
      relation("anthropic", "buys_services_from", "aws", two.doc_id, "تعتمد أنثروبيك على AWS لتدريب نماذجها."),
      relation("aws", "part_of", "amazon", two.doc_id, "AWS ذراع أمازون السحابية.", {}, ""),
      relation("coreweave", "competes_with", "amazon", two.doc_id, "تنافس CoreWeave أمازون.", {}, "")};

  KnowledgeGraph g;
  g.merge(one);
  g.merge(two);
  g.graph()[boost::graph_bundle].name = "sample";
  mark_cycles(g, find_money_cycles(g));
  return g;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: sample_graph DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  try {
    std::filesystem::create_directories(dir);
    KnowledgeGraph g = build();
    for (const std::string& format : writer_formats()) {
      if (format == "html" && !html_available()) continue;  // npm could not fetch Cytoscape.js for this build
      write_graph_file(g, *make_writer(format), dir + "/sample." + format);
    }
    KnowledgeGraph back = read_graph_file(dir + "/sample.json");
    write_graph_file(back, *make_writer("graphml"), dir + "/sample_from_json.graphml");
  } catch (const Error& e) {
    std::cerr << "sample_graph: " << e.describe() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "sample_graph: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
