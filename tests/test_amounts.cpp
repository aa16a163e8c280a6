// Unit tests for amounts.h: money expressions in both scripts, scales, qualifiers.
#define BOOST_TEST_MODULE amounts
#include <boost/test/unit_test.hpp>

#include "kgraph/amounts.h"
#include "kgraph/utf8.h"

using namespace kgraph;

namespace {
const RuleSet& rules() {
  static auto r = RuleSet::load();
  return *r;
}
std::vector<std::string> amounts(const std::string& text) {
  std::u32string t = decode_utf8(text, "t");
  Segmented s = segment(t, normalize(t));
  std::vector<std::string> out;
  for (const Amount& a : find_amounts(s, 0, s.tokens.size(), rules())) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", a.usd);
    out.push_back(std::string(buf) + (a.qualifier.empty() ? "" : " " + a.qualifier));
  }
  return out;
}
using V = std::vector<std::string>;
}  // namespace

BOOST_AUTO_TEST_CASE(arabic_scales_and_plurals) {
  BOOST_TEST(amounts("بقيمة 100 مليار دولار") == V{"100000000000"});
  BOOST_TEST(amounts("تستثمر 4 مليارات دولار") == V{"4000000000"});
  BOOST_TEST(amounts("بلغت 4.4 تريليون دولار") == V{"4400000000000"});
  BOOST_TEST(amounts("صفقة بـ500 مليون دولار") == V{"500000000"});
  BOOST_TEST(amounts("حققت 6 مليارات دولارات") == V{"6000000000"});
}

BOOST_AUTO_TEST_CASE(clitic_digits_and_arabic_indic_digits) {
  BOOST_TEST(amounts("تمويل مبدئي بـ10 مليارات دولار") == V{"10000000000"});
  BOOST_TEST(amounts("ضخ ٥ مليارات دولار") == V{"5000000000"});
  BOOST_TEST(amounts("1,500 مليون دولار") == V{"1500000000"});
}

BOOST_AUTO_TEST_CASE(a_lone_scale_word_is_one_unit) {
  BOOST_TEST(amounts("ضخت غوغل مليار دولار إضافية") == V{"1000000000"});
  BOOST_TEST(amounts("مليارات الدولارات") == V{});  // "billions of dollars" names no amount
}

BOOST_AUTO_TEST_CASE(number_words_and_duals) {
  BOOST_TEST(amounts("استثمرت ثمانية مليارات دولار") == V{"8000000000"});
  BOOST_TEST(amounts("ضخت ملياري دولار في الشركة") == V{"2000000000"});
  BOOST_TEST(amounts("بلغت مليارا دولار") == V{"2000000000"});
  BOOST_TEST(amounts("بلغت 57 مليارا دولار") == V{"57000000000"});  // after a number: not a dual
  BOOST_TEST(amounts("نصف مليار دولار") == V{"500000000"});
  BOOST_TEST(amounts("ثمانية موظفين") == V{});
}

BOOST_AUTO_TEST_CASE(english_forms) {
  BOOST_TEST(amounts("a $22.4 billion contract") == V{"22400000000"});
  BOOST_TEST(amounts("$4B and $500M") == (V{"4000000000", "500000000"}));
}

BOOST_AUTO_TEST_CASE(qualifiers_are_kept) {
  BOOST_TEST(amounts("ما يصل إلى 100 مليار دولار") == V{"100000000000 up_to"});
  BOOST_TEST(amounts("بقيمة أكثر من 10 مليارات دولار") == V{"10000000000 more_than"});
  BOOST_TEST(amounts("نحو 13 مليار دولار") == V{"13000000000 about"});
}

BOOST_AUTO_TEST_CASE(numbers_without_currency_are_not_money) {
  BOOST_TEST(amounts("مقابل 57 مليارًا في الربع") == V{});
  BOOST_TEST(amounts("بسعة 10 جيجاواط و15%") == V{});
  BOOST_TEST(amounts("700 مليون مستخدم") == V{});
}
