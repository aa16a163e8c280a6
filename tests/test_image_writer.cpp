// Unit tests for image_writer.h: pictures drawn in-process by Graphviz (cairo), and the DOT label options.
#define BOOST_TEST_MODULE image_writer
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "kgraph/error.h"
#include "kgraph/image_writer.h"

using namespace kgraph;

namespace {
KnowledgeGraph sample() {
  KnowledgeGraph g;
  NodeProps a;
  a.id = "nvidia", a.label = "Nvidia", a.label_ar = "إنفيديا", a.label_en = "Nvidia", a.aliases = {"إنفيديا"};
  NodeProps b;
  b.id = "openai", b.label = "OpenAI", b.label_ar = "أوبن إيه آي", b.label_en = "OpenAI";
  g.add_node(a);
  g.add_node(b);
  EdgeProps e;
  e.relation = "invests_in", e.amount_usd = 100e9, e.status = "planned";
  Evidence ev;
  ev.doc_id = "d1", ev.sentence = "s", ev.date = "2025-09-22";
  e.evidence = {ev};
  e.first_seen = e.last_seen = "2025-09-22";
  g.add_edge("nvidia", e, "openai");
  return g;
}
std::string render(const KnowledgeGraph& g, const GraphWriter& w) {
  std::ostringstream out;
  w.write(g, out);
  return out.str();
}
// PNG width and height from the IHDR chunk (big-endian, bytes 16-23).
std::pair<unsigned, unsigned> png_size(const std::string& png) {
  auto u32 = [&](std::size_t at) {
    return (static_cast<unsigned>(static_cast<unsigned char>(png[at])) << 24) |
           (static_cast<unsigned>(static_cast<unsigned char>(png[at + 1])) << 16) |
           (static_cast<unsigned>(static_cast<unsigned char>(png[at + 2])) << 8) |
           static_cast<unsigned>(static_cast<unsigned char>(png[at + 3]));
  };
  return {u32(16), u32(20)};
}
}  // namespace

BOOST_AUTO_TEST_CASE(png_svg_and_pdf_are_what_they_say) {
  std::string png = render(sample(), ImageWriter("png"));
  BOOST_REQUIRE(png.size() > 24);
  BOOST_TEST(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  auto [w, h] = png_size(png);
  BOOST_TEST(w > 200u);  // two entities, the title and the legend: a few hundred pixels, not a thumbnail
  BOOST_TEST(w < 3000u);
  BOOST_TEST(h > 100u);
  BOOST_TEST(h < 3000u);
  std::string pdf = render(sample(), ImageWriter("pdf"));
  BOOST_TEST(pdf.compare(0, 5, "%PDF-") == 0);
  std::string svg = render(sample(), ImageWriter("svg"));
  BOOST_TEST(svg.find("<svg") != std::string::npos);
  BOOST_TEST(svg.find("</svg>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_dot_behind_the_picture_has_title_amounts_and_chosen_labels) {
  std::string both = render(sample(), DotWriter(DotOptions{LabelLang::kBoth, true}));
  BOOST_TEST(both.find("kgraph: 2 entities, 1 relations, 0 documents, 2025-09-22") != std::string::npos);
  BOOST_TEST(both.find("$100B") != std::string::npos);
  BOOST_TEST(both.find("إنفيديا") != std::string::npos);
  std::string en = render(sample(), DotWriter(DotOptions{LabelLang::kEnglish, true}));
  BOOST_TEST(en.find("إنفيديا") == std::string::npos);
  BOOST_TEST(en.find("أوبن") == std::string::npos);
  BOOST_TEST(en.find("Nvidia") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_picture_format_and_bad_dot_are_errors) {
  BOOST_CHECK_THROW(ImageWriter("gif"), Error);
  BOOST_CHECK_THROW(render_dot("digraph { a -> ", "png"), Error);
}
