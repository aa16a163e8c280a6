// Unit tests for dates.h: explicit and relative dates, the article's own date, and numbers that are not
// dates. Each found date is shown as "ISO <text as written>", with '~' in front when it was resolved
// against the article date (or could not be, for want of one: "~ <text>").
#define BOOST_TEST_MODULE dates
#include <boost/test/unit_test.hpp>

#include <optional>

#include "kgraph/dates.h"
#include "kgraph/error.h"
#include "kgraph/normalize.h"
#include "kgraph/segment.h"
#include "kgraph/utf8.h"

using namespace kgraph;

namespace {
const DateLexicon& lex() {
  static auto l = DateLexicon::load();
  return *l;
}
std::vector<std::string> dates(const std::string& text, const std::optional<std::string>& article = std::nullopt) {
  std::u32string t = decode_utf8(text, "t");
  Segmented s = segment(t, normalize(t));
  std::vector<std::string> out;
  for (const DateRef& d : find_dates(s, 0, s.tokens.size(), lex(), article, t)) {
    out.push_back((d.relative ? "~" : "") + d.iso + " <" + d.text + ">");
  }
  return out;
}
std::optional<std::string> date_line(const std::string& text) {
  std::u32string t = decode_utf8(text, "t");
  Segmented s = segment(t, normalize(t));
  return find_date_line(s, t, lex());
}
using V = std::vector<std::string>;
std::string show(const std::optional<std::string>& o) { return o ? *o : "none"; }
}  // namespace

BOOST_AUTO_TEST_CASE(day_month_year_in_both_series) {
  BOOST_TEST(dates("أعلنت الشركة في 22 سبتمبر 2025 عن الصفقة") == V{"2025-09-22 <22 سبتمبر 2025>"});
  BOOST_TEST(dates("وقعت الاتفاقية في 22 أيلول/سبتمبر 2025") == V{"2025-09-22 <22 أيلول/سبتمبر 2025>"});
  BOOST_TEST(dates("في 3 من تشرين الثاني (نوفمبر) من عام 2024") == V{"2024-11-03 <3 من تشرين الثاني (نوفمبر) من عام 2024>"});
  BOOST_TEST(dates("يوم 1 كانون الثاني 2026") == V{"2026-01-01 <1 كانون الثاني 2026>"});
  BOOST_TEST(dates("في 31 كانون الأول 2025") == V{"2025-12-31 <31 كانون الأول 2025>"});
  BOOST_TEST(dates("في 5 جانفي 2025") == V{"2025-01-05 <5 جانفي 2025>"});
  BOOST_TEST(dates("في 14 آب/أغسطس 2025") == V{"2025-08-14 <14 آب/أغسطس 2025>"});
}

BOOST_AUTO_TEST_CASE(month_and_year) {
  BOOST_TEST(dates("في سبتمبر 2025 أعلنت") == V{"2025-09 <سبتمبر 2025>"});
  BOOST_TEST(dates("منذ تموز 2023") == V{"2023-07 <تموز 2023>"});
  BOOST_TEST(dates("في تشرين الأول/أكتوبر 2025") == V{"2025-10 <تشرين الأول/أكتوبر 2025>"});
  BOOST_TEST(dates("خلال شهر مارس من العام 2024") == V{"2024-03 <شهر مارس من العام 2024>"});
  BOOST_TEST(dates("في مارس 2025") == V{"2025-03 <مارس 2025>"});
}

BOOST_AUTO_TEST_CASE(years_need_a_cue) {
  BOOST_TEST(dates("تتوقع الشركة أرباحا في 2026") == V{"2026 <2026>"});
  BOOST_TEST(dates("تأسست عام 2015") == V{"2015 <عام 2015>"});
  BOOST_TEST(dates("في العام 2024 وحده") == V{"2024 <العام 2024>"});
  BOOST_TEST(dates("بحلول عام 2030") == V{"2030 <عام 2030>"});
  BOOST_TEST(dates("بحلول 2030") == V{"2030 <2030>"});
  BOOST_TEST(dates("منذ 2019") == V{"2019 <2019>"});
  BOOST_TEST(dates("خلال عامي 2024 و2025") == (V{"2024 <عامي 2024>", "2025 <و2025>"}));
  BOOST_TEST(dates("للعام 2025") == V{"2025 <للعام 2025>"});
}

BOOST_AUTO_TEST_CASE(english_forms) {
  BOOST_TEST(dates("September 22, 2025") == V{"2025-09-22 <September 22, 2025>"});
  BOOST_TEST(dates("on Sept. 22, 2025") == V{"2025-09-22 <Sept. 22, 2025>"});
  BOOST_TEST(dates("22 Sep 2025") == V{"2025-09-22 <22 Sep 2025>"});
  BOOST_TEST(dates("in March 2024") == V{"2024-03 <March 2024>"});
  BOOST_TEST(dates("Sep 22", "2025-10-01") == V{"~2025-09-22 <Sep 22>"});
}

BOOST_AUTO_TEST_CASE(numeric_dates) {
  BOOST_TEST(dates("بتاريخ 2025-09-22") == V{"2025-09-22 <2025-09-22>"});
  BOOST_TEST(dates("بتاريخ 2025/09/22") == V{"2025-09-22 <2025/09/22>"});
  BOOST_TEST(dates("بتاريخ 22/09/2025") == V{"2025-09-22 <22/09/2025>"});
  BOOST_TEST(dates("بتاريخ 22-9-2025") == V{"2025-09-22 <22-9-2025>"});
  BOOST_TEST(dates("بتاريخ 22.09.2025") == V{"2025-09-22 <22.09.2025>"});
  BOOST_TEST(dates("on 9/22/2025") == V{"2025-09-22 <9/22/2025>"});   // only the middle can be a day
  BOOST_TEST(dates("بتاريخ 05/09/2025") == V{"2025-09-05 <05/09/2025>"});  // day first when both can be
  BOOST_TEST(dates("في 2025-09-22") == V{"2025-09-22 <2025-09-22>"});  // not the year 2025
}

BOOST_AUTO_TEST_CASE(arabic_indic_digits) {
  BOOST_TEST(dates("في ٢٢ سبتمبر ٢٠٢٥") == V{"2025-09-22 <٢٢ سبتمبر ٢٠٢٥>"});
  BOOST_TEST(dates("بتاريخ ٢٠٢٥/٠٩/٢٢") == V{"2025-09-22 <٢٠٢٥/٠٩/٢٢>"});
  BOOST_TEST(dates("عام ٢٠٢٤") == V{"2024 <عام ٢٠٢٤>"});
  BOOST_TEST(dates("في ۲۰۲۶") == V{"2026 <۲۰۲۶>"});  // Persian digits too
}

BOOST_AUTO_TEST_CASE(leap_years) {
  BOOST_TEST(dates("في 29 فبراير 2024") == V{"2024-02-29 <29 فبراير 2024>"});
  // No 29 February in 2025: the day is dropped and the month stays.
  BOOST_TEST(dates("في 29 فبراير 2025") == V{"2025-02 <فبراير 2025>"});
  BOOST_TEST(dates("في 29 شباط 2100") == V{"2100-02 <شباط 2100>"});  // a century, not divisible by 400
  BOOST_TEST(dates("في 29/02/2000") == V{"2000-02-29 <29/02/2000>"});
  BOOST_TEST(dates("في 29/02/2023") == V{});
  BOOST_TEST(dates("في 31 أبريل") == V{});
  BOOST_TEST(dates("أمس", "2024-03-01") == V{"~2024-02-29 <أمس>"});
  BOOST_TEST(dates("أمس", "2025-03-01") == V{"~2025-02-28 <أمس>"});
  BOOST_TEST(dates("في 29 فبراير الماضي", "2025-09-22") == V{"~2024-02-29 <29 فبراير الماضي>"});
  BOOST_TEST(dates("في 29 فبراير", "2025-09-22") == V{"~2024-02-29 <29 فبراير>"});
  BOOST_TEST(dates("في 29 فبراير", "2027-01-10") == V{"~2028-02-29 <29 فبراير>"});
  BOOST_TEST(dates("في 29 فبراير", "2026-07-01") == V{"~2024-02-29 <29 فبراير>"});  // none within a year
  // The article's year has no 29 February: the month stays.
  BOOST_TEST(dates("في 29 فبراير الجاري", "2025-02-10") == V{"~2025-02 <فبراير الجاري>"});
}

BOOST_AUTO_TEST_CASE(months_relative_to_the_article) {
  BOOST_TEST(dates("في سبتمبر الماضي", "2025-10-05") == V{"~2025-09 <سبتمبر الماضي>"});
  BOOST_TEST(dates("في سبتمبر الماضي", "2025-09-22") == V{"~2024-09 <سبتمبر الماضي>"});
  BOOST_TEST(dates("في سبتمبر الماضي", "2025-08-10") == V{"~2024-09 <سبتمبر الماضي>"});  // last year's
  BOOST_TEST(dates("في سبتمبر المقبل", "2025-08-10") == V{"~2025-09 <سبتمبر المقبل>"});
  BOOST_TEST(dates("في يناير المقبل", "2025-12-10") == V{"~2026-01 <يناير المقبل>"});
  BOOST_TEST(dates("في أيلول/سبتمبر الماضي", "2025-10-05") == V{"~2025-09 <أيلول/سبتمبر الماضي>"});
  BOOST_TEST(dates("مارس الماضي", "2025-10-05") == V{"~2025-03 <مارس الماضي>"});
  BOOST_TEST(dates("في 10 سبتمبر الجاري", "2025-09-22") == V{"~2025-09-10 <10 سبتمبر الجاري>"});
  BOOST_TEST(dates("في 30 سبتمبر الماضي", "2025-09-22") == V{"~2024-09-30 <30 سبتمبر الماضي>"});
  // A month or a day with no year is the one nearest the article date, the earlier on a tie.
  BOOST_TEST(dates("سجلت ذروتها في أكتوبر", "2026-02-10") == V{"~2025-10 <أكتوبر>"});
  BOOST_TEST(dates("ستطلق النموذج في أكتوبر", "2025-09-10") == V{"~2025-10 <أكتوبر>"});
  BOOST_TEST(dates("في فبراير", "2025-12-01") == V{"~2026-02 <فبراير>"});
  BOOST_TEST(dates("في سبتمبر", "2025-03-15") == V{"~2024-09 <سبتمبر>"});  // six months either way
  BOOST_TEST(dates("في آذار", "2025-09-15") == V{"~2025-03 <آذار>"});
  BOOST_TEST(dates("في مارس", "2025-09-15") == V{});  // also a verb: alone it needs "month of"
  BOOST_TEST(dates("في 22 سبتمبر", "2025-02-10") == V{"~2024-09-22 <22 سبتمبر>"});
  BOOST_TEST(dates("في 22 سبتمبر", "2025-09-10") == V{"~2025-09-22 <22 سبتمبر>"});
  BOOST_TEST(dates("خلال شهر مارس", "2025-02-10") == V{"~2025-03 <شهر مارس>"});
  BOOST_TEST(dates("الشهر الماضي", "2025-01-15") == V{"~2024-12 <الشهر الماضي>"});
  BOOST_TEST(dates("الشهر المقبل", "2025-12-15") == V{"~2026-01 <الشهر المقبل>"});
  BOOST_TEST(dates("خلال الشهر الجاري", "2025-03-31") == V{"~2025-03 <الشهر الجاري>"});
}

BOOST_AUTO_TEST_CASE(years_relative_to_the_article) {
  BOOST_TEST(dates("العام الماضي", "2025-01-01") == V{"~2024 <العام الماضي>"});
  BOOST_TEST(dates("خلال السنة الماضية", "2025-09-22") == V{"~2024 <السنة الماضية>"});
  BOOST_TEST(dates("هذا العام", "2025-09-22") == V{"~2025 <هذا العام>"});
  BOOST_TEST(dates("في العام المقبل", "2025-12-31") == V{"~2026 <العام المقبل>"});
  BOOST_TEST(dates("والعام الجاري", "2025-09-22") == V{"~2025 <والعام الجاري>"});
}

BOOST_AUTO_TEST_CASE(days_and_weeks_relative_to_the_article) {
  // 2025-09-22 is a Monday.
  BOOST_TEST(dates("قالت يوم الاثنين", "2025-09-22") == V{"~2025-09-22 <يوم الاثنين>"});
  BOOST_TEST(dates("قالت يوم الاثنين", "2025-09-24") == V{"~2025-09-22 <يوم الاثنين>"});
  BOOST_TEST(dates("يوم الجمعة", "2025-09-22") == V{"~2025-09-19 <يوم الجمعة>"});
  BOOST_TEST(dates("مساء الأحد", "2025-09-22") == V{"~2025-09-21 <مساء الأحد>"});
  BOOST_TEST(dates("الاثنين الماضي", "2025-09-22") == V{"~2025-09-15 <الاثنين الماضي>"});
  BOOST_TEST(dates("الخميس المقبل", "2025-09-22") == V{"~2025-09-25 <الخميس المقبل>"});
  BOOST_TEST(dates("يوم الاثنين المقبل", "2025-09-22") == V{"~2025-09-29 <يوم الاثنين المقبل>"});
  BOOST_TEST(dates("أعلنت أمس", "2025-09-22") == V{"~2025-09-21 <أمس>"});
  BOOST_TEST(dates("أول أمس", "2025-09-01") == V{"~2025-08-30 <أول أمس>"});
  BOOST_TEST(dates("قالت اليوم", "2025-09-22") == V{"~2025-09-22 <اليوم>"});
  BOOST_TEST(dates("غدا", "2025-12-31") == V{"~2026-01-01 <غدا>"});
  BOOST_TEST(dates("صباح اليوم (الاثنين)", "2025-09-22") == V{"~2025-09-22 <اليوم (الاثنين)>"});
  BOOST_TEST(dates("أمس الأحد", "2025-09-22") == V{"~2025-09-21 <أمس الأحد>"});
  BOOST_TEST(dates("يوم الجمعة قبل الماضي", "2025-09-22") == V{"~2025-09-12 <يوم الجمعة قبل الماضي>"});
  BOOST_TEST(dates("في مايو قبل الماضي", "2025-09-22") == V{"~2024-05 <مايو قبل الماضي>"});
  BOOST_TEST(dates("العام قبل الماضي", "2025-09-22") == V{"~2023 <العام قبل الماضي>"});
  // A week is written as its Monday.
  BOOST_TEST(dates("الأسبوع الماضي", "2025-09-24") == V{"~2025-09-15 <الأسبوع الماضي>"});
  BOOST_TEST(dates("الأسبوع الماضي", "2025-01-02") == V{"~2024-12-23 <الأسبوع الماضي>"});
  BOOST_TEST(dates("هذا الأسبوع", "2025-09-28") == V{"~2025-09-22 <هذا الأسبوع>"});
  // A weekday before a full date is part of nothing: the full date is read.
  BOOST_TEST(dates("يوم الاثنين 22 سبتمبر 2025", "2025-09-30") == V{"2025-09-22 <22 سبتمبر 2025>"});
}

BOOST_AUTO_TEST_CASE(precision_and_spans) {
  std::string text = "قالت الشركة الأسبوع الماضي إنها استثمرت في 2024";
  std::u32string t = decode_utf8(text, "t");
  Segmented s = segment(t, normalize(t));
  auto got = find_dates(s, 0, s.tokens.size(), lex(), std::string("2025-09-24"));
  BOOST_TEST_REQUIRE(got.size() == 2u);
  BOOST_TEST(got[0].iso == "2025-09-15");
  BOOST_TEST((got[0].precision == DatePrecision::kWeek));
  BOOST_TEST(got[0].relative);
  BOOST_TEST(encode_utf8(t.substr(got[0].span.begin, got[0].span.end - got[0].span.begin)) == "الأسبوع الماضي");
  BOOST_TEST((got[1].precision == DatePrecision::kYear));
  BOOST_TEST(!got[1].relative);
  // Without the original text, `text` holds the folded words.
  auto folded = find_dates(s, 0, s.tokens.size(), lex(), std::nullopt);
  BOOST_TEST(folded[0].text == "الاسبوع الماضي");
}

BOOST_AUTO_TEST_CASE(a_token_range_limits_the_search) {
  std::string text = "في 2024 ثم في 2025";
  std::u32string t = decode_utf8(text, "t");
  Segmented s = segment(t, normalize(t));
  auto got = find_dates(s, 2, s.tokens.size(), lex(), std::nullopt, t);
  BOOST_TEST_REQUIRE(got.size() == 1u);
  BOOST_TEST(got[0].iso == "2025");
  BOOST_TEST(find_dates(s, 0, 1, lex(), std::nullopt, t).empty());
}

BOOST_AUTO_TEST_CASE(relative_dates_without_an_article_date) {
  BOOST_TEST(dates("في سبتمبر الماضي") == V{"~ <سبتمبر الماضي>"});
  BOOST_TEST(dates("أمس") == V{"~ <أمس>"});
  BOOST_TEST(dates("العام المقبل") == V{"~ <العام المقبل>"});
  BOOST_TEST(dates("يوم الاثنين") == V{"~ <يوم الاثنين>"});
  BOOST_TEST(dates("في 22 سبتمبر") == V{"~ <22 سبتمبر>"});
  BOOST_TEST(dates("في 29 فبراير") == V{"~ <29 فبراير>"});  // some year has it
}

BOOST_AUTO_TEST_CASE(no_false_dates) {
  BOOST_TEST(dates("بسعة 10 جيجاواط و15%") == V{});
  BOOST_TEST(dates("توظف الشركة 2000 شخص") == V{});         // no cue: a count
  BOOST_TEST(dates("افتتحت في 2000 متجر") == V{});          // a cue, then a unit
  BOOST_TEST(dates("في 2026 جيجاواط") == V{});
  BOOST_TEST(dates("بقيمة 2025 مليون دولار") == V{});
  BOOST_TEST(dates("حتى 2000 دولار") == V{});
  BOOST_TEST(dates("في 2026%") == V{});
  BOOST_TEST(dates("عام 2026 مليار") == V{});
  BOOST_TEST(dates("نحو 2048 شريحة") == V{});
  BOOST_TEST(dates("مارس الضغط على الإدارة") == V{});       // "practised", not March
  BOOST_TEST(dates("في نيسان وتويوتا") == V{});             // Nissan, not April
  BOOST_TEST(dates("قال آب العائلة") == V{});               // father, not August
  BOOST_TEST(dates("may announce") == V{});
  BOOST_TEST(dates("هجمات سبتمبر") == V{});                 // a month alone needs a cue
  BOOST_TEST(dates("اتفق الاثنين على الصفقة") == V{});      // a weekday alone is not a date
  BOOST_TEST(dates("الإصدار 1.2.3 و192.168.1.1") == V{});
  BOOST_TEST(dates("iPhone 16 وGPT-5") == V{});
  BOOST_TEST(dates("في 2025/2026") == V{});
  BOOST_TEST(dates("عام 1447 هـ") == V{});                  // outside the year range (a Hijri year)
  BOOST_TEST(dates("في 32 سبتمبر") == V{});
  BOOST_TEST(dates("بتاريخ 22/13/2025") == V{});
  BOOST_TEST(dates("لامس سعر السهم القمة") == V{});          // "touched", not li + "yesterday"
  BOOST_TEST(dates("في اليوم التالي") == V{});               // "the next day"
  BOOST_TEST(dates("بأقل من دولارين في اليوم الواحد") == V{});  // "per day"
  BOOST_TEST(dates("اليوم العالمي للتصلب") == V{});          // "World Day of"
  BOOST_TEST(dates("رفاق بالأمس القريب") == V{});             // "in the recent past"
  BOOST_TEST(dates("يؤمن بالله واليوم الآخر") == V{});        // "the Last Day"
  BOOST_TEST(dates("يوم الأحد الثاني من الشهر", "2025-09-22") == V{});
  BOOST_TEST(dates("توفي يوم الإثنين 2 ربيع الأول 1373", "2015-07-21") == V{});  // a Hijri date follows
}

BOOST_AUTO_TEST_CASE(article_dates) {
  BOOST_TEST(show(parse_article_date("2025-09-22")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("2025-09-22T10:30:00Z")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("2025-09-22 10:30:00")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("2025/09/22")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("22/09/2025")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("22 سبتمبر 2025")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("الاثنين 22 سبتمبر 2025")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("الاثنين، 22 سبتمبر 2025")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("22 أيلول/سبتمبر 2025")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("September 22, 2025")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("Mon, 22 Sep 2025 10:30:00 +0000")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("٢٠٢٥-٠٩-٢٢")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("٢٢ سبتمبر ٢٠٢٥")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("2024-02-29")) == "2024-02-29");
  BOOST_TEST(show(parse_article_date("الاثنين 29 ربيع الأول 1447 هـ - 22 سبتمبر 2025 م")) == "2025-09-22");
  BOOST_TEST(show(parse_article_date("تاريخ النشر: 22 سبتمبر 2025")) == "2025-09-22");

  BOOST_TEST(!parse_article_date(""));
  BOOST_TEST(!parse_article_date("hello"));
  BOOST_TEST(!parse_article_date("2025"));
  BOOST_TEST(!parse_article_date("سبتمبر 2025"));
  BOOST_TEST(!parse_article_date("2025-02-29"));
  BOOST_TEST(!parse_article_date("2025-13-01"));
  BOOST_TEST(!parse_article_date("30 فبراير 2025"));
  BOOST_TEST(!parse_article_date("أمس"));
  BOOST_TEST(!parse_article_date("أعلنت الشركة في 22 سبتمبر 2025 عن صفقة"));
  BOOST_TEST(!parse_article_date("2025-09-22 واستثمرت"));
  BOOST_TEST(!parse_article_date(std::string("2025-09-\xff")));
}

BOOST_AUTO_TEST_CASE(date_line_at_the_top) {
  BOOST_TEST(show(date_line("أمازون تكمل استثمارها\n22 سبتمبر 2025\nأعلنت أمازون...")) == "2025-09-22");
  BOOST_TEST(show(date_line("العنوان\n\nتاريخ النشر: الاثنين 22 سبتمبر 2025 - 10:30 ص\nالنص")) == "2025-09-22");
  BOOST_TEST(show(date_line("العنوان\nنُشر في 22 أيلول/سبتمبر 2025 بواسطة المحرر\nالنص")) == "2025-09-22");
  BOOST_TEST(show(date_line("العنوان\nآخر تحديث: ٢٢/٠٩/٢٠٢٥\nالنص")) == "2025-09-22");
  BOOST_TEST(show(date_line("الاثنين 29 ربيع الأول 1447 هـ - 22 سبتمبر 2025 م\nالعنوان")) == "2025-09-22");
  // A sentence that holds a date is not a date line; nor is a month; nor a line below the fifth.
  BOOST_TEST(!date_line("العنوان\nأعلنت أمازون في 22 سبتمبر 2025 أنها ستستثمر"));
  BOOST_TEST(!date_line("العنوان\nسبتمبر 2025\nالنص"));
  BOOST_TEST(!date_line("1\n2\n3\n4\n5\n22 سبتمبر 2025"));
  BOOST_TEST(!date_line("العنوان\nنشر في تقرير عام 2024 أن الشركة\n22"));
  BOOST_TEST(!date_line(""));
}

BOOST_AUTO_TEST_CASE(bad_article_date_is_a_usage_error) {
  std::u32string t = decode_utf8("أمس", "t");
  Segmented s = segment(t, normalize(t));
  BOOST_CHECK_EXCEPTION(find_dates(s, 0, s.tokens.size(), lex(), std::string("22/09/2025")), Error,
                        [](const Error& e) { return e.code() == ErrorCode::kBadUsage; });
}

BOOST_AUTO_TEST_CASE(date_files_are_checked_and_extend_the_defaults) {
  std::string defaults(R"({"version": 1, "months": [{"month": 9, "words": ["سبتمبر"]}], "year_cues": {"others": ["في"]}})");
  BOOST_CHECK_EXCEPTION(DateLexicon::compile({{"d.json", defaults}, {"x.json", R"({"version": 1, "months": [{"month": 13}]})"}}),
                        Error, [](const Error& e) { return e.code() == ErrorCode::kBadSchema && e.where().file == "x.json"; });
  BOOST_CHECK_EXCEPTION(
      DateLexicon::compile({{"d.json", defaults}, {"x.json", R"({"version": 1, "months": [{"month": 10, "words": ["سِبتمبر"]}]})"}}),
      Error, [](const Error& e) { return e.code() == ErrorCode::kBadInput && e.where().line == 1; });
  BOOST_CHECK_EXCEPTION(DateLexicon::compile({{"x.json", R"({"version": 1, "year_cues": {"others": ["في عام"]}})"}}), Error,
                        [](const Error& e) { return e.code() == ErrorCode::kBadSchema; });
  auto extended = DateLexicon::compile(
      {{"d.json", defaults}, {"x.json", R"({"version": 1, "relative": [{"unit": "year", "offset": -1, "words": ["العام المنصرم"]}]})"}});
  std::u32string t = decode_utf8("في سبتمبر 2025 والعام المنصرم", "t");
  Segmented s = segment(t, normalize(t));
  auto got = find_dates(s, 0, s.tokens.size(), *extended, std::string("2025-10-01"), t);
  BOOST_TEST_REQUIRE(got.size() == 2u);
  BOOST_TEST(got[0].iso == "2025-09");
  BOOST_TEST(got[1].iso == "2024");
}

BOOST_AUTO_TEST_CASE(one_pass_over_a_long_sentence) {
  // 60,000 tokens in one range; a quadratic scan would not finish in a test's time.
  std::string text;
  for (int k = 0; k < 10000; ++k) text += "في سبتمبر الماضي وعام 2024 ";
  std::u32string t = decode_utf8(text, "t");
  Segmented s = segment(t, normalize(t));
  auto got = find_dates(s, 0, s.tokens.size(), lex(), std::string("2025-09-22"));
  BOOST_TEST(got.size() == 20000u);
  BOOST_TEST(got.back().iso == "2024");
}

BOOST_AUTO_TEST_CASE(a_year_ends_a_sentence) {
  auto lex = DateLexicon::load();
  std::u32string t = decode_utf8("استثمرت مايكروسوفت في OpenAI منذ عام 2019. ثم 2025/26 موسم.", "t");
  NormalizedText n = normalize(t);
  Segmented s = segment(t, n);
  std::vector<DateRef> d = find_dates(s, 0, s.tokens.size(), *lex, std::string("2025-09-24"), t);
  BOOST_REQUIRE_EQUAL(d.size(), 1u);
  BOOST_TEST(d[0].iso == "2019");
  BOOST_TEST(d[0].text == "عام 2019");
}

// A date right after "until", "by", "by the end of" is a horizon: found, but marked, so it never becomes a
// relation's event date ("a contract until 2032" was not signed in 2032).
BOOST_AUTO_TEST_CASE(horizons_are_marked) {
  auto horizons = [](const std::string& text) {
    std::u32string t = decode_utf8(text, "t");
    Segmented s = segment(t, normalize(t));
    std::vector<std::string> out;
    for (const DateRef& d : find_dates(s, 0, s.tokens.size(), lex(), std::nullopt, t)) {
      out.push_back(d.iso + (d.horizon ? " horizon" : ""));
    }
    return out;
  };
  BOOST_TEST(horizons("عقد يمتد حتى عام 2032") == V{"2032 horizon"});
  BOOST_TEST(horizons("بحلول 2030 تريد الشركة") == V{"2030 horizon"});
  BOOST_TEST(horizons("وقعت في سبتمبر 2025 عقدا يمتد لغاية عام 2030") == (V{"2025-09", "2030 horizon"}));
  BOOST_TEST(horizons("تنفق المليارات حتى نهاية 2028") == V{"2028 horizon"});
  BOOST_TEST(horizons("منذ 2019 وفي 2024") == (V{"2019", "2024"}));
}
