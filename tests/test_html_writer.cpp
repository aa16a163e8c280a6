// The interactive page's writer (html_writer.h): the data the page reads, exactly, for a small graph with a
// money cycle (an Arabic sentence with its marks, an amount with a qualifier, a status and its cue, a
// symmetric relation, a role without a deal state); that no sentence can end the page's script elements;
// that every template marker is replaced; and the format's registration. The page itself is driven in a
// browser by tests/html/page_test.mjs.
#define BOOST_TEST_MODULE html_writer
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

#include "kgraph/error.h"
#include "kgraph/html_writer.h"
#include "test_support.h"

using namespace kgraph;

namespace {

EntityRecord entity(const std::string& id, EntityType type, const std::string& en, const std::string& ar) {
  return test::lexicon_entity(id, type, en, ar, 2);
}

RelationRecord relation(const std::string& src, const std::string& rel, const std::string& dst,
                        const std::string& sentence) {
  RelationRecord r;
  r.source = src;
  r.relation = rel;
  r.target = dst;
  r.evidence.doc_id = "d1";
  r.evidence.date = "2025-09-22";
  r.evidence.sentence = sentence;
  r.evidence.rule_id = "test.rule";
  return r;
}

// Nvidia invests up to $100B in OpenAI (planned, cue تعتزم) and OpenAI buys $10B of Nvidia chips: a money
// cycle. Nvidia and OpenAI also partner (symmetric); Altman is OpenAI's CEO (a role: no status).
// The first sentence carries "</script>" and "<!--" to prove they cannot end the data's script element.
KnowledgeGraph small_graph() {
  KnowledgeGraph g;
  ArticleResult a;
  a.doc_id = "d1";
  a.date = "2025-09-22";
  a.entities = {entity("nvidia", EntityType::kOrg, "Nvidia", "إنفيديا"),
                entity("openai", EntityType::kOrg, "OpenAI", "أوبن إيه آي"),
                entity("sam-altman", EntityType::kPerson, "Sam Altman", "سام ألتمان")};
  // "تعتزم إنفيديا استثمار 100 مليار دولار في أوبن إيه آي </script><!--" in code points: the sentence
  // starts at 10 in its article; إنفيديا is [16,23), استثمار [24,31), أوبن إيه آي [50,61).
  RelationRecord invest = relation("nvidia", "invests_in", "openai",
                                   "تعتزم إنفيديا استثمار 100 مليار دولار في أوبن إيه آي </script><!--");
  invest.evidence.sentence_span = {10, 76};
  invest.evidence.source_span = {16, 23};
  invest.evidence.trigger_span = {24, 31};
  invest.evidence.target_span = {50, 61};
  invest.evidence.amount_usd = 1e11;
  invest.evidence.amount_qualifier = "up_to";
  invest.evidence.amount_text = "100 مليار دولار";
  invest.evidence.status = "planned";
  invest.evidence.status_cue = "تعتزم";
  RelationRecord buy = relation("openai", "buys_chips_from", "nvidia", "تشتري أوبن إيه آي رقائق إنفيديا");
  buy.evidence.amount_usd = 1e10;
  buy.evidence.status = "completed";
  buy.evidence.target_span = {500, 507};  // outside the sentence: left out, not guessed
  RelationRecord partner = relation("openai", "partners_with", "nvidia", "شراكة");
  partner.evidence.status = "announced";
  RelationRecord ceo = relation("sam-altman", "ceo_of", "openai", "ألتمان");
  a.relations = {invest, buy, partner, ceo};
  g.merge(a);
  return g;
}

}  // namespace

BOOST_AUTO_TEST_CASE(page_data_exact) {
  const std::string expected =
      R"({"title":"kgraph: 3 entities, 4 relations, 1 document, 2025-09-22","label_lang":"ar","documents":["d1"],"document_info":{},)"
      R"("types":[{"type":"ORG","caption":"organisation","fill":"#d6e4ff"},{"type":"PERSON","caption":"person","fill":"#ffe4c4"}],)"
      R"("relations":[{"relation":"buys_chips_from","colour":"#1565c0","count":1,"money":true,"symmetric":false},)"
      R"({"relation":"ceo_of","colour":"#4e342e","count":1,"money":false,"symmetric":false},)"
      R"({"relation":"invests_in","colour":"#2e7d32","count":1,"money":true,"symmetric":false},)"
      R"({"relation":"partners_with","colour":"#ef6c00","count":1,"money":false,"symmetric":true}],)"
      R"("statuses":["","announced","completed","planned"],)"
      R"("nodes":[{"id":"nvidia","label_ar":"إنفيديا","label_en":"Nvidia","label_both":"إنفيديا\nNvidia","has_en":true,"type":"ORG",)"
      R"("aliases":["Nvidia","إنفيديا"],"documents":["d1"],"mentions":2,"part_of":null,"confidence":1.0,"method":"lexicon","money_usd":110000000000},)"
      R"({"id":"openai","label_ar":"أوبن إيه آي","label_en":"OpenAI","label_both":"أوبن إيه آي\nOpenAI","has_en":true,"type":"ORG",)"
      R"("aliases":["OpenAI","أوبن إيه آي"],"documents":["d1"],"mentions":2,"part_of":null,"confidence":1.0,"method":"lexicon","money_usd":110000000000},)"
      R"({"id":"sam-altman","label_ar":"سام ألتمان","label_en":"Sam Altman","label_both":"سام ألتمان\nSam Altman","has_en":true,"type":"PERSON",)"
      R"("aliases":["Sam Altman","سام ألتمان"],"documents":["d1"],"mentions":2,"part_of":null,"confidence":1.0,"method":"lexicon","money_usd":null}],)"
      R"("edges":[{"id":"e-nvidia-invests_in-openai","source":"nvidia","target":"openai","relation":"invests_in","symmetric":false,)"
      R"("amount_usd":100000000000,"amount":"up to $100B","status":"planned","statuses":["planned"],"reported_by":[],)"
      R"("first_seen":"2025-09-22","last_seen":"2025-09-22","confidence":1.0,"in_cycle":true,)"
      R"("evidence":[{"doc":"d1","date":"2025-09-22","sentence":"تعتزم إنفيديا استثمار 100 مليار دولار في أوبن إيه آي \u003c/script>\u003c!--",)"
      R"("marks":[[6,13,"source"],[40,51,"target"],[14,21,"trigger"]],"rule":"test.rule","amount":"up to $100B",)"
      R"("amount_text":"100 مليار دولار","status":"planned","status_cue":"تعتزم","event_date":null,"event_date_text":null,)"
      R"("reported_by":null,"confidence":1.0}]},)";
  const std::string data = html_page_data(small_graph(), LabelLang::kArabic);
  BOOST_TEST(data.substr(0, expected.size()) == expected);
  // The rest: the cycle's other edge (its out-of-sentence mark dropped), the partnership and the role,
  // and the one money cycle with the edge standing for each hop.
  BOOST_TEST(data.find(R"("id":"e-openai-buys_chips_from-nvidia")") != std::string::npos);
  BOOST_TEST(data.find(R"("sentence":"تشتري أوبن إيه آي رقائق إنفيديا","marks":[])") != std::string::npos);
  BOOST_TEST(data.find(R"("id":"e-nvidia-partners_with-openai","source":"nvidia","target":"openai","relation":"partners_with","symmetric":true)") != std::string::npos);
  BOOST_TEST(data.find(R"("relation":"ceo_of","symmetric":false,"amount_usd":null,"amount":null,"status":null)") != std::string::npos);
  const std::string cycles =
      R"("cycles":[{"nodes":["nvidia","openai"],"edges":["e-nvidia-invests_in-openai","e-openai-buys_chips_from-nvidia"]}]})";
  BOOST_TEST(data.substr(data.size() - cycles.size()) == cycles);
}

BOOST_AUTO_TEST_CASE(no_sentence_can_end_a_script) {
  const std::string data = html_page_data(small_graph(), LabelLang::kBoth);
  BOOST_TEST(data.find('<') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(page_is_whole_and_self_contained) {
  if (!html_available()) {
    BOOST_TEST_MESSAGE("built with KGRAPH_HTML=OFF: only the refusal is checked");
    std::ostringstream out;
    BOOST_CHECK_THROW(HtmlWriter().write(small_graph(), out), Error);
    return;
  }
  std::ostringstream out;
  HtmlWriter(DotOptions{LabelLang::kEnglish, false}).write(small_graph(), out);
  const std::string page = out.str();
  BOOST_TEST(page.rfind("<!DOCTYPE html>", 0) == 0);
  BOOST_TEST(page.find("@KGRAPH_") == std::string::npos);
  BOOST_TEST(page.find("<title>kgraph: 3 entities, 4 relations, 1 document, 2025-09-22</title>") != std::string::npos);
  BOOST_TEST(page.find(R"("label_lang":"en")") != std::string::npos);
  BOOST_TEST(page.find("The Cytoscape Consortium") != std::string::npos);  // its licence travels with it
  // Exactly the page's three script elements, each closed once: nothing inside them ends one early.
  std::size_t opens = 0, closes = 0;
  for (std::size_t at = page.find("<script"); at != std::string::npos; at = page.find("<script", at + 1)) ++opens;
  for (std::size_t at = page.find("</script"); at != std::string::npos; at = page.find("</script", at + 1)) ++closes;
  BOOST_TEST(opens == 3u);
  BOOST_TEST(closes == 3u);
  // Nothing from outside the file: no http(s) source or stylesheet link.
  BOOST_TEST(page.find("src=\"http") == std::string::npos);
  BOOST_TEST(page.find("<link") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(format_registered) {
  BOOST_TEST(format_from_path("out/graph.html") == "html");
  BOOST_TEST(format_from_path("GRAPH.HTM") == "html");
  if (html_available()) {
    BOOST_TEST(make_writer("html")->format() == "html");
  } else {
    BOOST_CHECK_EXCEPTION(make_writer("html"), Error, [](const Error& e) {
      return e.code() == ErrorCode::kBadUsage && e.message() == html_unavailable_reason();
    });
  }
}

// A name found only in Arabic script has its id as English label; the page is told so (has_en false) and
// shows the Arabic name alone rather than "ayh_bnk (إيه بنك)".
BOOST_AUTO_TEST_CASE(arabic_only_names_are_flagged) {
  KnowledgeGraph g;
  ArticleResult a;
  a.doc_id = "d";
  a.entities = {entity("ayh_bnk", EntityType::kOrg, "", "إيه بنك")};
  g.merge(a);
  const std::string data = html_page_data(g, LabelLang::kBoth);
  BOOST_TEST(data.find(R"("id":"ayh_bnk","label_ar":"إيه بنك","label_en":"ayh_bnk","label_both":"إيه بنك","has_en":false)") !=
             std::string::npos);
}
