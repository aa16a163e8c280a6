// Unit tests for mentions.h: lexicon mentions, names found by context, anaphors, family names.
#define BOOST_TEST_MODULE mentions
#include <boost/test/unit_test.hpp>

#include "kgraph/mentions.h"
#include "kgraph/utf8.h"
#include "test_support.h"

using namespace kgraph;

namespace {
// "id:TYPE:surface:method" for every mention `lex` and the default rules find.
std::string format_mentions(const Lexicon& lex, const std::string& text) {
  static auto rules = RuleSet::load();
  std::u32string t = decode_utf8(text, "t");
  NormalizedText n = normalize(t);
  Segmented s = segment(t, n);
  MentionResult r = find_mentions(t, n, s, lex, *rules);
  std::string out;
  for (const Mention& m : r.mentions) {
    out += std::string(out.empty() ? "" : " | ") + ((m.anaphor ? std::string("~") : m.entity) + ":" + std::string(to_string(m.type)) + ":" +
                  encode_utf8(t.substr(m.span.begin, m.span.end - m.span.begin)) + ":" + m.method);
  }
  return out;
}
// With the small test lexicon.
std::string mentions(const std::string& text) {
  static auto lex = test::small_lexicon();
  return format_mentions(*lex, text);
}
// With the default lexicon, for names and word lists only it has.
std::string mentions_full(const std::string& text) {
  static auto lex = Lexicon::load();
  return format_mentions(*lex, text);
}
// Joined with " | " so that a failure shows both sides.
std::string V(std::initializer_list<std::string> items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : " | ") + s;
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(lexicon_mentions_exclude_their_clitics) {
  BOOST_TEST(mentions("أمازون ومايكروسوفت ولـ OpenAI") ==
             V({"amazon:ORG:أمازون:lexicon", "microsoft:ORG:مايكروسوفت:lexicon", "openai:ORG:OpenAI:lexicon"}));
}

BOOST_AUTO_TEST_CASE(latin_names_inside_arabic_text) {
  BOOST_TEST(mentions("في شركة إدارة الثروات OnePoint BFG Wealth Partners، في مذكرة") ==
             V({"onepoint_bfg_wealth_partners:ORG:OnePoint BFG Wealth Partners:latin-name"}));
  // Ignored acronyms and placeholders are not entities.
  BOOST_TEST(mentions("تعتمد على GPUs و AI {{MEDIA}}") == V({}));
}

BOOST_AUTO_TEST_CASE(names_after_an_organisation_noun) {
  BOOST_TEST(mentions("صفقة مع شركة “سيريبراس” الناشئة") == V({"syrybras:ORG:سيريبراس:designator"}));
  BOOST_TEST(mentions("شراكات مع شركة آي دي إم لتطوير شرائحها") == V({"ay_dy_am:ORG:آي دي إم:designator"}));
  BOOST_TEST(mentions("مع شركات أخرى وشركة أخرى") == V({}));
}

BOOST_AUTO_TEST_CASE(persons_before_a_title_and_by_first_name) {
  BOOST_TEST(mentions("كتب بيتر بوكفار، كبير مسؤولي الاستثمار") ==
             V({"bytr_bwkfar:PERSON:بيتر بوكفار:title"}));
  BOOST_TEST(mentions("أكد ساشين كاتي، مسؤول البنية التحتية") == V({"sashyn_katy:PERSON:ساشين كاتي:title"}));
  BOOST_TEST(mentions("كتب بربر جين وروبي ويلان من وول ستريت جورنال") ==
             V({"brbr_jyn:PERSON:بربر جين:coordination", "rwby_wylan:PERSON:روبي ويلان:given-name",
                "wsj:MEDIA:وول ستريت جورنال:lexicon"}));
}

BOOST_AUTO_TEST_CASE(particles_inside_a_person_name) {
  // A particle between a first name and the family name, or inside the family name, carries the name on.
  BOOST_TEST(mentions("قال بيتر دي فريسكو إن") == V({"bytr_dy_fryskw:PERSON:بيتر دي فريسكو:given-name"}));
  BOOST_TEST(mentions("وقالت لينا فان دن هوفن إن") == V({"lyna_fan_dn_hwfn:PERSON:لينا فان دن هوفن:given-name"}));
  // Before a title: three words when the middle one is a particle.
  BOOST_TEST(mentions("كتب سامي دي كوستا، كبير مسؤولي الاستثمار") ==
             V({"samy_dy_kwsta:PERSON:سامي دي كوستا:title"}));
  // A name never ends on a particle, and a particle takes no stop word after it.
  BOOST_TEST(mentions("قال جورج بن في") == V({"jwrj_bn:PERSON:جورج بن:given-name"}));
}

BOOST_AUTO_TEST_CASE(a_company_name_opening_a_longer_quoted_name_is_not_the_company) {
  // A prize or an event named after a company is not that company.
  BOOST_TEST(mentions("شاركت في منافسة «غوغل فضاء إكس كاب» العام الماضي") == V({}));
  // The whole quote is the company; spelled-out letters after the name keep it the company.
  BOOST_TEST(mentions("قالت «غوغل» إن") == V({"google:ORG:غوغل:lexicon"}));
  BOOST_TEST(mentions("قالت \"أمازون تي\" إن") == V({"amazon:ORG:أمازون:lexicon"}));
}

BOOST_AUTO_TEST_CASE(family_name_refers_back) {
  BOOST_TEST(mentions("قال جورج سارافيلوس إن النمو تباطأ. وأضاف سارافيلوس أن") ==
             V({"jwrj_sarafylws:PERSON:جورج سارافيلوس:given-name", "jwrj_sarafylws:PERSON:سارافيلوس:family-name"}));
}

BOOST_AUTO_TEST_CASE(anaphor_is_marked_not_resolved_here) {
  BOOST_TEST(mentions("استثمرت أمازون في الشركة") == V({"amazon:ORG:أمازون:lexicon", "~:ORG:الشركة:anaphor"}));
}

BOOST_AUTO_TEST_CASE(definite_head_noun_refers_to_the_name_it_introduced) {
  // "مشروع Nour" introduces Nour with مشروع; "المشروع" two sentences on is Nour, and "بالمجموعة" is
  // the name مجموعة introduced (Amazon), not the latest organisation (OpenAI).
  BOOST_TEST(mentions("أطلقت مجموعة أمازون مشروع Nour. وقالت OpenAI إن المشروع كبير. وأشادت بالمجموعة") ==
             V({"amazon:ORG:أمازون:lexicon", "nour:ORG:Nour:latin-name", "openai:ORG:OpenAI:lexicon",
                "nour:ORG:المشروع:head-noun", "amazon:ORG:المجموعة:head-noun"}));
  // Before a name it is that name's designator; with no name introduced by it, it is left alone.
  BOOST_TEST(mentions("قال الصندوق إن المشروع Nour كبير") == V({"nour:ORG:Nour:latin-name"}));
}

BOOST_AUTO_TEST_CASE(trade_noun_refers_to_the_latest_seller_of_that_trade) {
  // "مزودة السحابة" is AWS (sells cloud), not Anthropic named after it; "صانعة الرقائق" is Nvidia.
  BOOST_TEST(mentions("وقعت AWS وإنفيديا اتفاقا مع أنثروبيك. وتستأجر أنثروبيك خوادم مزودة السحابة من صانعة الرقائق") ==
             V({"aws:ORG:AWS:lexicon", "nvidia:ORG:إنفيديا:lexicon", "anthropic:ORG:أنثروبيك:lexicon",
                "anthropic:ORG:أنثروبيك:lexicon", "aws:ORG:مزودة السحابة:trade-noun",
                "nvidia:ORG:صانعة الرقائق:trade-noun"}));
  // No seller of that trade named in the two sentences before: nothing.
  BOOST_TEST(mentions("قالت أنثروبيك إن مزودة السحابة لم تعلق") == V({"anthropic:ORG:أنثروبيك:lexicon"}));
}

BOOST_AUTO_TEST_CASE(nationality_adjective_refers_to_the_latest_company_of_that_country) {
  // Amazon's home in the lexicon is the US; OpenAI (named later) has none in the test lexicon.
  BOOST_TEST(mentions("استثمرت أمازون في أنثروبيك. وقالت OpenAI إن المجموعة الأمريكية تتوسع") ==
             V({"amazon:ORG:أمازون:lexicon", "anthropic:ORG:أنثروبيك:lexicon", "openai:ORG:OpenAI:lexicon",
                "amazon:ORG:المجموعة الأمريكية:nationality"}));
  // No company of that country named before: the head noun stays an unresolved anaphor.
  BOOST_TEST(mentions("قالت أنثروبيك إن الشركة اليابانية تتوسع") ==
             V({"anthropic:ORG:أنثروبيك:lexicon", "~:ORG:الشركة:anaphor"}));
}

BOOST_AUTO_TEST_CASE(company_noun_before_a_maker_noun_is_the_maker) {
  BOOST_TEST(mentions("ضخت أمازون أموالا في الشركة المطورة لـChatGPT") ==
             V({"amazon:ORG:أمازون:lexicon", "openai:ORG:الشركة المطورة:epithet", "chatgpt:PRODUCT:ChatGPT:lexicon"}));
}

BOOST_AUTO_TEST_CASE(a_name_introduced_by_its_noun_is_found_bare_elsewhere) {
  // The headline names it before the article introduces it with شركة; both are the same entity.
  BOOST_TEST(mentions("أمازون تتعاون مع نوفارا. وقالت شركة نوفارا، إن") ==
             V({"amazon:ORG:أمازون:lexicon", "nwfara:ORG:نوفارا:repeated", "nwfara:ORG:نوفارا:designator"}));
}

BOOST_AUTO_TEST_CASE(a_name_and_its_spelling_in_brackets_are_one_entity) {
  BOOST_TEST(mentions("اشترت أمازون شركة «زد تي سيستمز» (ZT Systems) أمس") ==
             V({"amazon:ORG:أمازون:lexicon", "zt_systems:ORG:زد تي سيستمز:designator",
                "zt_systems:ORG:ZT Systems:latin-name"}));
}

BOOST_AUTO_TEST_CASE(lower_case_brands_when_the_text_says_they_are_companies) {
  BOOST_TEST(mentions("استحوذت OpenAI على io، الشركة الناشئة") ==
             V({"openai:ORG:OpenAI:lexicon", "io:ORG:io:latin-name", "~:ORG:الشركة الناشئة:anaphor"}));
  BOOST_TEST(mentions("اشترت أمازون شركة eBay") == V({"amazon:ORG:أمازون:lexicon", "ebay:ORG:eBay:latin-name"}));
  // An ordinary lower-case word, or a code with digits and capitals, is no name.
  BOOST_TEST(mentions("تستخدم أمازون software و aXA6IDIxNi43My4y") == V({"amazon:ORG:أمازون:lexicon"}));
}

BOOST_AUTO_TEST_CASE(an_acquisition_names_its_target) {
  BOOST_TEST(mentions("واستحوذت أمازون على ميلانوكس مقابل 7 مليارات دولار") ==
             V({"amazon:ORG:أمازون:lexicon", "mylanwks:ORG:ميلانوكس:context"}));
  // A noun after the same words is no company: "الاستحواذ على اهتمام"، "استحوذت على حصته".
  BOOST_TEST(mentions("نجحت أمازون في الاستحواذ على اهتمام المستثمرين") == V({"amazon:ORG:أمازون:lexicon"}));
  BOOST_TEST(mentions("استحوذت أمازون على حصته.") == V({"amazon:ORG:أمازون:lexicon"}));
}

BOOST_AUTO_TEST_CASE(several_name_words_closed_by_a_descriptor) {
  BOOST_TEST(mentions("قال المحلل في شركة فالي ستريت للأبحاث إن") ==
             V({"faly_stryt_llabhath:ORG:فالي ستريت للأبحاث:designator"}));
  // Adjectives are a description, not a name.
  BOOST_TEST(mentions("هاجمت مجموعة مسلحة مناهضة للحكومة") == V({}));
  // The descriptor says the words are a name: "فالي" is read whole (not ف + إلى) and a short word
  // may follow the first ("تيرا نوف").
  BOOST_TEST(mentions("قال الشريك في شركة تيرا نوف للأبحاث، إن") ==
             V({"tyra_nwf_llabhath:ORG:تيرا نوف للأبحاث:designator"}));
  BOOST_TEST(mentions("قالت المحللة في شركة فالي روك للأبحاث إن") ==
             V({"faly_rwk_llabhath:ORG:فالي روك للأبحاث:designator"}));
}

BOOST_AUTO_TEST_CASE(a_family_name_with_the_article_after_a_first_name_and_before_a_title) {
  // "جورج الحداد، المحلل": the article does not keep the family name out after a known first name; a
  // name that ends like a plural (كوبرستون) is a name before a descriptor.
  BOOST_TEST(mentions("قال جورج الحداد، المحلل في شركة كوبرستون للأبحاث، إن") ==
             V({"jwrj_alhdad:PERSON:جورج الحداد:title", "kwbrstwn_llabhath:ORG:كوبرستون للأبحاث:designator"}));
  // Without a first name, a definite word before a title is an ordinary noun.
  BOOST_TEST(mentions("قال المصدر، المحلل في السوق، إن") == V({}));
}

BOOST_AUTO_TEST_CASE(one_name_word_closed_by_a_descriptor) {
  // Whatever follows the descriptor: "شركة كوبالتيكس للأبحاث إن".
  BOOST_TEST(mentions("قال المحلل في شركة كوبالتيكس للأبحاث إن") ==
             V({"kwbaltyks_llabhath:ORG:كوبالتيكس للأبحاث:designator"}));
  // A feminine noun or adjective before the descriptor is a description.
  BOOST_TEST(mentions("أسست شركة عملاقة للرقائق في") == V({}));
}

BOOST_AUTO_TEST_CASE(names_ending_in_a_company_word) {
  // One to three foreign-looking words before كابيتال/بارتنرز are a company; a و after another name
  // starts the next item of the list.
  BOOST_TEST(mentions("تلقت أنثروبيك تمويلا من مارلو كابيتال ونوردين بارتنرز.") ==
             V({"anthropic:ORG:أنثروبيك:lexicon", "marlw_kabytal:ORG:مارلو كابيتال:suffix",
                "nwrdyn_bartnrz:ORG:نوردين بارتنرز:suffix"}));
  // Endings chain: "مانجمنت آند ريسيرش".
  BOOST_TEST(mentions("قادتها بيلمونت مانجمنت آند ريسيرش") ==
             V({"bylmwnt_manjmnt_and_rysyrsh:ORG:بيلمونت مانجمنت آند ريسيرش:suffix"}));
  // Later, the words before the ending name the same company, with or without a proclitic.
  BOOST_TEST(mentions("قادت مارلو كابيتال الجولة. وقالت مارلو إن الطلب قوي، وأكدت لمارلو ذلك.") ==
             V({"marlw_kabytal:ORG:مارلو كابيتال:suffix", "marlw_kabytal:ORG:مارلو:short-name",
                "marlw_kabytal:ORG:مارلو:short-name"}));
  // An ordinary word is no part of the name: the ending alone names nothing.
  BOOST_TEST(mentions("رأس المال كابيتال") == V({}));
}

BOOST_AUTO_TEST_CASE(a_one_word_alias_after_a_first_name_is_a_family_name) {
  // "باين" alone is Bain & Company in the test lexicon; after the first name جورج it is a family name.
  BOOST_TEST(mentions("قالت باين إن السوق تتغير") == V({"bain:ORG:باين:lexicon"}));
  BOOST_TEST(mentions("قال جورج باين إن السوق تتغير") == V({"jwrj_bayn:PERSON:جورج باين:given-name"}));
}

BOOST_AUTO_TEST_CASE(a_latin_name_in_brackets_after_a_person_is_that_person) {
  // An unknown Latin name would be read as a company; in brackets after a person's name it is that name
  // in the original spelling, so the two are one person.
  BOOST_TEST(mentions("وقال بيتر كارلسون (Peter Carlson) إن الشركة ستبقى مستقلة") ==
             V({"peter_carlson:PERSON:بيتر كارلسون:given-name", "peter_carlson:PERSON:Peter Carlson:latin-name", "~:ORG:الشركة:anaphor"}));
}

BOOST_AUTO_TEST_CASE(a_latin_gloss_names_the_arabic_before_it_and_its_short_form) {
  BOOST_TEST(mentions("استحوذت أمازون على ليبتون إيه آي (Lepton AI). وقال الرئيس التنفيذي لليبتون إن الصفقة جيدة.") ==
             V({"amazon:ORG:أمازون:lexicon", "lepton_ai:ORG:ليبتون إيه آي:gloss", "lepton_ai:ORG:Lepton AI:latin-name",
                "lepton_ai:ORG:ليبتون:short-name"}));
}

BOOST_AUTO_TEST_CASE(company_name_endings_legal_arm_and_field) {
  // An arm of a known company is an investor of its own; legal endings stay with the company.
  BOOST_TEST(mentions("شاركت AMD Ventures وNvidia في الجولة.") ==
             V({"amd_ventures:ORG:AMD Ventures:arm", "nvidia:ORG:Nvidia:lexicon"}));
  BOOST_TEST(mentions("قادتها أمازون مانجمنت آند ريسيرش وغوغل.") ==
             V({"amazon:ORG:أمازون مانجمنت آند ريسيرش:lexicon", "google:ORG:غوغل:lexicon"}));
  // A field word glued to لل with its adjective ends an organisation's name.
  BOOST_TEST(mentions("وقال ستيفن ووكر، المحلل لدى «هارتلاند للأوراق المالية»، إن الصفقة جيدة.") ==
             V({"styfn_wwkr:PERSON:ستيفن ووكر:title", "hartland_llawraq_almalyh:ORG:هارتلاند للأوراق المالية:suffix"}));
}

BOOST_AUTO_TEST_CASE(unknown_investors_in_a_fundraising_list) {
  BOOST_TEST(mentions("جمعت الشركة أموالا من مستثمرين بينهم غريلوك وأنثوس كابيتال.") ==
             V({"~:ORG:الشركة:anaphor", "ghrylwk:ORG:غريلوك:list", "anthws_kabytal:ORG:أنثوس كابيتال:suffix"}));
  // Not in a sentence about anything else (a film's cast).
  BOOST_TEST(mentions("شارك فيه كل من غريلوك وبيسمير.") == V({}));
}

BOOST_AUTO_TEST_CASE(lineages_and_the_company_of_a_title) {
  BOOST_TEST(mentions("وقال منصور بن إبراهيم آل محمود، الرئيس التنفيذي للجهاز، إن الشراكة مهمة.") ==
             V({"mnswr_bn_abrahym_al_mhmwd:PERSON:منصور بن إبراهيم آل محمود:given-name"}));
  // With its adjective before a name it designates the name; before a person's name it refers back.
  BOOST_TEST(mentions("واستثمرت الشركة الأمريكية أمازون في أنثروبيك.") ==
             V({"amazon:ORG:أمازون:lexicon", "anthropic:ORG:أنثروبيك:lexicon"}));
  BOOST_TEST(mentions("وقال الرئيس التنفيذي للشركة سام ألتمان إن النمو قوي.") ==
             V({"~:ORG:شركة:anaphor", "sam_altman:PERSON:سام ألتمان:lexicon"}));
}

BOOST_AUTO_TEST_CASE(a_quoted_name_described_as_a_company) {
  // The feminine description after the quotes agrees with شركة; a masculine one does not.
  BOOST_TEST(mentions("«أمازون» تشتري «نيون» الناشئة") == V({"amazon:ORG:أمازون:lexicon", "nywn:ORG:نيون:described"}));
  BOOST_TEST(mentions("«ميني ماكس» الصينية") == V({"myny_maks:ORG:ميني ماكس:described"}));
  BOOST_TEST(mentions("نموذج «لاما» المفتوح") == V({"lama:PRODUCT:لاما:product-noun"}));
  // After شركة, a price closes the name as punctuation does.
  BOOST_TEST(mentions("اشترت شركة نيون بنحو مليار دولار") == V({"nywn:ORG:نيون:designator"}));
}

BOOST_AUTO_TEST_CASE(the_subject_of_a_feminine_deal_verb) {
  BOOST_TEST(mentions("وجمعت كوفاريانت 200 مليون دولار") == V({"kwfaryant:ORG:كوفاريانت:subject"}));
  BOOST_TEST(mentions("وكانت جريتل قد جمعت 65 مليون دولار") == V({"jrytl:ORG:جريتل:subject"}));
  // An indefinite object in the accusative is no name, nor is a word glued to بال.
  BOOST_TEST(mentions("ضخت أموالا في الشركة") == V({"~:ORG:الشركة:anaphor"}));
  BOOST_TEST(mentions("اشترت حصصا في الشركة") == V({"~:ORG:الشركة:anaphor"}));
  BOOST_TEST(mentions("أعلنت بالفعل عن الصفقة") == V({}));
  // Two words after the verb are too often a noun phrase.
  BOOST_TEST(mentions("جمعت كوفاريانت مالا") == V({}));
}

BOOST_AUTO_TEST_CASE(a_glued_waw_before_a_short_first_word_of_a_long_name) {
  // "ودي إس تي" is و + a name of several words; a short word alone after و is not read as a name, and a
  // word with إ after its first letter cannot be read whole ("وإس" is not "واس").
  BOOST_TEST(mentions("أمازون وإم جي إكس") == V({"amazon:ORG:أمازون:lexicon"}));
}

BOOST_AUTO_TEST_CASE(a_quoted_word_that_opens_a_known_companys_names) {
  // The default lexicon lists Mubadala only under longer names (bare مبادلة is "swap"): in quotes the
  // word is the company; without them it is the common noun.
  BOOST_TEST(mentions_full("المدعومة من «مبادلة» و«جي 42»") ==
             V({"mubadala:ORG:مبادلة:head-word", "g42:ORG:جي 42:lexicon"}));
  BOOST_TEST(mentions_full("اتفاق مبادلة أصول") == V({}));
}

BOOST_AUTO_TEST_CASE(a_lineage_makes_a_person_whatever_the_first_name) {
  BOOST_TEST(mentions("شارك الأمير الوليد بن طلال بن عبدالعزيز آل سعود في الجولة") ==
             V({"alwlyd_bn_tlal_bn_bdal_zyz_al_s_wd:PERSON:الوليد بن طلال بن عبدالعزيز آل سعود:lineage"}));
  // بن must stand between two names.
  BOOST_TEST(mentions("قال بن في الاجتماع") == V({}));
}

BOOST_AUTO_TEST_CASE(a_latin_name_in_brackets_after_an_arabic_one_is_the_same_name) {
  // The Arabic context says what it is (صحيفة: media); the Latin gives the id.
  BOOST_TEST(mentions("نقلت صحيفة «ليزيكو» (Les Echos) الفرنسية") ==
             V({"les_echos:MEDIA:ليزيكو:designator", "les_echos:MEDIA:Les Echos:latin-name"}));
}

BOOST_AUTO_TEST_CASE(a_product_noun_before_a_quoted_name_and_its_conjuncts) {
  BOOST_TEST(mentions("وتطور أمازون روبوت المحادثة «نوفا» ونماذج «تيتان»") ==
             V({"amazon:ORG:أمازون:lexicon", "nwfa:PRODUCT:نوفا:product-noun", "tytan:PRODUCT:تيتان:product-noun"}));
  // A Latin name joined by و to a product (its version number read into it) is a product too.
  BOOST_TEST(mentions("التي تطور نموذجي Veo 3 وImagen") ==
             V({"veo_3:PRODUCT:Veo 3:latin-name", "imagen:PRODUCT:Imagen:latin-name"}));
}

BOOST_AUTO_TEST_CASE(the_name_after_a_title_and_its_company) {
  BOOST_TEST(mentions("وقال الرئيس التنفيذي لمجموعة أمازون يانغ يوانتشينغ إن الصفقة مهمة") ==
             V({"amazon:ORG:أمازون:lexicon", "yangh_ywantshyngh:PERSON:يانغ يوانتشينغ:title"}));
  // A word that is no name ends the phrase: "لأمازون اليوم" names nobody.
  BOOST_TEST(mentions("وقال الرئيس التنفيذي لأمازون اليوم إن الصفقة مهمة") == V({"amazon:ORG:أمازون:lexicon"}));
  // A definite word after the name is the verb's object: the name ends before it.
  BOOST_TEST(mentions("ووصف الرئيس التنفيذي لأمازون يانغ يوانتشينغ العرض بأنه جيد") ==
             V({"amazon:ORG:أمازون:lexicon", "yangh_ywantshyngh:PERSON:يانغ يوانتشينغ:title"}));
  // A title with the company as its attached pronoun is followed by the name directly.
  BOOST_TEST(mentions("وقالت أمازون إن رئيسها التنفيذي يانغ يوانتشينغ، سيغادر") ==
             V({"amazon:ORG:أمازون:lexicon", "yangh_ywantshyngh:PERSON:يانغ يوانتشينغ:title"}));
  // Without a title before it the same words are no person.
  BOOST_TEST(mentions("وقالت أمازون إن موظفيها يانغ يوانتشينغ، سيغادر") == V({"amazon:ORG:أمازون:lexicon"}));
}

BOOST_AUTO_TEST_CASE(a_quoted_name_that_reads_like_an_ordinary_word_repeats_only_in_quotes) {
  // آ folds to ا, so "آلات" looks like a definite word; introduced by شركة it is a company, found again
  // between quotes but not bare (آلات is also "machines").
  BOOST_TEST(mentions("أعلنت شركة «آلات» أن «آلات» تستثمر في آلات جديدة") ==
             V({"alat:ORG:آلات:designator", "alat:ORG:آلات:repeated"}));
}

BOOST_AUTO_TEST_CASE(an_acquired_name_is_found_wherever_its_words_stand) {
  // The quotes close a one-word target after استحوذت على; the name then holds in the rest of the article.
  BOOST_TEST(mentions("أمازون تستحوذ على «روكست» لتطوير البحث. وتعمل روكست في البيانات") ==
             V({"amazon:ORG:أمازون:lexicon", "rwkst:ORG:روكست:context", "rwkst:ORG:روكست:repeated"}));
}

BOOST_AUTO_TEST_CASE(a_word_between_two_companies_of_a_list) {
  BOOST_TEST(mentions("منافسة لأمازون، مثل غوغل وتورينغ وOpenAI، في موقع جيد") ==
             V({"amazon:ORG:أمازون:lexicon", "google:ORG:غوغل:lexicon", "twryngh:ORG:تورينغ:list", "openai:ORG:OpenAI:lexicon"}));
}

BOOST_AUTO_TEST_CASE(a_quoted_legal_name_is_the_company_it_opens_with) {
  // The words of a legal name (مانجمنت، آند، ريسيرتش) after a known company keep it that company, quoted
  // or not; other words make a longer quoted name of something else (an event, a prize).
  BOOST_TEST(mentions_full("قادتها «فيدليتي مانجمنت آند ريسيرتش» و«أتريديس مانجمنت»") ==
             V({"fidelity:ORG:فيدليتي مانجمنت آند ريسيرتش:lexicon", "atreides:ORG:أتريديس مانجمنت:lexicon"}));
}

BOOST_AUTO_TEST_CASE(a_head_word_in_an_investor_list_is_its_company) {
  // Bare مبادلة is also "swap": in a list after قادتها it is Mubadala, as between quotes.
  BOOST_TEST(mentions_full("جمعت كروزو مليار دولار في جولة قادتها مبادلة وفالور إكويتي بارتنرز") ==
             V({"crusoe:ORG:كروزو:lexicon", "mubadala:ORG:مبادلة:head-word", "valor_equity_partners:ORG:فالور إكويتي بارتنرز:lexicon"}));
}

BOOST_AUTO_TEST_CASE(a_spelled_out_alias_inside_a_longer_acronym_is_not_the_entity) {
  // "تي إس كيه" (TSK) is not SK Group; "في إكس إيه آي" is xAI after the preposition في (also the letter V).
  BOOST_TEST(mentions_full("كونسورتيوم تقوده شركة «تي إس كيه» الإسبانية") == V({"ty_as_kyh:ORG:تي إس كيه:designator"}));
  BOOST_TEST(mentions_full("ووقعت سامسونج وإس كيه اتفاقا، واستثمرت في إكس إيه آي") ==
             V({"samsung:ORG:سامسونج:lexicon", "sk_group:ORG:إس كيه:lexicon", "xai:ORG:إكس إيه آي:lexicon"}));
}

BOOST_AUTO_TEST_CASE(a_products_variant) {
  // A word after a known product names a product of its own, made by the same maker.
  BOOST_TEST(mentions_full("وأطلقت أنثروبيك أداة Claude Nimbus للمطورين") ==
             V({"anthropic:ORG:أنثروبيك:lexicon", "claude_nimbus:PRODUCT:Claude Nimbus:variant"}));
  // A version alone is the same product, the mention taking the number in.
  BOOST_TEST(mentions_full("وتدرب ميتا نموذج Llama 4 على رقائق إنفيديا") ==
             V({"meta:ORG:ميتا:lexicon", "llama:PRODUCT:Llama 4:lexicon", "nvidia:ORG:إنفيديا:lexicon"}));
  // A year after the name is a date.
  BOOST_TEST(mentions_full("أطلقت ميتا Llama 2024") == V({"meta:ORG:ميتا:lexicon", "llama:PRODUCT:Llama:lexicon"}));
}

BOOST_AUTO_TEST_CASE(a_lineage_before_a_titled_name_and_a_latin_name_glossed_in_arabic) {
  BOOST_TEST(mentions_full("وقال طلال بن إبراهيم الميمان، الرئيس التنفيذي للشركة، إن الاستثمار مهم") ==
             V({"tlal_bn_abrahym_almyman:PERSON:طلال بن إبراهيم الميمان:title", "~:ORG:شركة:anaphor"}));
  BOOST_TEST(mentions_full("وقال Jane Doerr (جين دور)، المؤسس المشارك للشركة، إن الجولة مهمة") ==
             V({"jane_doerr:PERSON:Jane Doerr:title", "jane_doerr:PERSON:جين دور:title",
                "~:ORG:شركة:anaphor"}));
}

BOOST_AUTO_TEST_CASE(a_name_spelt_as_a_lexicon_id_is_that_entry) {
  // The lexicon leaves out the bare Arabic آلات (machines); in quotes after شركة it is the company Alat.
  BOOST_TEST(mentions_full("أعلنت شركة «آلات» خطة جديدة") == V({"alat:ORG:آلات:designator"}));
  // A Latin word is the entry only as the end of one of its aliases: Instinct is AMD Instinct, Fab no FAB.
  BOOST_TEST(mentions_full("وتبيع الشركة رقائق Instinct في مصانع Fab جديدة") ==
             V({"~:ORG:الشركة:anaphor", "instinct:PRODUCT:Instinct:latin-name", "fab_x:ORG:Fab:latin-name"}));
}

BOOST_AUTO_TEST_CASE(a_waw_glued_to_a_first_name_before_a_title_is_coordination) {
  // The segmenter leaves و on a word it does not know; before a known first name it is "and".
  BOOST_TEST(mentions_full("وأسسها سوتسكيفر ودانيال ليفي، الباحث السابق") ==
             V({"ilya_sutskever:PERSON:سوتسكيفر:lexicon", "danyal_lyfy:PERSON:دانيال ليفي:title"}));
}

BOOST_AUTO_TEST_CASE(the_object_of_a_launch_verb_is_a_product) {
  // After a known company as the subject, and adverbials, or after عن.
  BOOST_TEST(mentions_full("وقد أطلقت ميسترال الشهر الماضي «كودسترال» (Codestral) للمبرمجين") ==
             V({"mistral:ORG:ميسترال:lexicon", "codestral:PRODUCT:Codestral:latin-name"}));
  BOOST_TEST(mentions_full("وكشفت Snowflake عن Polaris Catalog المفتوح") ==
             V({"snowflake:ORG:Snowflake:lexicon", "polaris_catalog:PRODUCT:Polaris Catalog:latin-name"}));
  // Elsewhere an unknown Latin name is an organisation.
  BOOST_TEST(mentions_full("وتعاونت Snowflake مع Polaris Catalog") ==
             V({"snowflake:ORG:Snowflake:lexicon", "polaris_catalog:ORG:Polaris Catalog:latin-name"}));
}

BOOST_AUTO_TEST_CASE(titles_in_latin_letters_spelt_initials_and_latin_names_after_a_title) {
  // An English job title is no organisation.
  BOOST_TEST(mentions_full("في منصب رئيسة الذكاء الاصطناعي (Chief AI Officer) لدى كوهير") == V({"cohere:ORG:كوهير:lexicon"}));
  // An initial spelt out opens the name.
  BOOST_TEST(mentions_full("وقال كيه آر سريدار، مؤسس الشركة، إن") ==
             V({"kyh_ar_srydar:PERSON:كيه آر سريدار:title", "~:ORG:الشركة:anaphor"}));
  // Latin capitalised words right after a title with its pronoun are the person, one with the Arabic gloss.
  BOOST_TEST(mentions_full("وضم رئيسها التنفيذي Varun Mohan (فارون موهان) إلى الفريق") ==
             V({"varun_mohan:PERSON:Varun Mohan:title", "varun_mohan:PERSON:فارون موهان:given-name"}));
}

BOOST_AUTO_TEST_CASE(a_name_given_to_a_product_noun_is_a_product) {
  BOOST_TEST(mentions_full("وطورت غرافكور معالجات تحمل اسم «آي بي يو» (IPU) للذكاء الاصطناعي") ==
             V({"graphcore:ORG:غرافكور:lexicon", "ipu:PRODUCT:IPU:latin-name"}));
}

BOOST_AUTO_TEST_CASE(a_verb_with_its_object_pronoun_is_no_name_after_an_organisation_noun) {
  BOOST_TEST(mentions_full("بضخ 3 مليارات دولار في منصة تديرها الشركة") == V({"~:ORG:الشركة:anaphor"}));
}

BOOST_AUTO_TEST_CASE(a_latin_name_runs_on_across_a_glued_hyphen_or_dot_and_a_model_number) {
  BOOST_TEST(mentions_full("وطورت الشركة روبوتها Figure 01 ونظام CS-3 ومنصة Brev.dev") ==
             V({"~:ORG:الشركة:anaphor", "figure_01:PRODUCT:Figure 01:latin-name", "cs_3:PRODUCT:CS-3:latin-name",
                "brev_dev:PRODUCT:Brev.dev:latin-name"}));
  // A year, a percentage or an amount after the name is no model number; a spaced hyphen joins nothing.
  BOOST_TEST(mentions_full("وأعلنت Acme 2024 أن Orbit 5% من Nova 40 مليار دولار - Vega") ==
             V({"acme:ORG:Acme:latin-name", "orbit:ORG:Orbit:latin-name", "nova:ORG:Nova:latin-name",
                "vega:ORG:Vega:latin-name"}));
  // An architecture is no company: "RISC-V".
  BOOST_TEST(mentions_full("معالجات مبنية على RISC-V") == V({}));
}

BOOST_AUTO_TEST_CASE(the_latter_after_a_verbal_noun_that_only_looks_definite_is_an_anaphor) {
  // "التزام" (a root starting with ل) is the construct noun of "الأخيرة"; "الالتزامات الأخيرة" is an adjective.
  BOOST_TEST(mentions_full("مقابل التزام الأخيرة بشراء سعة") == V({"~:ORG:الأخيرة:anaphor"}));
  BOOST_TEST(mentions_full("وفق التزامات الأخيرة") == V({"~:ORG:الأخيرة:anaphor"}));
  BOOST_TEST(mentions_full("بسبب الالتزامات الأخيرة") == V({}));
  BOOST_TEST(mentions_full("في الأشهر الأخيرة") == V({}));
}

BOOST_AUTO_TEST_CASE(governments_named_by_their_nationality) {
  BOOST_TEST(mentions_full("بالتعاون مع شركة إنفيديا والحكومة التايوانية") ==
             V({"nvidia:ORG:إنفيديا:lexicon", "taiwan_government:ORG:الحكومة التايوانية:lexicon"}));
}
