// relations.cpp - see relations.h.
#include "kgraph/relations.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "kgraph/graph.h"
#include "kgraph/normalize.h"
#include "kgraph/utf8.h"

namespace kgraph {
namespace {

constexpr char32_t kWaw = 0x0648, kFa = 0x0641;


// The preposition carried by a proclitic chain: "ول" -> "ل", "بال" -> "ب", "لل" -> "ل", "وال" -> "".
std::u32string clitic_preposition(std::u32string p) {
  if (!p.empty() && (p[0] == kWaw || p[0] == kFa)) p.erase(0, 1);
  if (!p.empty() && (p[0] == 0x0628 || p[0] == 0x0644 || p[0] == 0x0643)) return std::u32string(1, p[0]);
  return {};
}
bool has_waw(const std::u32string& p) { return !p.empty() && p[0] == kWaw; }


struct Arg {
  const Mention* mention = nullptr;  ///< null for the topic fallback
  std::string entity;
  Span span;
  double confidence = 1.0;
};

class SentenceMatcher {
 public:
  SentenceMatcher(const RelationInput& in, const Sentence& s, std::vector<const Mention*> ms,
                  std::vector<std::string> topic_ids)
      : in_(in), T_(in.seg.tokens), S_(s), ms_(std::move(ms)), topic_(std::move(topic_ids)) {
    // Indexes that keep every lookup constant-time: a sentence can be long (a table, a list run together)
    // and is searched once per trigger.
    std::size_t n = S_.last - S_.first;
    words_.assign(n + 1, 0);
    silent_.assign(n, false);
    // "محافظ صندوق الاستثمارات العامة الأستاذ ياسر الرميان"، "ومن بين عملائه، وفق البيان، Nvidia": an
    // honorific or an aside is no word between a trigger and its argument.
    for (std::size_t k = 0; k < n; ++k) {
      auto h = in_.rules.silent_phrases().match(T_, S_.first + k, S_.last);
      if (!h) continue;
      for (std::size_t q = k; q < k + h->tokens && q < n; ++q) silent_[q] = true;
    }
    for (std::size_t k = 0; k < n; ++k) words_[k + 1] = words_[k] + (T_[S_.first + k].is_word() && !silent_[k] ? 1 : 0);
    starting_.assign(n + 1, nullptr);
    ending_.assign(n + 1, nullptr);
    for (const Mention* m : ms_) {
      starting_[m->first - S_.first] = m;
      ending_[m->last - S_.first] = m;
    }
  }

  // An amount ("بأكثر من مليار دولار") between an argument and its trigger: its "من" is no preposition
  // that blocks a slot. (Its words still count as distance: not counting them let arguments reach across
  // clauses that happened to hold a figure.)
  void set_amounts(const std::vector<Amount>& amounts) {
    in_amount_.assign(S_.last - S_.first, false);
    for (const Amount& am : amounts) {
      for (std::size_t k = am.qualified_first; k < am.last; ++k) in_amount_[k - S_.first] = true;
    }
  }
  bool in_amount(std::size_t k) const { return !in_amount_.empty() && in_amount_[k - S_.first]; }
  bool in_time(std::size_t k) const { return !in_time_.empty() && in_time_[k - S_.first]; }
  // The words of dates strictly between token positions a <= b: no distance between a deal's verb and the
  // object after it. (Before a trigger they count: a subject is not sought across a time adverbial; nor
  // do they for titles and roles, whose company follows them closely.)
  std::size_t time_words(std::size_t a, std::size_t b) const {
    std::size_t n = 0;
    for (std::size_t k = a; k < b && !in_time_.empty(); ++k) n += in_time(k) && T_[k].is_word() && !silent_[k - S_.first];
    return n;
  }

  // "اشترت العام الماضي استوديو ..."، "استحوذت في 2023 على ...": a date between a verb and the argument
  // after it is an adverbial; its words are no distance (time_words) and hold no blocker ("من هذا العام").
  // Not a date that overlaps a name.
  void set_times(const std::vector<DateRef>& dates) {
    for (const DateRef& d : dates) {
      std::size_t a = S_.last, b = S_.first;
      for (std::size_t k = S_.first; k < S_.last; ++k) {
        if (T_[k].begin >= d.span.begin && T_[k].end <= d.span.end) a = std::min(a, k), b = std::max(b, k + 1);
      }
      if (a >= b) continue;
      bool named = false;
      for (std::size_t k = a; k < b && !named; ++k) named = at(k) || ending_at(k + 1);
      if (named) continue;
      if (in_time_.empty()) in_time_.assign(S_.last - S_.first, false);
      for (std::size_t k = a; k < b; ++k) in_time_[k - S_.first] = true;
    }
    // "كما اشترى في وقت سابق من هذا العام شركة Deci"، "اشترت أيضا": an adverbial that is no date counts as
    // one (its "من" blocks nothing).
    for (std::size_t k = S_.first; k < S_.last; ++k) {
      auto hit = in_.rules.adverbials().match(T_, k, S_.last);
      if (!hit || at(k)) continue;
      if (in_time_.empty()) in_time_.assign(S_.last - S_.first, false);
      for (std::size_t q = k; q < k + hit->tokens; ++q) in_time_[q - S_.first] = true;
      k += hit->tokens - 1;
    }
  }

  // "استثمرت الشركة اليابانية سوفت بنك"، "شركة الذكاء الاصطناعي الفرنسية ميسترال": the organisation noun
  // before a name, with up to three definite words describing it, is part of naming it and is no distance
  // between the name and a trigger.
  void silence_designators() {
    if (!designators_) return;
    auto designator = [&](const Token& t) { return designators_->contains_token_or_definite(t); };
    for (const Mention* m : ms_) {
      if (m->anaphor) continue;
      std::size_t k = m->first;
      while (k > S_.first && is_quote(T_[k - 1])) --k;
      std::size_t q = k;
      while (q > S_.first && k - q < 3 && T_[q - 1].kind == TokenKind::kArabic && T_[q - 1].clitic.empty() &&
             starts_with_al(T_[q - 1].text) && !ending_at(q) && !designator(T_[q - 1])) {
        --q;
      }
      if (q == S_.first || ending_at(q) || at(q - 1) || !designator(T_[q - 1])) continue;
      discount(q - 1, m->first);
    }
  }

  // Tokens [a, b) (a name's gloss in brackets) do not count as words between an argument and a trigger.
  void discount(std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) silent_[k - S_.first] = true;
    for (std::size_t k = 0; k + S_.first < S_.last; ++k) {
      words_[k + 1] = words_[k] + (T_[S_.first + k].is_word() && !silent_[k] ? 1 : 0);
    }
  }

  // Position j moved back over a name's gloss in brackets ending right before it ("كلاينر بيركنز (Kleiner
  // Perkins)"، "سيف سوبرإنتليجنس (SSI)"), and the quotes before that gloss: the name itself then ends there.
  std::size_t before_gloss(std::size_t j) const {
    while (j > S_.first && silent_[j - 1 - S_.first] && T_[j - 1].text == U")") {
      while (j > S_.first && T_[j - 1].text != U"(") --j;
      if (j > S_.first) --j;
      while (j > S_.first && is_quote(T_[j - 1])) --j;
    }
    return j;
  }
  // The mention ending right before position p, past quotes (and commas, when `commas`) and a name's gloss.
  const Mention* name_before(std::size_t p, bool commas) const {
    while (p > S_.first && (is_quote(T_[p - 1]) || (commas && is_comma(T_[p - 1])))) --p;
    return ending_at(before_gloss(p));
  }

  // Words (non-punctuation tokens) strictly between token positions a <= b of this sentence.
  std::size_t words_between(std::size_t a, std::size_t b) const {
    if (b <= a) return 0;
    return words_[b - S_.first] - words_[a - S_.first];
  }

  // Words between a and b, not counting a relative clause set off by commas ("Thrive Capital، الذي أسسه
  // Josh Kushner، من أبرز المستثمرين"): the subject before it is as close as if it were not there.
  std::size_t words_between_skipping_clauses(std::size_t a, std::size_t b) const {
    std::size_t n = words_between(a, b);
    for (std::size_t k = a; k < b; ++k) {
      if (!is_comma(T_[k]) || k + 1 >= b || !in_.rules.relative_pronouns().match(T_, k + 1, k + 2)) continue;
      std::size_t e = k + 2;
      while (e < b && !is_comma(T_[e])) ++e;
      if (e >= b) break;  // the clause runs up to the trigger: it holds it, nothing to skip
      std::size_t skip = words_between(k, e + 1);
      n = n > skip ? n - skip : 0;
      k = e;
    }
    return n;
  }

  // Whether the word before position p is a noun in construct (indefinite, no clitic, no name) right after an
  // organisation noun: "شركة أمن ..." before the words from p on.
  bool construct_after_designator(std::size_t p) const {
    return p > S_.first + 2 && T_[p - 1].kind == TokenKind::kArabic && T_[p - 1].clitic.empty() &&
           !starts_with_al(T_[p - 1].text) && !ending_at(p) && !at(p - 1) && designators_ &&
           designators_->contains_token(T_[p - 2]) && !ending_at(p - 2);
  }

  std::u32string marker(const Mention& m) const {
    if (!m.implied_marker.empty()) return m.implied_marker;
    std::u32string p = clitic_preposition(m.prefix);
    if (!p.empty()) return p;
    std::size_t k = m.first;
    while (k > S_.first) {
      const Token& t = T_[k - 1];
      if (is_quote(t)) {
        --k;
        continue;
      }
      // A relational noun carries its preposition to the name after it: "في منافس أوبن أي" (appositive()),
      // and so does a head noun: "على خدمات AWS", "من خدمة Azure". Not when that noun is the trigger.
      // The noun may be several words ("في مراكز بيانات Core Scientific"): the preposition is on its first.
      std::size_t noun = k;
      for (std::size_t a = (k >= S_.first + 3 ? k - 3 : S_.first); a < k && noun == k; ++a) {
        if (a <= S_.first || (a < trigger_end_ && k > trigger_)) continue;
        auto hit = in_.rules.relational_nouns().match(T_, a, k);
        if (!hit || a + hit->tokens != k) hit = in_.rules.head_nouns().match(T_, a, k);
        if (hit && a + hit->tokens == k) noun = a;
      }
      if (noun < k) {
        for (const Variant& v : T_[noun].variants) {
          std::u32string q = clitic_preposition(T_[noun].clitic + v.prefix);
          if (!q.empty()) return q;
        }
        k = noun;
        continue;
      }
      // An organisation noun between preposition and name: "في شركة OpenAI", "لشركة أوبن أي".
      if (designators_ && designators_->contains_token(t) && k - 1 != m.first) {
        for (const Variant& v : t.variants) {
          if (designators_->contains(v.stem)) {
            std::u32string q = clitic_preposition(t.clitic + v.prefix);
            if (!q.empty()) return q;
          }
        }
        --k;
        continue;
      }
      // An organisation noun with its description before the name: "في شركة الذكاء الاصطناعي الفرنسية
      // ميسترال" (up to four definite words, right after the noun and right before the name).
      bool only_quotes = true;  // «ويز»: the quotes opening the name are no description
      for (std::size_t x = k; x < m.first; ++x) only_quotes &= is_quote(T_[x]);
      if (only_quotes) {
        std::size_t q = k;
        while (q > S_.first && k - q < 4 && T_[q - 1].kind == TokenKind::kArabic && T_[q - 1].clitic.empty() &&
               starts_with_al(T_[q - 1].text) && !ending_at(q) && !at(q - 1)) {
          --q;
        }
        // "شركة أمن المعلومات «أدالوم»": the description may open on a noun in construct with the definite words.
        if (q < k && construct_after_designator(q)) --q;
        if (q < k && q > S_.first + 1 && designators_ && designators_->contains_token(T_[q - 1]) && !ending_at(q - 1)) {
          k = q;
          continue;
        }
        // So may a product noun: "على محرك البحث الناشئ Neeva", "لمنصة التصميم «X»" (a quoted name keeps
        // its preposition-free reading: "من محرك البحث «بينغ»" is its maker's product, read by the product rules).
        if (k == m.first && q < k && q > S_.first + 1 && !ending_at(q - 1) && !at(q - 1) &&
            in_.rules.product_nouns().match(T_, q - 1, q)) {
          for (const Variant& v : T_[q - 1].variants) {
            std::u32string pre = clitic_preposition(T_[q - 1].clitic + v.prefix);
            if (!pre.empty()) return pre;
          }
          k = q - 1;
          continue;
        }
      }
      // "على شركة أمن السحابة «ويز»": the same construct noun before a head noun read above; the organisation
      // noun before it is read next, with its preposition.
      if (k < m.first && T_[k].kind == TokenKind::kArabic && starts_with_al(T_[k].text) && construct_after_designator(k)) {
        --k;
        continue;
      }
      break;
    }
    // A preposition phrase ending right before the name (or its organisation noun).
    if (auto hit = in_.rules.prepositions().match_ending_at(T_, S_.first, k, 3)) return in_.rules.preposition_words()[hit->value];
    return {};
  }

  // Whether a mention is part of a person's title: a title word (الرئيس التنفيذي، المديرة) stands between
  // it and the comma or sentence start before it ("..، المديرة التقنية السابقة لأوبن إيه آي،").
  bool in_title(const Mention& m) const {
    const Sentence& S = in_.seg.sentences[m.sentence];
    for (std::size_t k = m.first; k > S.first && m.first - k < 6; --k) {
      if (is_comma(T_[k - 1])) return false;
      if (in_.rules.person_titles().match(T_, k - 1, m.first)) return true;
    }
    return false;
  }

  bool type_ok(const Mention& m, const std::vector<EntityType>& types) const {
    if (types.empty() || std::find(types.begin(), types.end(), m.type) != types.end()) return true;
    // A product stands for its maker where an organisation is wanted: "تشتري رقائق Blackwell" buys
    // from Nvidia (the lexicon's made_by).
    // Buying a product is no stake in its maker: "تجنب شراء H20" is not an investment in Nvidia.
    return money_ && !investment_ && m.type == EntityType::kProduct && !maker(m).empty() &&
           std::find(types.begin(), types.end(), EntityType::kOrg) != types.end();
  }
  std::string maker(const Mention& m) const {
    const LexEntity* e = m.anaphor ? nullptr : in_.lexicon.find(m.entity);
    return e ? e->made_by : std::string();
  }

  bool slot_ok(const Mention& m, const Slot& slot, const std::vector<EntityType>& types) const {
    if (!type_ok(m, types)) return false;
    // A pronoun ("فيها") belongs to the word next to it: "استثمرت فيها", "حصة فيها". Further away it is
    // usually inside another clause whose referent the latest-organisation rule would get wrong.
    if (!m.implied_marker.empty()) {
      std::size_t gap = m.first >= trigger_end_ ? words_between(trigger_end_, m.first) : words_between(m.last, trigger_);
      if (gap > 1) return false;
    }
    if (!slot.markers) return true;
    std::u32string mk = marker(m);
    return std::find(slot.markers->begin(), slot.markers->end(), mk) != slot.markers->end();
  }

  // Whether a slot takes a name with no preposition (a subject): its markers allow "" or are unset.
  static bool takes_bare(const Slot& slot) {
    return !slot.markers || std::find(slot.markers->begin(), slot.markers->end(), std::u32string()) != slot.markers->end();
  }
  static bool bare_before_slot(const Slot& slot) { return slot.side == Side::kBefore && slot.markers && takes_bare(slot); }
  // Whether a list's preposition introduces examples ("بينها X وY"، "مثل X وY"): its conjuncts are the
  // examples, never the subject of the clause that follows.
  bool example_marker(const std::u32string& mk) const {
    const auto& words = in_.rules.example_prepositions();
    return !mk.empty() && std::find(words.begin(), words.end(), mk) != words.end();
  }

  // The mentions one argument slot finds, with coordination expanded; empty when none.
  std::vector<const Mention*> resolve(const ArgSpec& spec, std::size_t ti, std::size_t te,
                                      const std::vector<EntityType>& types,
                                      const std::set<const Mention*>& exclude) const {
    for (const Slot& slot : spec.slots) {
      if (after_only_ && slot.side == Side::kBefore) continue;
      // "X، التي تعتزم استثمار ...": the head of a relative clause that holds the trigger is its subject,
      // whatever preposition X itself carries ("العمل مع إنفيديا، التي تعتزم استثمار").
      if (slot.side == Side::kBefore && takes_bare(slot)) {
        if (const Mention* head = relative_head(ti, slot.max_distance, types, exclude)) {
          // "إنفيديا وشركة xAI التي أسسها ماسك": a singular relative pronoun takes the last conjunct only.
          if (singular_relative_before(head->last)) return {head};
          return expand_backward(head, types, exclude);
        }
      }
      if (slot.side == Side::kAfter) {
        auto from = std::partition_point(ms_.begin(), ms_.end(), [&](const Mention* m) { return m->first < te; });
        // "تعتمد أوبن إيه آي على سحابة مايكروسوفت": in verb-subject-object order the subject right after the
        // verb is no distance between the verb and its object (for rules whose subject may stand there).
        const Mention* subject = nullptr;
        if (vso_) {
          std::size_t s0 = te;
          while (s0 < S_.last && is_quote(T_[s0])) ++s0;
          subject = at(s0);
          if (subject && (subject->anaphor || subject->type != EntityType::kOrg)) subject = nullptr;
        }
        for (auto it = from; it != ms_.end(); ++it) {
          const Mention* m = *it;
          if (exclude.count(m) || described_owner(*m)) continue;
          if (apposition_trigger_ && m->first > apposition_end_) break;  // past the apposition: the sentence's
          std::size_t base = subject && subject != m && m->first >= subject->last ? subject->last : te;
          // "وتطور مونشوت، التي أسسها يانغ تشي لين، روبوت المحادثة «كيمي»": a relative clause between commas
          // after the subject is no distance to the object.
          std::size_t dist = (base != te ? words_between_skipping_clauses(base, m->first) : words_between(base, m->first)) -
                             (deal_ ? time_words(base, m->first) : 0);
          if (dist > slot.max_distance || blocked(slot, te, m->first)) break;
          if (slot_ok(*m, slot, types)) {
            if (single_) return {appositive(m, types)};
            return expand_forward(appositive(m, types), types, exclude);
          }
        }
      } else {
        // "وتطور ريفوس ... على عكس تصميمات آرم، في محاولة لمنافسة إنفيديا": a purpose adverbial's subject is
        // its sentence's, the first bare organisation of the sentence.
        if (purpose_before(ti) && takes_bare(slot)) {
          for (const Mention* m : ms_) {
            if (m->first >= ti) break;
            if (m->anaphor || exclude.count(m) || !type_ok(*m, types) || !marker(*m).empty()) continue;
            return {m};
          }
        }
        auto upto = std::partition_point(ms_.begin(), ms_.end(), [&](const Mention* m) { return m->last <= ti; });
        for (auto it = std::make_reverse_iterator(upto); it != ms_.rend(); ++it) {
          const Mention* m = epithet_head(*it);
          // "وتطور «إكس إيه آي»، ...، روبوت المحادثة «غروك» المدمج في المنصة، وتخوض منافسة مع": across a
          // clause joined by "، و" the subject is never a name the clause before governs by a preposition.
          if (!slot.markers && coordinated_clause_between(m->last, ti) && !marker(*m).empty()) continue;
          // "تعد مايكروسوفت أكبر داعمي أوبن إيه آي، إذ ضخت فيها": a subordinate clause with no subject named
          // goes on about the sentence's subject, its first organisation, not the last name before it.
          if (takes_bare(slot) && !m->anaphor && m->type == EntityType::kOrg && marker(*m).empty() &&
              subordinate_clause_between(m->last, ti)) {
            const Mention* first = nullptr;
            for (const Mention* x : ms_) {
              if (!x->anaphor && x->type == EntityType::kOrg && marker(*x).empty()) {
                first = x;
                break;
              }
            }
            if (first && first->entity != m->entity && first->last <= m->first) continue;
          }
          // A backer right before the trigger's apposition is what that apposition describes:
          // "صندوق النمو التابع لـAramco Ventures، الذراع الاستثمارية لأرامكو".
          if (exclude.count(m) || (described_owner(*m) && words_between(m->last, ti) > 0)) continue;
          if (words_between_skipping_clauses(m->last, ti) > slot.max_distance || blocked(slot, m->last, ti)) break;
          // A mention right after a blocker belongs to that phrase ("بقيادة X بمشاركة Y": X leads the
          // round, it is not the company raising it): look further back.
          if (ends_blocker(slot, m->first)) continue;
          // "ستبني مجمعا تحت اسم «ستارغيت الإمارات»، بالشراكة مع": a name given to a thing is that thing,
          // never the one doing what the clause tells: look further back for the subject.
          if (named_thing(*m)) continue;
          if (type_ok(*m, types)) {
            std::vector<const Mention*> list = expand_backward(m, types, exclude);
            // So does every conjunct of a list that starts after one: "شاركت في قيادتها X وY، بمشاركة Z" (Y
            // co-leads the round with X; neither raises it).
            if (list.size() > 1 && ends_blocker(slot, list.back()->first)) continue;
            // "أعلنت شركة xAI، التي أسسها ماسك، الرئيس التنفيذي لشركتي تسلا وسبيس إكس، إتمام جولة": a company
            // named in a person's title belongs to that title, not to the deal the clause goes on to tell.
            // Not when the trigger is a definite participle right after it, which describes it ("الرئيس التنفيذي
            // للشركة المدعومة من نفيديا").
            bool described = words_between(m->last, ti) == 0 && starts_with_al(T_[ti].text);
            if (deal_ && ((!described && std::any_of(list.begin(), list.end(), [&](const Mention* x) { return in_title(*x); })) ||
                          in_reported_relative(*m, ti) || in_relational_apposition(*m, ti))) {
              continue;
            }
          }
          if (slot_ok(*m, slot, types)) {
            if (singular_relative_before(m->last) && words_between(m->last, ti) <= 1) return {m};
            // "تجمع 675 مليون دولار من مايكروسوفت وإنفيديا وتتحالف مع OpenAI": a trigger joined by و to the
            // clause before shares that clause's subject; the last conjuncts of a list a preposition governs
            // are that preposition's objects, as much as its first one, and no subject of it.
            if (coordinated_trigger_) {
              std::vector<const Mention*> list = expand_backward(m, types, exclude);
              if (list.size() > 1 && !slot_ok(*list.back(), slot, types)) continue;
            } else if ((raiser_lookup_ || spec.fallback == ArgSpec::Fallback::kFundraiser) && bare_before_slot(slot)) {
              // The company raising a round is never one of a list of examples (بينها، مثل، منها) named
              // before: "تمويل من صناديق بينها كلاينر بيركنز ولايتسبيد، ... حين جمعت 200 مليون دولار في جولة
              // قادتها": Lightspeed is an investor. (Elsewhere such a list may well be the subject: "عملاء مثل
              // ميتا وأوراكل التي تشتري رقائقها".)
              std::vector<const Mention*> list = expand_backward(m, types, exclude);
              if (list.size() > 1 && example_marker(marker(*list.back()))) continue;
            }
            // "وبايت دانس، مالكة تيك توك": the apposition right after the comma is the last conjunct's.
            if (apposition_one_) {
              std::size_t k = m->last;
              bool comma = false;
              while (k < ti && (is_comma(T_[k]) || is_quote(T_[k]))) comma |= is_comma(T_[k]), ++k;
              if (comma && k == ti) return {m};
            }
            return expand_backward(m, types, exclude);
          }
        }
      }
    }
    return {};
  }

  // "أنثروبيك، المنافس الأبرز لأوبن إيه آي، وشركة SSI": a trigger right after a comma that follows a name (an
  // organisation or a person, within four words) opens an apposition describing that name, which ends at
  // the next comma. Set for the trigger at trigger_ .. trigger_end_.
  void open_apposition() {
    std::size_t b = trigger_;
    while (b > S_.first && is_quote(T_[b - 1])) --b;
    bool opens = b > S_.first && is_comma(T_[b - 1]);
    bool headed = false;
    for (const Mention* m : ms_) {
      if (!opens || m->last > b - 1) break;
      headed = !m->anaphor && m->type != EntityType::kPlace && words_between(m->last, b - 1) <= 4;
    }
    apposition_trigger_ = opens && headed;
    apposition_end_ = S_.last;
    for (std::size_t k = trigger_end_; k < S_.last && apposition_trigger_; ++k) {
      if (is_comma(T_[k])) {
        apposition_end_ = k;
        break;
      }
    }
  }

  // Whether a mention is the name given to a thing ("تحت اسم «X»"، "باسم X"، "يحمل اسم X").
  bool named_thing(const Mention& m) const {
    std::size_t k = m.first;
    while (k > S_.first && is_quote(T_[k - 1])) --k;
    return in_.rules.naming_phrases().match_ending_at(T_, S_.first, k, 3).has_value();
  }

  // "تنافس أوبن إيه آي، المدعومة من مايكروسوفت، وأنثروبيك"، "منصة «غيت هاب» المملوكة لمايكروسوفت": a name
  // introduced by a participle of backing or ownership describes the name before it; it is an argument
  // only of a trigger inside that phrase (the rule reading المدعومة من itself).
  bool described_owner(const Mention& m) const {
    std::size_t k = m.first;
    while (k > S_.first && is_quote(T_[k - 1])) --k;
    bool w = false;
    while (k > S_.first && designator_at(k - 1, w)) --k;
    static const std::u32string kMin = fold_utf8("من"), kQibal = fold_utf8("قبل");
    std::size_t end = k;  // one past the participle phrase
    if (marker(m) == U"\x0644") {
      end = k;  // "المملوكة لمايكروسوفت"، "التابعة لشركة أمازون": the ل is on the name or its noun
    } else if (k > S_.first + 1 && T_[k - 1].text == kMin && T_[k - 1].clitic.empty()) {
      end = k - 1;  // "المدعومة من مايكروسوفت"
    } else if (k > S_.first + 2 && T_[k - 1].text == kQibal && T_[k - 2].text == kMin) {
      end = k - 2;  // "المملوكة من قبل"
    } else {
      return false;
    }
    auto hit = in_.rules.owner_descriptors().match_ending_at(T_, S_.first, end, 3);
    if (!hit) return false;
    std::size_t start = end - hit->tokens;
    return !(start < trigger_end_ && trigger_ < k);  // the trigger is not in the phrase
  }

  // "«جروك» الأمريكية، شريكة أرامكو الرقمية، تجمع 750 مليون دولار": a name inside an apposition set off by
  // commas and opened by a relational noun (شريكة، منافسة) describes the name before it; the verb right
  // after the apposition is that name's.
  bool in_relational_apposition(const Mention& m, std::size_t ti) const {
    std::size_t open = m.first;
    while (open > S_.first && !is_comma(T_[open - 1])) --open;
    if (open <= S_.first + 1 || open >= m.first) return false;
    std::size_t q = open;
    while (q < m.first && is_quote(T_[q])) ++q;
    auto noun = in_.rules.relational_nouns().match(T_, q, m.first);
    if (!noun || q + noun->tokens > m.first) return false;
    std::size_t close = m.last;
    while (close < ti && !is_comma(T_[close])) ++close;
    if (close >= ti) return false;
    for (const Mention* x : ms_) {
      if (x->last < open && words_between(x->last, open) <= 5 && !x->anaphor && x->type == EntityType::kOrg) return true;
    }
    return false;
  }

  // "أعلنت إنفليكشن، التي يقودها أحد مؤسسي «ديب مايند»، أنها جمعت": a name inside a relative clause set off
  // by commas, when the clause is followed by أن/إن (with or without its pronoun) before the trigger,
  // describes the head; what is reported after أن is the head's (the verb before the clause is the
  // head's too).
  bool in_reported_relative(const Mention& m, std::size_t ti) const {
    std::size_t k = m.first;
    while (k > S_.first && !is_comma(T_[k - 1])) --k;
    if (k == S_.first || k >= m.first || !in_.rules.relative_pronouns().match(T_, k, k + 1)) return false;
    std::size_t c = m.last;
    while (c < ti && !is_comma(T_[c])) ++c;
    if (c + 1 >= ti) return false;
    static const std::u32string kAn = fold_utf8("أن"), kAnnaha = fold_utf8("أنها"), kAnnahu = fold_utf8("أنه");
    const std::u32string& w = T_[c + 1].text;
    return w == kAn || w == kAnnaha || w == kAnnahu;
  }

  // "صندوق الاستثمار الأمريكي «X»": an organisation noun with one to three definite words describing it,
  // ending right before token k. The noun's position (and whether it carries و), or nullopt.
  std::optional<std::size_t> described_noun_before(std::size_t k, bool& waw) const {
    std::size_t d = k;
    while (d > S_.first && k - d < 3 && adjective(d - 1)) --d;
    if (d < k && d > S_.first && designator_at(d - 1, waw)) return d - 1;
    return std::nullopt;
  }

  // Whether التي/الذي (singular) follows token `k`, commas and quotes skipped.
  bool singular_relative_before(std::size_t k) const {
    static const std::u32string kAllati = fold_utf8("التي"), kAlladhi = fold_utf8("الذي");
    while (k < S_.last && (is_comma(T_[k]) || is_quote(T_[k]))) ++k;
    return k < S_.last && T_[k].clitic.empty() && (T_[k].text == kAllati || T_[k].text == kAlladhi);
  }

  // True when a blocker phrase of `slot` ends right before token `k` (quotes between allowed).
  bool ends_blocker(const Slot& slot, std::size_t k) const {
    if (!slot.blockers) return false;
    // Quotes and an organisation noun may stand between: "قادتها مجموعة «آكر»", the noun with its
    // description too: "قادها صندوق الاستثمار الأمريكي «جنرال كاتاليست»".
    for (;;) {
      bool waw = false;
      if (k > S_.first && is_quote(T_[k - 1])) {
        --k;
      } else if (k > S_.first && designator_at(k - 1, waw) && !waw) {
        --k;
      } else if (auto noun = described_noun_before(k, waw); noun && !waw) {
        k = *noun;
      } else {
        break;
      }
    }
    return slot.blockers->match_ending_at(T_, S_.first, k, 4).has_value();
  }

  // True when a blocker phrase of `slot` stands in tokens [a, b).
  bool blocked(const Slot& slot, std::size_t a, std::size_t b) const {
    if (!slot.blockers) return false;
    for (std::size_t k = a; k < b; ++k) {
      if (!in_amount(k) && !in_time(k) && slot.blockers->match(T_, k, b)) return true;
    }
    return false;
  }

  // The mention heading a relative clause ("X، التي ...") that contains the trigger at `ti`: the relative
  // pronoun lies between X and the trigger, within `max` words, with no other mention in between.
  const Mention* relative_head(std::size_t ti, std::size_t max, const std::vector<EntityType>& types,
                               const std::set<const Mention*>& exclude) const {
    // A trigger that opens with the pronoun itself ("والتي يقودها").
    if (in_.rules.relative_pronouns().match(T_, ti, ti + 1)) return head_of_relative(ti, types, exclude);
    for (std::size_t k = ti; k > S_.first && words_between(k, ti) <= max; --k) {
      std::size_t r = k - 1;
      if (ending_at(r + 1) || at(r)) return nullptr;  // a nearer mention: its own clause
      if (is_comma(T_[r])) return nullptr;            // the relative clause ended before the trigger
      if (!in_.rules.relative_pronouns().match(T_, r, r + 1)) continue;
      return head_of_relative(r, types, exclude);
    }
    return nullptr;
  }

  // The head of the relative clause whose pronoun is at r: the name before it, or the head of the clause
  // or apposition a و-pronoun continues.
  const Mention* head_of_relative(std::size_t r, const std::vector<EntityType>& types,
                                  const std::set<const Mention*>& exclude) const {
    auto wanted = [&](const Mention* h) { return h && !exclude.count(h) && type_ok(*h, types) ? h : nullptr; };
    std::size_t j = r;
    while (j > S_.first && (is_comma(T_[j - 1]) || is_quote(T_[j - 1]))) --j;
    j = before_gloss(j);  // "سيف سوبرإنتليجنس (SSI) التي"
    // "SSI التي أسسها سوتسكيفر، كبير العلماء السابق في أوبن إيه آي، والتي جمعت": a relative clause joined
    // by و to an earlier one has that one's head, not the name that ends the earlier clause.
    if (waw_glued(T_[r]) && j < r && is_comma(T_[j])) {
      for (std::size_t q = j; q > S_.first + 1; --q) {
        if (waw_glued(T_[q - 1]) || !in_.rules.relative_pronouns().match(T_, q - 1, q)) continue;
        if (const Mention* first = wanted(name_before(q - 1, true))) return first;
        break;
      }
    }
    // "سنوفليك، المدرجة في بورصة نيويورك والتي يقودها": a relative clause joined by و to an apposition
    // (a definite word after the comma) describes what that apposition describes: the name before it.
    if (waw_glued(T_[r]) && j == r) {
      for (std::size_t q = r; q > S_.first + 1 && words_between(q, r) <= 8; --q) {
        if (in_.rules.relative_pronouns().match(T_, q - 1, q)) break;
        if (!is_comma(T_[q - 1])) continue;
        if (T_[q].kind != TokenKind::kArabic || !T_[q].clitic.empty() || !starts_with_al(T_[q].text) || at(q)) break;
        if (const Mention* first = wanted(name_before(q - 1, false))) return first;
        break;
      }
    }
    // "ثينكينغ ماشينز لاب، الشركة التي أسستها": the apposition's noun phrase is the name before it.
    const Mention* head = ending_at(j);
    return wanted(head ? epithet_head(head) : nullptr);
  }

  // "في منافس X، شركة Y": after a relational noun the argument is the appositive Y, not X.
  const Mention* appositive(const Mention* m, const std::vector<EntityType>& types) const {
    std::size_t k = m->first;
    while (k > S_.first && is_quote(T_[k - 1])) --k;
    bool relational = false;
    for (std::size_t q = (k >= S_.first + 2 ? k - 2 : S_.first); q < k; ++q) {
      auto hit = in_.rules.relational_nouns().match(T_, q, k);
      // When the relational noun is the trigger itself ("منافس X") X is the argument it names.
      if (hit && q + hit->tokens == k && q != trigger_) relational = true;
    }
    if (!relational) return m;
    std::size_t j = m->last;
    if (j >= S_.last || !is_comma(T_[j])) return m;
    ++j;
    while (j < S_.last && (is_quote(T_[j]) || (designators_ && designators_->contains_token(T_[j])))) ++j;
    const Mention* n = at(j);
    return n && type_ok(*n, types) ? n : m;
  }

  // "X وY وZ" after the trigger.
  // A definite adjective after a name: "مجموعة سوفت بنك اليابانية", "صندوق إم جي إكس الإماراتي".
  bool adjective(std::size_t k) const {
    const Token& t = T_[k];
    return t.kind == TokenKind::kArabic && t.clitic.empty() && !at(k) && t.text.size() > 3 && t.text[0] == 0x0627 &&
           t.text[1] == 0x0644;
  }
  // A designator between conjuncts, and whether it carries the و: "وشركة أوبن إيه آي".
  bool designator_at(std::size_t k, bool& waw) const {
    if (!designators_ || k >= S_.last || at(k)) return false;
    for (const Variant& v : T_[k].variants) {
      if (designators_->contains(v.stem)) {
        waw |= has_waw(T_[k].clitic + v.prefix);
        return true;
      }
    }
    return false;
  }

  // "داتابريكس وأنثروبيك (Anthropic)، مطورة نماذج Claude،": an epithet in apposition to the name right
  // before it stands for that name, which is where its list and its preposition are read.
  const Mention* epithet_head(const Mention* m) const {
    // So does a noun phrase that refers back ("إكس إيه آي، الشركة الناشئة التي يقودها إيلون ماسك، من عملاء"):
    // in apposition it is that name, not the latest company before it.
    bool appositive_anaphor = m->anaphor && !m->pair && m->implied_marker.empty();
    if (m->method.rfind("epithet", 0) != 0 && !appositive_anaphor) return m;
    std::size_t k = m->first;
    while (k > S_.first && is_quote(T_[k - 1])) --k;
    if (k == S_.first || !is_comma(T_[k - 1])) return m;
    const Mention* head = name_before(k - 1, false);
    // Only a bare head (a subject): after a preposition ("استثمارات في شركة أنثروبيك، مطورة نماذج Claude،
    // ضمن صفقة") the phrase is the object's, and the epithet stays what the slot sees.
    return head && !head->anaphor && (appositive_anaphor || head->entity == m->entity) && marker(*head).empty() ? head : m;
  }

  // Whether "، و<word>" (a comma, then a word glued to و that is no name nor organisation noun: a clause
  // joined to the one before) or a comma and a subordinator (بعد أن، إذ، حيث) stands between positions a and b.
  bool coordinated_clause_between(std::size_t a, std::size_t b) const {
    // "، بعد أن اشترت"، "، إذ تملك": a subordinate clause is a new clause as much.
    if (subordinate_clause_between(a, b)) return true;
    for (std::size_t k = a; k + 1 < b; ++k) {
      if (!is_comma(T_[k])) continue;
      const Token& t = T_[k + 1];
      bool w = false;
      if (t.kind == TokenKind::kArabic && waw_glued(t) && !at(k + 1) && !designator_at(k + 1, w) &&
          !in_.rules.prepositions().match(T_, k + 1, k + 2)) {
        return true;
      }
    }
    return false;
  }

  // Whether a comma and a subordinator (، إذ، ، بعد أن، ، حيث) open a clause between tokens a and b.
  bool subordinate_clause_between(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k + 1 < b; ++k) {
      if (!is_comma(T_[k])) continue;
      const Token& t = T_[k + 1];
      if (t.kind != TokenKind::kArabic || !t.clitic.empty()) continue;
      auto sub = in_.rules.subordinators().match(T_, k + 1, k + 2);
      if (sub && sub->prefix.empty()) return true;
    }
    return false;
  }

  // Whether the trigger at ti opens a purpose adverbial set off by a comma ("، في محاولة لمنافسة"، "، سعيا إلى
  // منافسة"، "، بهدف منافسة"): its subject is the clause's, not the name right before the comma.
  bool purpose_before(std::size_t ti) const {
    // "في محاولة لمنافسة": the ل is on the trigger; "سعيا إلى منافسة": one preposition between.
    std::size_t end = ti;
    if (ti > S_.first + 1 && T_[ti - 1].kind == TokenKind::kArabic && in_.rules.prepositions().match(T_, ti - 1, ti)) end = ti - 1;
    auto hit = in_.rules.purpose_phrases().match_ending_at(T_, S_.first, end, 2);
    if (!hit || !hit->prefix.empty()) return false;
    const std::size_t b = end - hit->tokens;
    for (std::size_t k = b; k < end; ++k) {
      if (!T_[k].clitic.empty()) return false;
    }
    return b > S_.first && is_comma(T_[b - 1]);
  }

  // A preposition glued to و at token k, no name: "ومع"، "ومن" (the preposition repeated before the next conjunct).
  bool waw_preposition(std::size_t k) const {
    if (k + 1 >= S_.last || at(k) || T_[k].kind != TokenKind::kArabic) return false;
    auto prep = in_.rules.prepositions().match(T_, k, k + 1);
    return prep && has_waw(T_[k].clitic + prep->prefix);
  }

  // "X وY وZ" after the trigger. Conjuncts may carry an adjective ("سوفت بنك اليابانية") and an organisation
  // noun ("وشركة أوراكل"), and a list may go on after "، إلى جانب (مستثمرين مثل)".
  std::vector<const Mention*> expand_forward(const Mention* m, const std::vector<EntityType>& types,
                                             const std::set<const Mention*>& exclude) const {
    std::vector<const Mention*> out{m};
    for (;;) {
      const Mention* last = out.back();
      std::size_t j = last->last;
      while (j < S_.last && is_quote(T_[j]) && j + 1 < S_.last && T_[j + 1].text == U"(") ++j;  // «NEA» (NEA)
      // A gloss in brackets after a conjunct ("Nvidia (إنفيديا) وGoogle (جوجل)") does not end the list:
      // the bracket holds the conjunct's own name or no name at all ("(أمازون) (Amazon Industrial
      // Innovation Fund)" glosses a fund, another entity, and ends it).
      if (j < S_.last && T_[j].text == U"(") {
        std::size_t k = j + 1;
        bool other = false;
        while (k < S_.last && k < j + 8 && T_[k].text != U")" && !is_comma(T_[k])) {
          const Mention* g = at(k);
          other |= g && (g->anaphor || g->entity != last->entity);
          ++k;
        }
        if (k < S_.last && T_[k].text == U")" && !other) j = k + 1;
      }
      // "نموذجي Veo 3 وImagen": a product's version number does not end the list.
      if (last->type == EntityType::kProduct && j < S_.last && T_[j].kind == TokenKind::kNumber) ++j;
      // "ومجموعة «سوفت بنك» اليابانية، إضافة إلى": the adjective may follow the closing quote.
      {
        std::size_t q = j;
        while (q < S_.last && is_quote(T_[q])) ++q;
        if (q < S_.last && q > j && adjective(q)) j = q;
      }
      if (j < S_.last && adjective(j)) ++j;
      // "ميكروسوفت، الشريكة الأوثق لأوبن إيه آي، وغوغل": a trigger that opens an apposition takes its
      // object up to the apposition's closing comma; the list after it is the sentence's.
      if (apposition_trigger_) {
        std::size_t q = j;
        while (q < S_.last && is_quote(T_[q])) ++q;
        if (q < S_.last && is_comma(T_[q])) break;
      }
      // "كلا من Microsoft، التي طورت أداة Copilot Studio، وSalesforce"، "Anthropic، مطورة نماذج Claude،
      // وAnysphere": a relative clause or an apposition between commas describes the conjunct; the list
      // goes on after it when the next word is a name joined by و.
      // So does "، الصندوق الذي ...، إلى جانب Y" (a bridge after the apposition) and "، ومصرف «سيتي»" (the
      // next name's organisation noun carrying the و). The conjunct's closing quote may come first.
      {
        std::size_t q = j;
        while (q < S_.last && is_quote(T_[q])) ++q;
        if (q > j && q < S_.last && is_comma(T_[q])) j = q;
      }
      // The apposition may open with an epithet of the conjunct itself ("Anthropic، مطورة نماذج Claude،").
      const Mention* opener = j + 1 < S_.last ? at(j + 1) : nullptr;
      bool describes = opener && opener->entity == last->entity && opener->method.rfind("epithet", 0) == 0;
      if (j + 1 < S_.last && is_comma(T_[j]) && (!opener || describes) && !(is_quote(T_[j + 1]) && at(j + 2))) {
        std::size_t e = j + 2;
        bool relative = in_.rules.relative_pronouns().match(T_, j + 1, j + 2).has_value() ||
                        (j + 3 < S_.last && in_.rules.relative_pronouns().match(T_, j + 2, j + 3).has_value());
        while (e < S_.last && e < j + (relative ? 20 : 8) && !is_comma(T_[e]) && T_[e].kind != TokenKind::kPunct) ++e;
        std::size_t n = e + 1;
        while (n < S_.last && is_quote(T_[n])) ++n;
        const Mention* after = e < S_.last && is_comma(T_[e]) ? at(n) : nullptr;
        // The apposition must read as one: a definite noun (الذراع، الصندوق، الرئيس) or a relative pronoun
        // first; "، إتمام جولة ...، بمشاركة" is the sentence going on.
        bool apposition = relative || describes ||
                          (T_[j + 1].kind == TokenKind::kArabic && T_[j + 1].clitic.empty() && starts_with_al(T_[j + 1].text));
        bool noun_waw = false;
        bool goes_on = apposition && e < S_.last && is_comma(T_[e]) && e + 1 < S_.last &&
                       (in_.rules.list_bridges().match(T_, e + 1, S_.last).has_value() ||
                        (designator_at(e + 1, noun_waw) && noun_waw) || waw_preposition(e + 1));
        if ((after && !after->anaphor && has_waw(after->prefix)) || goes_on) j = e + 1;
      }
      bool comma = false, waw = false;
      while (j < S_.last && (is_quote(T_[j]) || is_comma(T_[j]))) comma |= is_comma(T_[j]), ++j;
      // A bridge carries the list on, after a comma or not ("بقيادة X ومشاركة كل من Y وZ"); not the list of
      // an investment's targets: "من أبرز المستثمرين في أنثروبيك إلى جانب غوغل" adds an investor.
      if (j < S_.last && !(investment_ && money_)) {
        static const std::u32string kKull = fold_utf8("كل"), kKila = fold_utf8("كلا");
        auto bridge = in_.rules.list_bridges().match(T_, j, S_.last);
        // "ومن بين عملاء Together AI كل من Zoom وSalesforce": a bare كل من right after a name opens a list of
        // its own; only after a comma or with و ("ومشاركة كل من") does it carry one on.
        if (bridge && !comma && (T_[j].text == kKull || T_[j].text == kKila) && T_[j].clitic.empty()) bridge.reset();
        if (bridge) {
          j += bridge->tokens, waw = true;
          // A bridge may name the kind of the next items before them: "إضافة إلى مساهمين حاليين مثل X"
          // (up to three words, then مثل / من بينهم / بينهم / منهم).
          static const std::vector<std::u32string> kSuch = {fold_utf8("مثل"), fold_utf8("بينهم"), fold_utf8("منهم"),
                                                            fold_utf8("ومنهم"), fold_utf8("أبرزهم")};
          for (std::size_t k = j; k < S_.last && k < j + 5; ++k) {
            if (at(k) || T_[k].kind != TokenKind::kArabic) break;
            if (k > j && std::find(kSuch.begin(), kSuch.end(), T_[k].text) != kSuch.end()) {
              j = k + 1;
              break;
            }
          }
        }
      }
      // "منافسة من GitHub ومن Windsurf"، "اتفاقات مع X ومع Y": the preposition repeated with و before the
      // next conjunct carries the list on.
      if (!waw && waw_preposition(j)) ++j, waw = true;
      // "وحدات TPU لغوغل ومسرعات لميتا": a second noun joined by و, then the same preposition as the
      // conjunct's before the next name, carries the list on.
      if (!waw && !comma && j + 1 < S_.last && !at(j) && T_[j].kind == TokenKind::kArabic && waw_glued(T_[j])) {
        std::u32string mk = marker(*last);
        std::size_t n = j + 1;
        while (n < S_.last && is_quote(T_[n])) ++n;
        const Mention* after = n < S_.last ? at(n) : nullptr;
        if (!mk.empty() && after && !after->anaphor && marker(*after) == mk && after->implied_marker.empty()) j = n, waw = true;
      }
      // "بين إس كيه هاينكس ومواطنتها سامسونغ": a relational noun with و before the next name carries the
      // list on (its pronoun is the conjunct before).
      if (!waw && j + 1 < S_.last && !at(j) && T_[j].kind == TokenKind::kArabic) {
        std::size_t n = j + 1;
        while (n < S_.last && is_quote(T_[n])) ++n;
        if (auto rel = in_.rules.relational_nouns().match(T_, j, j + 1); rel && has_waw(T_[j].clitic + rel->prefix) && at(n)) {
          j = n, waw = true;
        }
      }
      bool designated = false;
      while (designator_at(j, waw)) ++j, designated = true;
      // The organisation noun may carry a description before the name: "وشركة الرقائق «إنفيديا»".
      if (designated) {
        std::size_t q = j;
        while (q < S_.last && q < j + 3 && adjective(q)) ++q;
        std::size_t n = q;
        while (n < S_.last && is_quote(T_[n])) ++n;
        if (q > j && at(n)) j = q;
      }
      // A person's title between conjuncts: "فارون موهان والمؤسس المشارك دوغلاس تشين"، "جوناثان روس ورئيسها
      // سني مادرا". Only in a list of persons.
      // Not for a head's relation: "X ورئيسها Y" names two roles, and ceo_of is only the first one's.
      if (titled_lists_ && last->type == EntityType::kPerson &&
          std::find(types.begin(), types.end(), EntityType::kPerson) != types.end()) {
        while (j < S_.last && !at(j)) {
          auto title = in_.rules.person_titles().match(T_, j, S_.last);
          if (!title) break;
          waw |= has_waw(T_[j].clitic + title->prefix);
          j += title->tokens;
        }
      }
      while (j < S_.last && is_quote(T_[j])) ++j;  // وصندوق «بوينت 72»
      // "، والكورية الجنوبية «سامسونغ»"، "ومجموعات التكنولوجيا «سيلزفورس»": the next conjunct described
      // before its name, the و on the description's first word.
      if (j < S_.last && !at(j) && T_[j].kind == TokenKind::kArabic) {
        bool w = false;
        for (const Variant& v : T_[j].variants) w |= has_waw(T_[j].clitic + v.prefix) && starts_with_al(v.stem);
        bool noun_waw = false;  // "ومجموعات": an organisation noun carrying the و
        if (designator_at(j, noun_waw) && noun_waw) w = true;
        if (w) {
          std::size_t q = j + 1;
          while (q < S_.last && q < j + 3 && adjective(q)) ++q;
          std::size_t n = q;
          while (n < S_.last && is_quote(T_[n])) ++n;
          if (at(n) && n > q) j = n, waw = true;
        }
      }
      const Mention* next = at(j);
      // The same company named again in apposition, "عملاق الرقائق الأمريكي «إنفيديا» و«نوكيا»": the list
      // goes on after the name.
      if (next && !next->anaphor && !last->anaphor && next->entity == last->entity && !waw && !comma) {
        out.back() = next;
        continue;
      }
      if (!next || exclude.count(next) || !type_ok(*next, types)) break;
      // "في أنثروبيك، و«إنفيديا» نحو 100 مليون دولار": a name with an amount of its own after a comma opens
      // a gapped clause (its verb left out), not the next item of this list.
      if (comma) {
        std::size_t q = next->last;
        while (q < S_.last && is_quote(T_[q])) ++q;
        if (q < S_.last && in_amount(q)) break;
      }
      waw |= has_waw(next->prefix);
      if (!waw && !(comma && followed_by_waw_item(next, types))) break;
      out.push_back(next);
    }
    return out;
  }

  // "X وY" before the trigger: the mention found is the last conjunct.
  std::vector<const Mention*> expand_backward(const Mention* m, const std::vector<EntityType>& types,
                                              const std::set<const Mention*>& exclude) const {
    std::vector<const Mention*> out{m};
    bool linked = false;
    for (;;) {
      const Mention* cur = out.back();
      std::size_t j = cur->first;
      bool waw = has_waw(cur->prefix);
      // "... وشركة الرقائق «إنفيديا»": the organisation noun's description stands between it and the name;
      // "وشركة «أوراكل»": so may the quotes. The noun then carries the و (below).
      {
        std::size_t q = j;
        while (q > S_.first && is_quote(T_[q - 1])) --q;
        bool w = false;
        if (auto noun = described_noun_before(q, w)) {
          j = *noun + 1;
        } else if (q < j && q > S_.first && designator_at(q - 1, w)) {
          j = q;
        }
      }
      // an organisation noun before the conjunct carries its و: "... وشركة أوراكل"
      while (j > S_.first) {
        bool w = false;
        if (!designator_at(j - 1, w)) break;
        waw |= w;
        --j;
      }
      bool comma = false;
      while (j > S_.first && (is_quote(T_[j - 1]) || is_comma(T_[j - 1]))) comma |= is_comma(T_[j - 1]), --j;
      // "كلاينر بيركنز (Kleiner Perkins) ولايتسبيد": the conjunct's own name in brackets does not end the
      // list (as in expand_forward); the discounted gloss is skipped.
      j = before_gloss(j);
      // "إنتل الأمريكية وإنفيديا": an adjective after the conjunct; not the last word of a name that ends
      // like one ("صندوق الاستثمارات العامة وغوغل كلاود").
      if (j > S_.first && !ending_at(j) && adjective(j - 1)) --j;
      // "تعتمد إنفيديا، شأنها شأن AMD، على ...": a bridge between two names joins them as well as و does.
      if (!waw && !ending_at(j)) {
        if (auto bridge = in_.rules.comparison_bridges().match_ending_at(T_, S_.first, j, 4)) {
          std::size_t k = j - bridge->tokens;
          bool c = false;
          while (k > S_.first && (is_quote(T_[k - 1]) || is_comma(T_[k - 1]))) c |= is_comma(T_[k - 1]), --k;
          if (c && ending_at(k)) j = k, waw = true, comma = false;
        }
      }
      // "أعلنت شركة «هيوماين»، إحدى شركات صندوق الاستثمارات العامة، وشركة AWS": the conjunct before "، و"
      // may carry an apposition set off by commas; the name before that apposition is the conjunct.
      if (waw && comma && !apposition_one_) {
        if (const Mention* before = conjunct_before_apposition(j, types, exclude)) {
          out.push_back(before);
          linked = false;
          continue;
        }
      }
      const Mention* prev = ending_at(j);
      if (!prev || exclude.count(prev) || !type_ok(*prev, types)) break;
      waw = waw && !comma;
      if (!waw && !(comma && linked)) break;
      linked = true;
      out.push_back(prev);
    }
    return out;
  }

  // For "X، <apposition>، وY" with j just after the apposition's closing comma: X, when the apposition is
  // a phrase of its own (up to 10 words, no comma in it, not itself a bare name, not opened by و) and X is
  // a name of the wanted type right before its opening comma.
  const Mention* conjunct_before_apposition(std::size_t j, const std::vector<EntityType>& types,
                                            const std::set<const Mention*>& exclude) const {
    std::size_t end = j;  // one past the apposition's last token
    while (end > S_.first && (is_quote(T_[end - 1]) || is_comma(T_[end - 1]))) --end;
    std::size_t open = end;
    while (open > S_.first && !is_comma(T_[open - 1]) && words_between(open - 1, end) < 10) --open;
    if (open <= S_.first + 1 || !is_comma(T_[open - 1]) || open >= end || waw_glued(T_[open])) return nullptr;
    std::size_t first = open;
    while (first < end && is_quote(T_[first])) ++first;
    if (const Mention* bare = at(first); bare && bare->last >= end) return nullptr;  // "A، B، وC": a list
    std::size_t k = open - 1;
    while (k > S_.first && is_quote(T_[k - 1])) --k;
    const Mention* x = ending_at(k);
    if (!x || exclude.count(x) || !type_ok(*x, types)) return nullptr;
    return x;
  }

  const Mention* at(std::size_t tok) const {
    return tok >= S_.first && tok <= S_.last ? starting_[tok - S_.first] : nullptr;
  }
  const Mention* ending_at(std::size_t tok) const {
    return tok >= S_.first && tok <= S_.last ? ending_[tok - S_.first] : nullptr;
  }
  bool followed_by_waw_item(const Mention* m, const std::vector<EntityType>& types) const {
    // In "A، B وC" the comma joins B to the list only if the list goes on with و.
    for (const Mention* n = m; n;) {
      std::size_t j = n->last;
      bool comma = false;
      while (j < S_.last && (is_quote(T_[j]) || is_comma(T_[j]))) comma |= is_comma(T_[j]), ++j;
      const Mention* nx = at(j);
      if (!nx || !type_ok(*nx, types)) return false;
      if (has_waw(nx->prefix)) return true;
      if (!comma) return false;
      n = nx;
    }
    return false;
  }

  // An anaphor's referent, among organisations that are not arguments already. A pronoun takes its
  // sentence's topic ("تؤكد أنثروبيك أن أمازون ... كما تملك غوغل حصة فيها" is Anthropic), a noun phrase the
  // latest name; failing both, in the two sentences before: the most often named, then the most recent.
  std::optional<Arg> antecedent(const Mention& a, const std::set<std::string>& busy_args) const {
    const auto& all = in_.mentions.mentions;
    // A unit of an argument, or its parent, is that argument for money ("أمازون ... AWS"): not the referent.
    std::set<std::string> busy = busy_args;
    for (const std::string& id : busy_args) {
      if (const LexEntity* e = in_.lexicon.find(id); e && !e->part_of.empty()) busy.insert(e->part_of);
      for (const std::string& unit : in_.lexicon.units_of(id)) busy.insert(unit);
    }
    if (!a.implied_marker.empty()) {
      // A pronoun ("فيها") points at its sentence's topic: the first organisation named in it.
      for (const Mention& m : all) {
        if (m.sentence < a.sentence || m.anaphor || m.type != EntityType::kOrg || busy.count(m.entity)) continue;
        if (m.sentence > a.sentence || m.first >= a.first) break;
        return Arg{&a, m.entity, a.span, 0.6};
      }
      // No organisation at all before it in its sentence ("وقال رئيسها التنفيذي ..."): the topic of the
      // sentence before, its first organisation ("أما ميسترال، ... فقد سارعت ...").
      bool named_before = false;
      for (const Mention& m : all) named_before |= m.sentence == a.sentence && m.first < a.first && m.type == EntityType::kOrg;
      if (a.sentence > 0 && !named_before) {
        for (const Mention& m : all) {
          if (m.sentence < a.sentence - 1 || m.anaphor || m.type != EntityType::kOrg || busy.count(m.entity)) continue;
          if (m.sentence >= a.sentence) break;
          return Arg{&a, m.entity, a.span, 0.55};
        }
      }
    } else if (!a.pair && a.first <= in_.seg.sentences[a.sentence].first + 2 && a.sentence > 0) {
      // "وتطور الشركة ..."، "وقالت الشركة ...": a sentence that opens on the company goes on about the one
      // the story is about, the organisation named most so far (ties: the latest), not the last name of the
      // sentence before, which is often a rival or a customer.
      // The subject of the sentence before (its first organisation, named there as a subject: "وانطلقت
      // OctoAI ... وجمعت الشركة") goes on, when the story has named it before; else the most named.
      const Mention* prev_subject = nullptr;
      for (const Mention& m : all) {
        if (m.sentence + 1 < a.sentence || m.anaphor || m.type != EntityType::kOrg) continue;
        if (m.sentence >= a.sentence) break;
        const Sentence& P = in_.seg.sentences[m.sentence];
        if (m.first <= P.first + 3 && !busy.count(m.entity)) prev_subject = &m;
        break;
      }
      auto [best, count] = most_named_before(a, busy, 0);
      if (prev_subject && prev_subject->entity != best) {
        std::size_t named = 0;
        for (const Mention& m : all) {
          if (m.first >= a.first) break;
          named += !m.anaphor && m.entity == prev_subject->entity;
        }
        if (named >= 2) return Arg{&a, prev_subject->entity, a.span, 0.6};
      }
      if (count >= 2) return Arg{&a, best, a.span, 0.6};
    }
    if (a.former) {
      // "الأولى": of the two organisations named last (in this sentence or the one before), the earlier.
      std::string latest;
      for (auto it = all.rbegin(); it != all.rend(); ++it) {
        const Mention& m = *it;
        if (m.first >= a.first || m.anaphor) continue;
        if (m.sentence + 1 < a.sentence) break;
        if (m.type != EntityType::kOrg) continue;
        if (latest.empty()) {
          latest = m.entity;
        } else if (m.entity != latest) {
          if (busy.count(m.entity)) return std::nullopt;
          return Arg{&a, m.entity, a.span, 0.6};
        }
      }
      return std::nullopt;
    }
    if (a.implied_marker.empty()) {
      // A noun phrase ("الشركة ذاتها", "الشركة الناشئة") points at the latest organisation named before it,
      // passing over, in earlier sentences, one named only in a person's title ("موراتي، المديرة التقنية
      // السابقة لأوبن إيه آي، ... وأعلنت الشركة" is her lab, not OpenAI); failing that, the latest of any kind.
      for (int pass = 0; pass < 2; ++pass) {
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
          const Mention& m = *it;
          if (m.first >= a.first || m.anaphor) continue;
          if (m.sentence + 2 < a.sentence) break;
          if (m.type != EntityType::kOrg || busy.count(m.entity)) continue;
          if (pass == 0 && m.sentence < a.sentence && in_title(m)) continue;
          // The latest name, named only this once so far, while the story is about another company it
          // has named three times or more: "الشركة" goes on about the story's company, not the aside
          // ("تملك حصة في كورويف ... وتعتمد الشركة على" after a sentence that names an exchange or a rival).
          // Not "الأخيرة" / "الثانية" (the latter), which name the last one on purpose.
          static const std::u32string kLatter = fold_utf8("الأخيرة"), kSecond = fold_utf8("الثانية");
          if (T_[a.first].text != kLatter && T_[a.first].text != kSecond) {
            auto [best, count] = most_named_before(a, busy, 0);
            std::size_t named = 0;
            for (const Mention& o : all) {
              if (o.first >= a.first) break;
              named += !o.anaphor && o.entity == m.entity;
            }
            if (count >= 3 && named == 1 && best != m.entity) return Arg{&a, best, a.span, 0.55};
          }
          return Arg{&a, m.entity, a.span, 0.6};
        }
      }
    }
    auto [best, count] = most_named_before(a, busy, a.sentence >= 2 ? a.sentence - 2 : 0);
    if (!count) return std::nullopt;
    return Arg{&a, best, a.span, 0.6};
  }

  // The organisation named most often before mention a, from sentence `from` on (ties: the one named
  // last), and how often; ("", 0) when none.
  std::pair<std::string, std::size_t> most_named_before(const Mention& a, const std::set<std::string>& busy,
                                                        std::size_t from) const {
    std::map<std::string, std::pair<std::size_t, std::size_t>> seen;  // id -> (mentions, last position)
    for (const Mention& m : in_.mentions.mentions) {
      if (m.first >= a.first) break;
      if (m.sentence < from || m.anaphor || m.type != EntityType::kOrg || busy.count(m.entity)) continue;
      auto& [count, last] = seen[m.entity];
      ++count, last = std::max(last, m.first);
    }
    std::pair<std::string, std::size_t> best{"", 0};
    std::pair<std::size_t, std::size_t> best_stat{0, 0};
    for (const auto& [id, stat] : seen) {
      if (best.second == 0 || stat > best_stat) best = {id, stat.first}, best_stat = stat;
    }
    return best;
  }

  // A pair anaphor's referents: "the two companies" of a story are the two organisations it has named
  // most so far (ties: the more recent), not merely the last two names, which are often asides
  // ("... منافسة من شركات مثل جوجل وأنثروبيك. ... الشركتين").
  std::vector<std::string> antecedent_pair(const Mention& a) const {
    // "مشروع مشترك بين «إنسكيل» و«آكر»، كانت الشركتان قد أسستاه": two names joined just before in the
    // same sentence are the pair, however often the story has named others.
    for (auto it = ms_.rbegin(); it != ms_.rend(); ++it) {
      const Mention* m = *it;
      if (m->last > a.first || m->anaphor) continue;
      if (words_between(m->last, a.first) > 12) break;
      if (m->type != EntityType::kOrg) continue;
      std::vector<std::string> ids;
      for (const Mention* x : expand_backward(m, {EntityType::kOrg}, {})) {
        if (std::find(ids.begin(), ids.end(), x->entity) == ids.end()) ids.push_back(x->entity);
      }
      if (ids.size() == 2) return {ids[1], ids[0]};
      break;
    }
    std::map<std::string, std::pair<std::size_t, std::size_t>> seen;  // id -> (mentions, last position)
    for (const Mention& m : in_.mentions.mentions) {
      if (m.first >= a.first) break;
      if (m.anaphor || m.type != EntityType::kOrg) continue;
      auto& [count, last] = seen[m.entity];
      ++count;
      last = m.first;
    }
    std::vector<std::pair<std::pair<std::size_t, std::size_t>, std::string>> ranked;
    for (const auto& [id, stat] : seen) ranked.push_back({stat, id});
    std::sort(ranked.rbegin(), ranked.rend());
    if (ranked.size() < 2) return {};
    return {ranked[0].second, ranked[1].second};
  }

  bool coordinated_trigger_ = false;    ///< the trigger carries و: a verb joined to the clause before
  bool raiser_lookup_ = false;          ///< resolving the company that raises a round (before a fundraising cue)
  bool money_ = false;                  ///< the rule being resolved yields a money relation
  bool apposition_one_ = false;         ///< an apposition after a comma describes the last conjunct only
  bool single_ = false;                 ///< a slot after the trigger takes one name, not its list (a unit's parent)
  bool investment_ = false;             ///< the rule being resolved yields invests_in
  bool titled_lists_ = false;           ///< persons in a list may carry titles (works_for: who moves, who joins)
  bool deal_ = false;                   ///< the rule is of the money group (a deal between companies)
  bool after_only_ = false;             ///< the side being resolved takes no argument before the trigger
  bool vso_ = false;                    ///< the rule's subject may stand right after its trigger (a verb)
  bool apposition_trigger_ = false;     ///< the trigger opens an apposition (right after a comma after a name)
  std::size_t apposition_end_ = SIZE_MAX;  ///< the comma closing that apposition (or the sentence end)
  std::size_t trigger_ = SIZE_MAX;      ///< first token of the trigger being resolved
  std::size_t trigger_end_ = SIZE_MAX;  ///< one past its last token
  const WordSet* designators_ = nullptr;

  const RelationInput& in_;
  const std::vector<Token>& T_;
  const Sentence& S_;
  std::vector<const Mention*> ms_;
  std::vector<std::string> topic_;
  std::vector<std::size_t> words_;          ///< words_[k]: words among the sentence's first k tokens
  std::vector<bool> in_amount_;             ///< sentence token k is part of a money amount
  std::vector<bool> in_time_;               ///< sentence token k is part of a date (set_times)
  std::vector<bool> silent_;                ///< sentence token k is not counted as a word (a gloss)
  std::vector<const Mention*> starting_;    ///< mention starting at sentence token k, if any
  std::vector<const Mention*> ending_;      ///< mention ending just before sentence token k, if any
};

std::u32string_view slice(std::u32string_view text, Span s) { return text.substr(s.begin, s.end - s.begin); }

// The organisation an entity belongs to: its part_of ancestor in the lexicon, or itself.
std::string folded_owner(const Lexicon& lex, std::string id) {
  for (int depth = 0; depth < 8; ++depth) {
    const LexEntity* e = lex.find(id);
    if (!e || e->part_of.empty()) break;
    id = e->part_of;
  }
  return id;
}

// A relation found in sentence S, with the evidence every relation carries: where it was read and why.
RelationRecord relation_in(const RelationInput& in, const Sentence& S, std::string source, std::string relation,
                           std::string target, Span source_span, Span target_span, Span trigger, std::string rule_id) {
  RelationRecord rec;
  rec.source = std::move(source);
  rec.relation = std::move(relation);
  rec.target = std::move(target);
  Evidence& ev = rec.evidence;
  ev.doc_id = in.article.id;
  ev.sentence = encode_utf8(slice(in.text, Span{S.begin, S.end}));
  ev.sentence_span = Span{S.begin, S.end};
  ev.source_span = source_span;
  ev.target_span = target_span;
  ev.trigger_span = trigger;
  ev.rule_id = std::move(rule_id);
  ev.date = in.article.date;
  return rec;
}

bool is_bullet(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.text == U"-" || t.text == U"\x2022" || t.text == U"*" || t.text == U"\x2013" || t.text == U"\x2014");
}

// A funding round introduced by a sentence ending in ':' and followed by a bulleted list of investors:
//     "... تسعى OpenAI لجمع جولة تمويل ..., بما في ذلك:"  /  "- أمازون: ..."  /  "- سوفت بنك: ..."
// Each item that names an organisation first is an investor in the fundraiser, with the status of the
// introduction (inherited, so it ranks below any cue the item's own evidence has), unless the item's
// sentence already gave that relation.
template <typename Discourse>
void list_items(const RelationInput& in, const std::vector<Discourse>& discourse, std::vector<RelationRecord>& out) {
  const auto& T = in.seg.tokens;
  const auto& sentences = in.seg.sentences;
  std::optional<std::size_t> intro;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const Sentence& S = sentences[k];
    const Token& last = T[S.last - 1];
    bool item = is_bullet(T[S.first]);
    if (!item) {
      intro = (last.kind == TokenKind::kPunct && last.text == U":") ? std::optional<std::size_t>(k) : std::nullopt;
      continue;
    }
    if (!intro) continue;
    const Discourse& d = discourse[*intro];
    if (!d.raiser || *intro - d.raiser->second > 3) continue;
    const Mention* first = nullptr;
    for (const Mention& m : in.mentions.mentions) {
      if (m.first == S.first + 1 && !m.anaphor && m.type == EntityType::kOrg) first = &m;
    }
    if (!first || first->entity == d.raiser->first) continue;
    bool already = false;
    for (const RelationRecord& r : out) {
      already |= r.relation == "invests_in" && r.source == first->entity && r.target == d.raiser->first &&
                 r.evidence.sentence_span == Span{S.begin, S.end};
    }
    if (already) continue;
    RelationRecord rec = relation_in(in, S, first->entity, "invests_in", d.raiser->first, first->span, Span{},
                                     d.raiser_trigger, "invest.round_list");
    Evidence& ev = rec.evidence;
    ev.status = d.status.empty() ? in.rules.default_status() : d.status;
    ev.confidence = 0.6;
    out.push_back(rec);
  }
}

}  // namespace

namespace {
// Tells a rule author why a relation already found was dropped after the sentence pass: the rejection
// carries the record's sentence (found by its span), rule, trigger and the reason.
void reject_record(const RelationInput& in, const RelationRecord& rec, const std::string& reason,
                   std::vector<Rejection>* rejected) {
  if (!rejected) return;
  std::size_t sentence = 0;
  for (std::size_t k = 0; k < in.seg.sentences.size(); ++k) {
    if (in.seg.sentences[k].begin == rec.evidence.sentence_span.begin) sentence = k;
  }
  rejected->push_back({sentence, rec.evidence.rule_id, rec.evidence.trigger_span,
                       rec.source + " " + rec.relation + " " + rec.target + ": " + reason});
}

// A relation of a yielding rule ("الصفقة" read as a partnership) gives way when the article relates the
// same two entities by another rule of the same group: the deal is the investment or the purchase the
// article has already named, not a second relation.
void drop_yielding(const RelationInput& in, std::vector<RelationRecord>& out, std::vector<Rejection>* rejected) {
  auto rule_of = [&](const std::string& id) -> const Rule* {
    std::string base = id.substr(0, id.find('+'));  // "partners.deal+seller" is partners.deal's
    for (const Rule& r : in.rules.rules()) {
      if (r.id == base) return &r;
    }
    return nullptr;
  };
  using Key = std::tuple<std::string, std::string, std::string>;
  auto key = [](const Rule& r, const RelationRecord& rec) {
    return Key{r.group, std::min(rec.source, rec.target), std::max(rec.source, rec.target)};
  };
  std::set<Key> held;
  // A deal read as a purchase from a seller ("partners.deal+seller") says what the deal is: it holds.
  auto yielding = [&](const Rule* r, const RelationRecord& rec) {
    return r && r->yields && rec.evidence.rule_id == r->id;
  };
  for (const RelationRecord& rec : out) {
    const Rule* r = rule_of(rec.evidence.rule_id);
    if (r && !yielding(r, rec) && !r->group.empty()) held.insert(key(*r, rec));
  }
  std::vector<RelationRecord> kept;
  for (RelationRecord& rec : out) {
    const Rule* r = rule_of(rec.evidence.rule_id);
    if (!yielding(r, rec) || !held.count(key(*r, rec))) {
      kept.push_back(std::move(rec));
      continue;
    }
    reject_record(in, rec, "the article relates this pair by a stronger rule of the same group", rejected);
  }
  out = std::move(kept);
}
}  // namespace

std::vector<RelationRecord> find_relations(const RelationInput& in, std::vector<Rejection>* rejected) {
  std::vector<RelationRecord> out;
  const auto& T = in.seg.tokens;
  const RuleSet& R = in.rules;
  // The article's topic: the organisation mentioned most (first mentioned wins a tie).
  std::vector<std::string> topic;
  {
    std::size_t best = 0;
    for (const EntityRecord& e : in.mentions.entities) {
      if (e.type == EntityType::kOrg && e.mentions > best) best = e.mentions, topic = {e.id};
    }
  }
  auto fold = [&](const std::string& id) { return folded_owner(in.lexicon, id); };
  // The organisation raising a funding round, and the sentence that said so (see ArgSpec::Fallback).
  std::optional<std::pair<std::string, std::size_t>> raiser;
  // Per sentence: the fundraiser in force, its trigger span, and the most telling status cue.
  struct Discourse {
    std::optional<std::pair<std::string, std::size_t>> raiser;
    Span raiser_trigger;
    std::string status;
  };
  std::vector<Discourse> discourse(in.seg.sentences.size());
  Span raiser_trigger;
  // The amount the fundraiser said it raises ("تجمع 10 مليارات دولار في جولة"): the round's amount, which
  // each investor named later with no amount of its own is given (the gold conventions do so).
  std::optional<Amount> round_amount;
  // Roles whose organisation the text did not name there ("ماسك، الرئيس التنفيذي للشركة", "رئيسها
  // التنفيذي"): (person, organisation, trigger start). See the end.
  std::set<std::tuple<std::string, std::string, std::size_t>> inferred_roles;
  for (std::size_t sentence_index = 0; sentence_index < in.seg.sentences.size(); ++sentence_index) {
    const Sentence& S = in.seg.sentences[sentence_index];
    std::vector<const Mention*> ms;
    std::vector<std::pair<std::size_t, std::size_t>> glosses;
    std::vector<bool> in_mention(T.size(), false);
    for (const Mention& m : in.mentions.mentions) {
      if (m.first >= S.first && m.last <= S.last) {
        for (std::size_t k = m.first; k < m.last; ++k) in_mention[k] = true;
        // "Nvidia (إنفيديا)": the name again in brackets is the same mention, not another argument; a slot
        // that passes over "قادتها Thrive Capital" must not take "(ثرايف كابيتال)" instead.
        std::size_t after_prev = ms.empty() ? 0 : ms.back()->last;
        while (!ms.empty() && after_prev < m.first && is_quote(T[after_prev])) ++after_prev;  // «X» (X)
        if (!ms.empty() && !m.anaphor && !ms.back()->anaphor && ms.back()->entity == m.entity &&
            m.first == after_prev + 1 && T[m.first - 1].text == U"(" && m.last < S.last && T[m.last].text == U")") {
          glosses.push_back({m.first - 1, m.last + 1});
          continue;
        }
        ms.push_back(&m);
      }
    }
    // "عدد من المستثمرين الحاليين (existing investors)، من بينهم": an English gloss in brackets of words
    // that name nothing is no distance either.
    for (std::size_t k = S.first; k + 2 < S.last; ++k) {
      if (T[k].text != U"(") continue;
      std::size_t e = k + 1;
      while (e < S.last && T[e].kind == TokenKind::kLatin && !in_mention[e]) ++e;
      if (e > k + 1 && e < S.last && T[e].text == U")") glosses.push_back({k, e + 1});
    }
    // "Clem Delangue (كليم دولانغ)، المؤسس المشارك": a name's spelling in the other script, in brackets
    // right after it, is no distance either (when it is no mention of its own, e.g. an unknown person's).
    for (std::size_t k = S.first + 1; k + 2 < S.last; ++k) {
      if (T[k].text != U"(" || !in_mention[k - 1] || in_mention[k + 1]) continue;
      const TokenKind other = T[k - 1].kind == TokenKind::kLatin ? TokenKind::kArabic : TokenKind::kLatin;
      std::size_t e = k + 1;
      while (e < S.last && e < k + 5 && T[e].kind == other && !in_mention[e]) ++e;
      if (e > k + 1 && e < S.last && T[e].text == U")") glosses.push_back({k, e + 1});
    }
    SentenceMatcher sm(in, S, ms, topic);
    for (auto [a, b] : glosses) sm.discount(a, b);
    sm.designators_ = &in.lexicon.designators();
    sm.silence_designators();
    // A company fronted by أما ("أما ميتا فـ...") and how it is written there.
    static const std::u32string kAmma = fold_utf8("أما");
    const Mention* fronted = nullptr;
    if (S.last > S.first + 1 && T[S.first].text == kAmma) {
      for (const Mention* m : ms) {
        if (m->first == S.first + 1 && !m->anaphor && m->type == EntityType::kOrg) fronted = m;
      }
    }
    // Amounts (for the slots' blockers and the relations' money) only where a relation can be.
    std::vector<Amount> amounts;
    if (!ms.empty()) amounts = find_amounts(in.seg, S.first, S.last, R);
    sm.set_amounts(amounts);
    if (!ms.empty()) {
      sm.set_times(in.dates && sentence_index < in.dates->size() ? (*in.dates)[sentence_index] : std::vector<DateRef>{});
    }
    // Who the text has told so far as investing in the fundraiser in force.
    std::set<std::string> round_investors;
    for (const RelationRecord& r : out) {
      if (raiser && r.relation == "invests_in" && r.target == raiser->first) round_investors.insert(r.source);
    }
    // "تسعى OpenAI لجمع ...", "جولة تمويل OpenAI": who raises money here.
    std::string raiser_named_here;  // the raiser as the subject right after a verb cue in this sentence
    // Whether this sentence tells who led "the round" (وقادت X الجولة): its round is the story company's
    // when no raiser is in force.
    bool round_led_here = false;
    {
      static const std::u32string kTheRound = fold_utf8("الجولة");
      bool the_round = false, led = false;
      for (std::size_t k = S.first; k < S.last && !(the_round && led); ++k) {
        the_round |= T[k].text == kTheRound;
        led |= R.round_lead_verbs().match(T, k, k + 1).has_value();
      }
      round_led_here = the_round && led;
    }
    for (std::size_t i = S.first; i < S.last; ++i) {
      auto hit = R.fundraising().match(T, i, S.last);
      if (!hit || in_mention[i]) continue;
      // "في مزيج يجمع بين رأس المال الجريء ...": جمع بين is to combine, no money raised.
      static const std::u32string kBayna = fold_utf8("بين");
      if (i + hit->tokens < S.last && T[i + hit->tokens].text == kBayna) continue;
      Slot subject{Side::kBefore, 16, std::vector<std::u32string>{U""}, nullptr};
      Slot genitive{Side::kAfter, 2, std::vector<std::u32string>{U"", U"\x0644"}, R.round_blockers()};
      ArgSpec who{{EntityType::kOrg}, {subject, genitive}, ArgSpec::Fallback::kNone};
      // Only an indefinite round takes its raiser as a genitive ("جولة تمويل OpenAI"): after "الجولة" a name
      // is the sentence's subject or object ("ضمت قائمة المستثمرين في الجولة Intel Capital").
      if (starts_with_al(T[i + hit->tokens - 1].text)) {
        // "ضخت مايكروسوفت في الجولة 750 مليون دولار": the round already told; its subject is an investor.
        if (hit->tokens > 1 && R.prepositions().match(T, i, i + 1)) break;
        who.slots.pop_back();
      }
      // "قادت علي بابا جولة تمويل بأكثر من مليار دولار في شركة مونشوت": a round named with "في X" or
      // "لـX" after it is X's, whoever is the subject (the subject led it). Those who lead or join it are
      // named after بقيادة/بمشاركة, never the raiser.
      static const std::u32string kRound = fold_utf8("جولة");
      bool round = false;
      for (std::size_t k = i; k < i + hit->tokens; ++k) round |= T[k].text == kRound;
      if (round) {
        Slot of_round{Side::kAfter, 10, std::vector<std::u32string>{U"\x0641\x064A", U"\x0644"}, R.round_blockers()};
        who.slots.insert(who.slots.begin(), of_round);
      }
      // "وقادت شركة تايغر غلوبال جولة التمويل": the subject of a lead verb leads the round; it only names
      // the raiser after في / لـ.
      bool led = false;
      for (std::size_t k = (i >= S.first + 6 ? i - 6 : S.first); k < i && !led; ++k) {
        led = R.round_lead_verbs().match(T, k, k + 1).has_value();
      }
      if (led && !round) continue;
      if (led) who.slots.resize(1);
      // "جولة من الفئة C جمعت فيها موف ووركس 200 مليون دولار"، "وجمعت الشركة": a verb cue followed by its
      // subject (verb-subject order) names the raiser there, whoever stands before it.
      bool verb_subject = false;
      if (!round) {
        std::size_t k = i + hit->tokens;
        while (k < S.last && is_quote(T[k])) ++k;
        const Mention* after_verb = sm.at(k);
        if (after_verb && after_verb->type == EntityType::kOrg && !after_verb->pair && after_verb->prefix.empty()) {
          who.slots.front() = Slot{Side::kAfter, 0, std::vector<std::u32string>{U""}, nullptr};  // was: before the verb
          verb_subject = true;
        }
      }
      sm.trigger_ = i, sm.trigger_end_ = i + hit->tokens;
      sm.deal_ = true, sm.raiser_lookup_ = true;
      auto found_raiser = sm.resolve(who, i, i + hit->tokens, who.types, {});
      sm.deal_ = false, sm.raiser_lookup_ = false;
      if (led && found_raiser.empty()) continue;  // the raiser told before stays in force
      if (!found_raiser.empty() && !found_raiser[0]->anaphor) {
        raiser = {{found_raiser[0]->entity, sentence_index}};
        raiser_trigger = Span{T[i].begin, T[i + hit->tokens - 1].end};
        if (verb_subject) raiser_named_here = raiser->first;
      } else if (!found_raiser.empty() && !found_raiser[0]->pair) {
        // "فالشركة التي أسسها مينش ... جمعت 385 مليون يورو في جولة": the company the anaphor points at.
        // "قيمة الشركة ... حين جمعت": an antecedent already told as an investor in the fundraiser in force
        // is not the company raising; the fundraiser is.
        if (auto a = sm.antecedent(*found_raiser[0], round_investors)) {
          raiser = {{a->entity, sentence_index}};
          raiser_trigger = Span{T[i].begin, T[i + hit->tokens - 1].end};
        }
      } else if (found_raiser.empty()) {
        // "حين جمعت مليار دولار في جولة": the subject is a pronoun, the company the sentence is about
        // (its first one named before the cue).
        for (const Mention* m : ms) {
          if (m->first >= i) break;
          if (m->anaphor || m->type != EntityType::kOrg) continue;
          raiser = {{m->entity, sentence_index}};
          raiser_trigger = Span{T[i].begin, T[i + hit->tokens - 1].end};
          break;
        }
      }
      break;
    }
    discourse[sentence_index].raiser = raiser;
    discourse[sentence_index].raiser_trigger = raiser_trigger;
    if (ms.empty()) continue;
    std::size_t deal_amounts = 0;
    for (const Amount& am : amounts) deal_amounts += am.deal ? 1 : 0;
    if (raiser && raiser->second == sentence_index) {
      // The first deal amount at most a few words after the fundraising cue.
      round_amount.reset();
      std::size_t cue = S.first;
      while (cue < S.last && T[cue].begin < raiser_trigger.begin) ++cue;
      for (const Amount& am : amounts) {
        if (!am.deal || am.first < cue) continue;
        if (sm.words_between(cue, am.first) <= 8) round_amount = am;
        break;
      }
    }

    // Status cues of the sentence, by position. A cue speaks for a trigger when it stands before it in the
    // sentence or at most three words after it (hedging anywhere): "أعلنت ... عن محادثات لاستثمار", not
    // "تمضي في ضخ 40 مليار دولار ... وتنفي تقارير عن تجميد" (the denial is of another clause).
    struct Cue {
      std::size_t first, last;
      std::string status;
      std::size_t window;
    };
    std::vector<Cue> cues;
    // A name is no cue: "بلو أول" is not ب + لو ("if"), whatever reading its words have.
    std::vector<bool> named(S.last - S.first, false);
    for (const Mention* m : ms) {
      if (m->anaphor) continue;
      for (std::size_t k = std::max(m->first, S.first); k < m->last && k < S.last; ++k) named[k - S.first] = true;
    }
    for (std::size_t i = S.first; i < S.last; ++i) {
      if (named[i - S.first]) continue;
      if (auto hit = R.status_cues().match(T, i, S.last)) {
        cues.push_back({i, i + hit->tokens, R.statuses()[hit->value], R.status_windows()[hit->value]});
        i += hit->tokens - 1;
      }
    }
    // The outlet the sentence is attributed to: "وفقا لوكالة رويترز", "ذكرت صحيفة فايننشال تايمز".
    std::string reporter;
    for (std::size_t i = S.first; i < S.last && reporter.empty(); ++i) {
      auto hit = R.attribution().match(T, i, S.last);
      if (!hit) continue;
      for (const Mention* m : ms) {
        if (m->first >= i + hit->tokens && sm.words_between(i + hit->tokens, m->first) <= 3 &&
            m->type == EntityType::kMedia && !m->anaphor) {
          reporter = m->entity;
          break;
        }
      }
    }
    {
      int best = -1;
      for (const Cue& c : cues) {
        if (status_rank(c.status, true) > best) best = status_rank(c.status, true), discourse[sentence_index].status = c.status;
      }
    }
    auto status_for = [&](std::size_t ti, std::size_t te) {
      std::pair<std::string, std::string> best{R.default_status(), ""};
      int best_rank = -1;
      for (const Cue& c : cues) {
        // Rumour and hedging words qualify the whole sentence ("..., بحسب تقارير غير مؤكدة").
        if (c.first >= te && sm.words_between(te, c.first) > 3 && c.status != "hypothetical") continue;
        // Negation particles govern the verb right after them: "لن تستثمر", not "لم يحدد ... استثمار".
        if (c.last <= ti && c.window != SIZE_MAX && sm.words_between(c.last, ti) > c.window) continue;
        // A relative clause between a cue and the trigger puts them in different clauses, each with its own
        // tense: "وتعهدت أنثروبيك بإنفاق ... الأموال التي تستثمرها أمازون" (the pledge is not the investment's),
        // "أعلنت X، التي ...، إتمام جولة". Hedges still cover the whole sentence.
        if (c.last <= ti && c.status != "hypothetical") {
          bool relative = false;
          for (std::size_t k = c.last; k < ti && !relative; ++k) relative = R.relative_pronouns().match(T, k, k + 1).has_value();
          if (relative) continue;
        }
        int r = status_rank(c.status, true);
        if (r > best_rank) {
          best_rank = r;
          best = {c.status, encode_utf8(slice(in.text, Span{T[c.first].begin, T[c.last - 1].end}))};
        }
      }
      // "أعلنت الشركة أنها جمعت مليار دولار": what is announced is done. A verb of completion after the
      // announcement, up to the trigger, says the deal is completed, not merely announced.
      if (best.first == "announced") {
        std::size_t announced_at = SIZE_MAX;
        for (const Cue& c : cues) {
          if (c.status == "announced" && c.last <= ti + 1) announced_at = std::min(announced_at, c.last);
        }
        for (const Cue& c : cues) {
          if (c.status == "completed" && announced_at != SIZE_MAX && c.first >= announced_at && c.first < te) {
            best = {c.status, encode_utf8(slice(in.text, Span{T[c.first].begin, T[c.last - 1].end}))};
            break;
          }
        }
      }
      return best;
    };

    struct Candidate {
      RelationRecord rec;
      int priority;
      std::string group;
    };
    std::vector<Candidate> found;
    for (std::size_t i = S.first; i < S.last; ++i) {
      if (in_mention[i]) continue;
      auto hit = R.triggers().match(T, i, S.last);
      if (!hit) continue;
      // "بدلا من الاعتماد على معالجات إنفيديا": a trigger right after a blocker states no relation.
      bool cancelled = false;
      for (std::size_t b = (i >= S.first + 7 ? i - 7 : S.first); b < i && !cancelled; ++b) {
        auto bl = R.trigger_blockers().match(T, b, i);
        if (bl && i - (b + bl->tokens) <= 4) cancelled = true;
      }
      // "الرئيس التنفيذي السابق لأرامكو": a former role is no relation now.
      if (!cancelled && i + hit->tokens < S.last && R.trigger_cancel_after().match(T, i + hit->tokens, S.last)) {
        cancelled = true;
      }
      if (cancelled) {
        if (rejected) {
          rejected->push_back({sentence_index, "", Span{T[i].begin, T[i + hit->tokens - 1].end},
                               "a blocker next to it (بدلا من, دون, باعت... before; السابق after) cancels the trigger"});
        }
        continue;
      }
      // "شركة الرقائق «إنفيديا»"، "شركة الاستثمار الأمريكية «ثرايف كابيتال»": a definite noun right after an
      // indefinite organisation noun says what the company is, it tells no deal.
      // So does one after a unit noun: "«غوغل كلاود»، ذراع الحوسبة السحابية في ألفابت" names the arm.
      if (i > S.first && T[i].kind == TokenKind::kArabic && T[i].clitic.empty() && starts_with_al(T[i].text) &&
          !in_mention[i - 1] && T[i - 1].kind == TokenKind::kArabic && !starts_with_al(T[i - 1].text) &&
          (in.lexicon.designators().contains_token(T[i - 1]) || R.unit_nouns().match(T, i - 1, i))) {
        if (rejected) {
          rejected->push_back({sentence_index, "", Span{T[i].begin, T[i + hit->tokens - 1].end},
                               "it describes the organisation noun before it (شركة الرقائق)"});
        }
        continue;
      }
      std::size_t ti = i, te = i + hit->tokens;
      const Span trigger_span{T[ti].begin, T[te - 1].end};
      const std::u32string glued_trigger = T[ti].clitic + hit->prefix;  // the proclitics on the trigger
      sm.coordinated_trigger_ = has_waw(glued_trigger);
      sm.trigger_ = ti;
      sm.trigger_end_ = te;
      sm.open_apposition();
      // The most specific rule of a trigger speaks for its relation: rules are tried by priority and a
      // relation that one rule has produced is not produced again by a lower rule at the same trigger.
      std::vector<std::size_t> order = R.rules_for_trigger(hit->value);
      std::stable_sort(order.begin(), order.end(),
                       [&](std::size_t a, std::size_t b) { return R.rules()[a].priority > R.rules()[b].priority; });
      std::set<std::string> done;
      for (std::size_t ri : order) {
        const Rule& rule = R.rules()[ri];
        if (done.count(rule.relation)) continue;
        if (rule.context_before) {
          bool ok = false;
          for (std::size_t b = (ti >= S.first + rule.context_window + 2 ? ti - rule.context_window - 2 : S.first);
               b < ti && !ok; ++b) {
            auto c = rule.context_before->match(T, b, ti);
            ok = c && sm.words_between(b + c->tokens, ti) <= rule.context_window;
          }
          if (!ok) {
            if (rejected) rejected->push_back({sentence_index, rule.id, trigger_span, "the context it needs is missing"});
            continue;
          }
        }
        if (rule.not_after) {
          std::size_t end = ti;  // "في سوق «السحابة الجديدة»": quotes between do not matter
          while (end > S.first && is_quote(T[end - 1])) --end;
          bool passive = rule.not_after->match_ending_at(T, S.first, end, 3).has_value();
          // The same written in the verb's vowels: a damma on the first or second letter and a kasra later is
          // the perfect passive (زُوِّدت السيارة بـ), which names no agent either.
          if (!passive) {
            std::u32string w(slice(in.text, Span{T[ti].begin, T[ti].end}));
            std::size_t d = w.find(U'\x064F');
            passive = d != std::u32string::npos && d >= 1 && d <= 3 && w.find(U'\x0650', d) != std::u32string::npos;
          }
          if (passive) {
            if (rejected) rejected->push_back({sentence_index, rule.id, trigger_span, "a word right before it says it is no such relation here (not_after: a passive تم تزويده، سوق، المورد ...)"});
            continue;
          }
        }
        if (rule.not_after_name && ti > S.first) {
          const Mention* before = sm.ending_at(ti);
          if (!glued_trigger.empty() && glued_trigger.back() == U'\x0644' && before && !before->anaphor && before->type == EntityType::kOrg) {
            if (rejected) rejected->push_back({sentence_index, rule.id, trigger_span, "it describes the name before it (كورويف للحوسبة السحابية)"});
            continue;
          }
        }
        const RelationType* rt = R.relation(rule.relation);
        // Ownership and units are said of one company at a time ("X، مالكة Y", "X، وحدة Y").
        sm.apposition_one_ = rule.relation == "part_of" || rule.group == "employment";
        sm.investment_ = rule.relation == "invests_in";
        sm.deal_ = rule.group == "money";
        // Only a verb has its subject after it: a noun trigger in ة or with the article ("منافسة عملاق الرقائق")
        // has a genitive there.
        const std::u32string_view trigger_word = slice(in.text, Span{T[ti].begin, T[ti].end});
        const bool noun_trigger = starts_with_al(T[ti].text) || (!trigger_word.empty() && trigger_word.back() == U'\x0629');
        sm.vso_ = !noun_trigger && std::any_of(rule.source.slots.begin(), rule.source.slots.end(), [](const Slot& sl) {
          return sl.side == Side::kAfter && sl.max_distance <= 2 && sl.markers && sl.markers->size() == 1 &&
                 sl.markers->front().empty();
        });
        sm.titled_lists_ = rule.relation == "works_for";
        const auto& src_types = rule.source.types.empty() ? rt->source_types : rule.source.types;
        const auto& dst_types = rule.target.types.empty() ? rt->target_types : rule.target.types;
        // Usually the target is the more marked argument and is found first; a verb with two bare
        // arguments (موّلت أمازون أنثروبيك) names its subject first.
        // A product stands for its maker only on the selling side (the target): "تشتري رقائق Blackwell"
        // buys from Nvidia, but "Claude" does not make Anthropic an investor.
        std::vector<const Mention*> dst, src;
        // Rivalry is between makers too: "تطرح مايكروسوفت Copilot في مواجهة ChatGPT" (either side, where the
        // relation says so: a partnership's subject is never a product's maker).
        auto resolve_target = [&](const std::set<const Mention*>& ex) {
          sm.money_ = rt->money || rt->symmetric;
          // A unit has one parent: "الذراع الرقمية لأرامكو السعودية، وشركة جروك" lists no second one.
          sm.single_ = rule.relation == "part_of";
          dst = sm.resolve(rule.target, ti, te, dst_types, ex);
          sm.money_ = rt->makers_both_sides;
          sm.single_ = false;
        };
        // "«أنابورنا لابس»، الشركة الناشئة التي اشترتها عام 2015": a verb right after a relative pronoun with
        // the object as its attached pronoun has its subject after it or none (the company the sentence is
        // about); the names before the pronoun are the clause's head, the object.
        bool resumptive = false;
        if (rule.object_pronoun == "target" && ti > S.first && R.relative_pronouns().match(T, ti - 1, ti)) {
          resumptive = ends_in_pronoun(slice(in.text, Span{T[te - 1].begin, T[te - 1].end}));
        }
        if (rule.source_first) {
          sm.money_ = rt->makers_both_sides;
          sm.after_only_ = resumptive;
          src = sm.resolve(rule.source, ti, te, src_types, {});
          sm.after_only_ = false;
          resolve_target(std::set<const Mention*>(src.begin(), src.end()));
          // "اشترت Tableau مقابل 15.7 مليار دولار"، "اشترت شركة Element AI الكندية عام 2020": a verb's lone
          // argument followed by a price, a date or the end of the clause is its object; the subject was
          // dropped, and the source's fallback (the company the sentence is about) stands for it.
          if (dst.empty() && src.size() == 1 && src[0]->first >= te && rule.source.fallback != ArgSpec::Fallback::kNone &&
              std::find(dst_types.begin(), dst_types.end(), src[0]->type) != dst_types.end()) {
            std::size_t k = src[0]->last;
            while (k < S.last && (is_quote(T[k]) || T[k].text == U")" ||
                                  (T[k].kind == TokenKind::kArabic && T[k].clitic.empty() && starts_with_al(T[k].text) && k < src[0]->last + 2))) {
              ++k;
            }
            // "اشترى شركة Deci المتخصصة في تحسين النماذج": a description (a definite word, then في) ends it too.
            static const std::u32string kFi = fold_utf8("في");
            bool ends = k >= S.last || is_comma(T[k]) || T[k].kind == TokenKind::kPunct || T[k].kind == TokenKind::kNumber ||
                        R.object_enders().match(T, k, S.last).has_value() ||
                        (k > src[0]->last && T[k].text == kFi && T[k].clitic.empty() && starts_with_al(T[k - 1].text));
            // Subject, verb, object: "«داتابريكس» تشتري «نيون» الناشئة لقواعد البيانات": a company named
            // right before the verb is its subject, and the lone name after it the object.
            std::size_t b = ti;
            while (b > S.first && is_quote(T[b - 1])) --b;
            const Mention* before = b > S.first ? sm.ending_at(b) : nullptr;
            if (before && !before->anaphor && before->type == EntityType::kOrg && before->entity != src[0]->entity) {
              dst.swap(src);
              src.assign(1, before);
            } else if (ends) {
              dst.swap(src);
            }
          }
        } else {
          resolve_target({});
          // "بحضور رئيس جامعة بيردو مونغ تشيانغ، والرئيس التنفيذي لإس كيه هاينكس كواك نو-جونغ": a title
          // that opens the next item of a list (comma, then و) belongs to the name after it when there is
          // one; the name before the comma holds the item before.
          // So does one right after a name with no comma ("بحضور الرئيس التنفيذي لكوالكوم كريستيانو آمون
          // والرئيس التنفيذي لهيوماين طارق أمين"); a second title of the same person follows a first title.
          const Mention* before_title = ti > S.first ? sm.ending_at(ti) : nullptr;
          bool next_item = src_types == std::vector<EntityType>{EntityType::kPerson} && has_waw(glued_trigger) &&
                           ti > S.first &&
                           (is_comma(T[ti - 1]) || (before_title && before_title->type == EntityType::kPerson));
          sm.after_only_ = resumptive || next_item;
          src = sm.resolve(rule.source, ti, te, src_types, std::set<const Mention*>(dst.begin(), dst.end()));
          sm.after_only_ = false;
          if (src.empty() && next_item && !resumptive) {
            src = sm.resolve(rule.source, ti, te, src_types, std::set<const Mention*>(dst.begin(), dst.end()));
          }
        }
        // "تسلا ووايمو التابعة لألفابت"، "«أزور» التابعة لمايكروسوفت وAWS ذراع أمازون": a unit word in the
        // singular describes the name next to it, not the list that name ends (a dual, التابعتان، takes two).
        if (rule.relation == "part_of" && src.size() > 1 && src[0]->last <= ti) {
          const std::u32string& w = T[te - 1].text;
          bool dual = w.size() > 3 && (w.compare(w.size() - 3, 3, U"\x062A\x0627\x0646") == 0 ||
                                       w.compare(w.size() - 3, 3, U"\x062A\x064A\x0646") == 0);
          if (!dual) src.erase(src.begin() + 1, src.end());
        }
        // "واتصل الرئيس إيمانويل ماكرون بشركة ميسترال"، "قال الرئيس باراك أوباما إن الكونغرس": a person
        // named right after the title holds it where a preposition of the title says (لـ، في، لدى); a company
        // after the name, bare or after ب, is the verb's or the next clause's, not the title's.
        if (src_types == std::vector<EntityType>{EntityType::kPerson} && R.person_titles().match(T, ti, te) &&
            src.size() == 1 && src[0]->first >= te &&
            sm.words_between(te, src[0]->first) == 0 && !dst.empty() && dst[0]->first >= src[0]->last) {
          std::u32string mk = sm.marker(*dst[0]);
          if (mk.empty() || mk == U"\x0628") dst.clear();
        }
        // Arguments as entities: anaphors resolved against the other side, topic fallback.
        auto types_of = [&](const ArgSpec& spec) -> const std::vector<EntityType>& {
          return &spec == &rule.source ? src_types : dst_types;
        };
        const bool title_trigger = R.person_titles().match(T, ti, te).has_value();
        auto to_args = [&](const std::vector<const Mention*>& side, const std::vector<const Mention*>& other,
                           const ArgSpec& spec) {
          std::vector<Arg> args;
          std::set<std::string> busy;
          for (const Mention* m : other) {
            if (!m->anaphor) busy.insert(m->entity);
          }
          for (const Mention* m : side) {
            // An honorific pronoun (سموه) is the subject of a verb, never the holder of a title named next
            // to it: "استمع سموه لشرح من مدير عام شركة «سياحية» المهندس صالح" is Saleh's title.
            if (m->method == "honorific" && title_trigger) continue;
            if (m->pair) {
              // "بين الشركتين": both organisations, the relation then holds between them (below). Only a
              // symmetric relation can hold "between" them; "the two companies invest" names no investee.
              // Both may act on a third named ("كما ضخت المجموعتان أموالا في «تشيبو»"): each is then a source.
              // The third is governed by a preposition of the trigger's clause (في «تشيبو»).
              bool named_other = std::any_of(other.begin(), other.end(), [&](const Mention* o) {
                if (!o || o->anaphor || o->first < te) return false;
                for (std::size_t k = te; k < o->first; ++k) {
                  if (is_comma(T[k])) return false;  // "، وسهم إنتل": another clause's
                }
                return true;
              });
              if (!rt->symmetric && !(&spec == &rule.source && named_other)) continue;
              std::vector<std::string> pair = sm.antecedent_pair(*m);
              // Acting on a third, the two must be named close by (this sentence or the two before), not
              // merely the story's two most named.
              if (!rt->symmetric) {
                bool all_near = std::all_of(pair.begin(), pair.end(), [&](const std::string& id) {
                  return std::any_of(in.mentions.mentions.begin(), in.mentions.mentions.end(), [&](const Mention& x) {
                    return x.entity == id && x.sentence + 2 >= sentence_index && x.sentence <= sentence_index;
                  });
                });
                if (!all_near) pair.clear();
              }
              for (const std::string& id : pair) {
                if (!busy.count(id)) args.push_back(Arg{m, id, m->span, 0.6});
              }
            } else if (m->anaphor && rule.group == "employment" && !m->pair) {
              // "وفق ما أعلنه الرئيس التنفيذي للشركة": a title's company is the one its sentence is about
              // (its first organisation), as for a pronoun, not merely the latest one named.
              Mention as_pronoun = *m;
              as_pronoun.implied_marker.assign(1, U'\x0644');
              if (auto a = sm.antecedent(as_pronoun, busy)) args.push_back(Arg{m, a->entity, m->span, a->confidence});
            } else if (m->anaphor) {
              // The company an investment goes to is not one already told as investing in the fundraiser
              // in force ("قيمة الشركة ... في جولة قادتها أمازون" after "بمشاركة غوغل").
              std::set<std::string> skip = busy;
              if (&spec == &rule.target && rule.relation == "invests_in") skip.insert(round_investors.begin(), round_investors.end());
              if (auto a = sm.antecedent(*m, skip)) args.push_back(*a);
            } else {
              bool wanted_as_is = std::find(types_of(spec).begin(), types_of(spec).end(), m->type) != types_of(spec).end();
              std::string id = (m->type == EntityType::kProduct && !wanted_as_is) ? sm.maker(*m) : m->entity;
              args.push_back(Arg{m, id, m->span, m->confidence});
            }
          }
          // The topic: the sentence's first organisation before the trigger ("وتصمم Groq ... ما جعلها من
          // أبرز منافسي إنفيديا"), else the article's.
          // "تبدأ بإنشاء مراكز بيانات ... بالشراكة مع فلويدستاك": a trigger glued to ب is an adverbial of the
          // clause's verb, so its subject is the clause's however far back (subject fallback); the bare noun
          // ("إن الشراكة مع X أساسية") is a topic of talk, with no such subject.
          bool adverbial = glued_trigger.find(U'\x0628') != std::u32string::npos;
          // So is a trigger a few words into a clause joined by "، و" with no name of its own before the
          // trigger ("وتعتمد كورويف ... على رقائق الأخيرة، وتؤجر قدراتها لعملاء بينهم"): its subject was dropped.
          for (std::size_t k = ti; !adverbial && k > S.first + 1 && ti - k <= 4; --k) {
            if (sm.at(k) || sm.ending_at(k + 1)) break;
            if (is_comma(T[k - 1]) && sm.coordinated_clause_between(k - 1, ti + 1)) adverbial = true;
          }
          if (args.empty() && (spec.fallback == ArgSpec::Fallback::kTopic ||
                               (spec.fallback == ArgSpec::Fallback::kSubject && adverbial))) {
            for (const Mention* m : ms) {
              if (m->first >= ti) break;
              if (m->type != EntityType::kOrg || m->pair) continue;
              // "وأوضحت الشركة أنها ...، إذ تعمل مع X": a subject that refers back stands for its referent.
              if (m->anaphor && m->implied_marker.empty() && spec.fallback == ArgSpec::Fallback::kSubject) {
                if (auto a = sm.antecedent(*m, busy)) args.push_back(Arg{nullptr, a->entity, Span{}, 0.5});
                break;
              }
              if (m->anaphor || busy.count(m->entity)) continue;
              args.push_back(Arg{nullptr, m->entity, Span{}, 0.5});
              break;
            }
          }
          // The company this very sentence tells raising money ("جولة ... جمعت فيها موف ووركس") before the
          // article's.
          if (args.empty() && spec.fallback == ArgSpec::Fallback::kTopic && !raiser_named_here.empty() &&
              !busy.count(raiser_named_here)) {
            args.push_back(Arg{nullptr, raiser_named_here, Span{}, 0.5});
          }
          if (args.empty() && spec.fallback == ArgSpec::Fallback::kTopic && !topic.empty() &&
              !busy.count(topic[0])) {
            args.push_back(Arg{nullptr, topic[0], Span{}, 0.5});
          }
          if (args.empty() && spec.fallback == ArgSpec::Fallback::kFundraiser && raiser &&
              // A round told across paragraphs ("وقادت X الجولة"، "بمشاركة Y") stays the story company's for
              // longer (the rule's fundraiser_reach); other money words reach it only close to where it was named.
              (sentence_index - raiser->second <= 3 ||
               (sentence_index - raiser->second <= rule.fundraiser_reach && !topic.empty() && topic[0] == raiser->first)) &&
              !busy.count(raiser->first)) {
            args.push_back(Arg{nullptr, raiser->first, Span{}, 0.6});
          }
          // No company told raising yet, but the sentence tells who led "the round" ("وقادت X الجولة، فيما
          // شاركت في قيادتها كل من Y وZ"): as for the leader (invest.leads_round), the round is the story
          // company's.
          if (args.empty() && spec.fallback == ArgSpec::Fallback::kFundraiser && !raiser && round_led_here &&
              !topic.empty() && !busy.count(topic[0])) {
            args.push_back(Arg{nullptr, topic[0], Span{}, 0.5});
          }
          return args;
        };
        std::vector<Arg> dargs = to_args(dst, src, rule.target);
        std::vector<Arg> sargs = to_args(src, dst, rule.source);
        // "وتزودها بوحدات TPU": a pronoun attached to the trigger verb is its object, the sentence's topic.
        if (!rule.object_pronoun.empty()) {
          bool to_source = rule.object_pronoun == "source";
          // A symmetric relation whose named side is the pronoun's ("يحتدم تنافسه مع بالو ألتو"): the
          // pronoun is the other party.
          if (rt->symmetric && (to_source ? !sargs.empty() && dargs.empty() : !dargs.empty() && sargs.empty())) {
            to_source = !to_source;
          }
          std::vector<Arg>& object = to_source ? sargs : dargs;
          const std::vector<Arg>& other = to_source ? dargs : sargs;
          // The pronoun may sit on any word of the trigger ("رئيسها التنفيذي").
          bool suffix = false;
          for (std::size_t k = ti; k < te && !suffix; ++k) {
            suffix = ends_in_pronoun(slice(in.text, Span{T[k].begin, T[k].end}));
          }
          // "أمازون تبقى شريكها الرئيسي في التدريب ومزود السحابة الأساسي": a trigger joined by و to a relational
          // noun that carries the pronoun shares it.
          if (!suffix && object.empty() && has_waw(glued_trigger)) {
            for (std::size_t k = ti; k > S.first && ti - k < 6; --k) {
              if (is_comma(T[k - 1]) || sm.ending_at(k)) break;
              if (R.relational_nouns().match(T, k - 1, k) && ends_in_pronoun(slice(in.text, Span{T[k - 1].begin, T[k - 1].end}))) {
                suffix = true;
                break;
              }
            }
          }
          // Not in a relative clause about the company named: "سيسكو، ... والتي أتمت استحواذها على X".
          if (rule.pronoun_first && suffix && !(object.size() == 1 && object[0].mention &&
                                               object[0].mention == sm.relative_head(ti, 18, src_types, {}))) {
            object.clear();
          }
          // "شركة TSMC التايوانية، التي تسعى إنتل إلى منافستها": in a relative clause with a subject of its
          // own, the attached pronoun is the clause's antecedent, the name right before "، التي".
          // "سنوفليك، المدرجة في بورصة نيويورك والتي يقودها": a clause joined by و to one before it has
          // that one's head (relative_head knows the forms).
          if (object.empty() && suffix && ti > S.first && waw_glued(T[ti - 1]) && R.relative_pronouns().match(T, ti - 1, ti)) {
            const std::vector<EntityType>& want = to_source ? src_types : dst_types;
            if (const Mention* h = sm.relative_head(ti, 0, want, {}); h && !h->anaphor) {
              bool taken = std::any_of(other.begin(), other.end(), [&](const Arg& a) { return a.entity == h->entity; });
              if (!taken) object.push_back(Arg{h, h->entity, h->span, 0.6});
            }
          }
          if (object.empty() && suffix) {
            std::set<std::string> busy;
            for (const Arg& a : other) busy.insert(a.entity);
            for (std::size_t k = ti; k > S.first + 1; --k) {
              if (is_comma(T[k - 1])) break;
              if (!R.relative_pronouns().match(T, k - 1, k)) continue;
              // "«أنابورنا لابس»، الشركة الإسرائيلية الناشئة التي اشترتها": an apposition may stand between the
              // comma and the relative pronoun; the name before the comma is still the clause's antecedent.
              std::size_t c = k - 1;
              while (c > S.first + 1 && k - 1 - c < 4 && T[c - 1].kind == TokenKind::kArabic && T[c - 1].clitic.empty() &&
                     starts_with_al(T[c - 1].text)) {
                --c;
              }
              if (!is_comma(T[c - 1])) {
                // "شركة هيوماين التي يرأس سموه مجلس إدارتها": no comma, the name right before the pronoun.
                std::size_t h = k - 1;
                while (h > S.first && is_quote(T[h - 1])) --h;
                const Mention* head = sm.ending_at(h);
                if (head && !head->anaphor && head->type == EntityType::kOrg && !busy.count(head->entity)) {
                  object.push_back(Arg{head, head->entity, head->span, 0.6});
                }
                break;
              }
              k = c + 1;
              for (const Mention* m : ms) {
                if (m->anaphor || m->type != EntityType::kOrg || busy.count(m->entity)) continue;
                if (m->last + 2 == k || (m->last + 3 == k && (is_quote(T[m->last]) || (T[m->last].kind == TokenKind::kArabic && !in_mention[m->last])))) {
                  object.push_back(Arg{m, m->entity, m->span, 0.6});
                  break;
                }
              }
              break;
            }
          }
          if (object.empty() && suffix) {
            Mention pro;
            pro.first = ti, pro.last = te, pro.sentence = sentence_index, pro.anaphor = true;
            pro.implied_marker = U"\x0641\x064A";  // only its role matters: a pronoun takes the topic
            pro.span = trigger_span;
            std::set<std::string> busy;
            for (const Arg& a : other) busy.insert(a.entity);
            if (auto a = sm.antecedent(pro, busy)) object.push_back(Arg{nullptr, a->entity, trigger_span, 0.6});
          }
        }
        // "كانت اوبن ايه اي تستخدم أدوات Statsig، شأنها شأن شركات مثل مايكروسوفت وأتلاسيان": a comparison
        // after the clause ("، شأنها شأن X") gives X the same role as the subject.
        if (!sargs.empty() && !dargs.empty() && !rt->symmetric) {
          for (std::size_t k = te; k + 1 < S.last; ++k) {
            if (!is_comma(T[k])) continue;
            auto bridge = R.comparison_bridges().match(T, k + 1, S.last);
            if (!bridge) continue;
            std::size_t j = k + 1 + bridge->tokens;
            static const std::u32string kMithl = fold_utf8("مثل");
            for (std::size_t q = j; q < S.last && q < j + 3; ++q) {
              if (T[q].text == kMithl && T[q].clitic.empty()) j = q + 1;
            }
            while (j < S.last && is_quote(T[j])) ++j;
            const Mention* first = sm.at(j);
            if (!first || first->anaphor || std::find(src_types.begin(), src_types.end(), first->type) == src_types.end()) break;
            for (const Mention* x : sm.expand_forward(first, src_types, {})) {
              bool dup = std::any_of(sargs.begin(), sargs.end(), [&](const Arg& a) { return a.entity == x->entity; }) ||
                         std::any_of(dargs.begin(), dargs.end(), [&](const Arg& a) { return a.entity == x->entity; });
              if (!dup && !x->anaphor) sargs.push_back(Arg{x, x->entity, x->span, x->confidence * 0.9});
            }
            break;
          }
        }
        // "أما ميتا فتخطط ... إذ وقعت اتفاقا مع غوغل": a company fronted by أما is the subject of the
        // clauses after it, however far the verb.
        if (sargs.empty() && fronted && fronted->first < ti &&
            std::find(src_types.begin(), src_types.end(), fronted->type) != src_types.end() &&
            std::none_of(dargs.begin(), dargs.end(), [&](const Arg& a) { return a.entity == fronted->entity; })) {
          sargs.push_back(Arg{fronted, fronted->entity, fronted->span, fronted->confidence * 0.9});
        }
        // "Nvidia وOpenAI ... في صفقة", "اتفاقية بين A وB": a symmetric relation whose only argument is a
        // coordination holds between the conjuncts.
        // Two conjuncts only: a longer list ("أمازون وميكروسوفت وغوغل") is the rivals or customers of
        // someone else far more often than partners of each other.
        // The pair is the subject: bare, not after a preposition ("بالنسبة إلى غوغل وأمازون").
        // A definite deal word refers back to a deal already told ("عوائد كبيرة من الصفقة"): it says
        // nothing new about the two names before it.
        bool definite_trigger = hit->prefix.size() < T[ti].text.size() && starts_with_al(T[ti].text.substr(hit->prefix.size()));
        // "الشركتين ... الشراكة" still names the pair: only two names in a list are held back.
        bool pair_anaphor = sargs.size() == 2 && sargs[0].mention && sargs[0].mention->pair;
        if (dargs.empty() && sargs.size() == 2 && rt->symmetric && rule.list_pairs && (!definite_trigger || pair_anaphor) &&
            (!sargs[0].mention || sm.marker(*sargs[0].mention).empty())) {
          dargs.assign(sargs.begin() + 1, sargs.end());
          sargs.resize(1);
        } else if ((sargs.empty() || (sargs.size() == 1 && !sargs[0].mention)) && dargs.size() >= 2 && rt->symmetric &&
                   dargs[0].mention && !dargs[0].mention->pair &&
                   sm.marker(*dargs[0].mention) == U"\x0628\x064A\x0646") {  // only "بين A وB"
          // The names after بين are the parties, whatever company the sentence is about (a topic fallback).
          sargs.assign(1, dargs.front());
          dargs.erase(dargs.begin());
        }
        // A symmetric relation "between the two companies" needs no other argument: one is the source.
        if (sargs.empty() && dargs.size() == 2 && dargs[0].mention && dargs[0].mention->pair && rt->symmetric) {
          sargs.push_back(dargs[0]);
          dargs.erase(dargs.begin());
        }
        if (dargs.empty() || sargs.empty()) {
          // Half a relation is worth telling a rule author about; a trigger with neither side is just a word.
          if (rejected && (!dargs.empty() || !sargs.empty())) {
            rejected->push_back({sentence_index, rule.id, trigger_span,
                                 dargs.empty() ? "source " + sargs[0].entity + " but no " + rule.relation +
                                                     " target where the rule looks for one"
                                               : "target " + dargs[0].entity + " but no " + rule.relation +
                                                     " source where the rule looks for one"});
          }
          continue;
        }

        // The amount nearest to the trigger, between the arguments or just after the trigger.
        const Amount* amount = nullptr;
        if (rule.takes_amount) {
          // Between the arguments and the trigger, or at most four words past the last of them: an amount
          // further on belongs to another clause ("تستثمران في Anthropic مقابل التزام بـ30 مليار دولار").
          std::size_t lo = ti, hi = te;
          for (const std::vector<Arg>* side : {&sargs, &dargs}) {
            for (const Arg& a : *side) {
              if (a.mention) lo = std::min(lo, a.mention->first), hi = std::max(hi, a.mention->last);
            }
          }
          if (hi == te) {
            hi = std::min(S.last, te + 12);  // no argument after the trigger: look a little ahead
          } else {
            std::size_t words = 0;
            while (hi < S.last && words < 4) words += T[hi++].is_word() ? 1 : 0;
          }
          std::size_t best = SIZE_MAX;
          for (const Amount& am : amounts) {
            if (!am.deal || am.first < lo || am.last > hi) continue;
            std::size_t d = am.first >= te ? am.first - te : ti - std::min(ti, am.last);
            if (d < best) best = d, amount = &am;
          }
          // A price further on still belongs to the deal when a price word stands right before it (a
          // qualifier between allowed) and no other name comes between: "تستحوذ على «أمبير» لتصميم الرقائق
          // في صفقة قيمتها 6.5 مليار دولار", "تشتري وحدة X من مجموعة Y مقابل 5.4 مليار دولار".
          if (!amount && hi > te) {
            std::size_t args_end = te;
            for (const std::vector<Arg>* side : {&sargs, &dargs}) {
              for (const Arg& a : *side) {
                if (a.mention) args_end = std::max(args_end, a.mention->last);
              }
            }
            for (const Amount& am : amounts) {
              if (!am.deal || am.first < hi || sm.words_between(args_end, am.first) > 12) continue;
              bool priced = false;
              for (std::size_t p = am.first >= S.first + 6 ? am.first - 6 : S.first; p < am.first && !priced; ++p) {
                auto marker = R.deal_value_markers().match(T, p, am.first);
                priced = marker && p + marker->tokens <= am.first && am.first - (p + marker->tokens) <= 3;
              }
              if (!priced) continue;
              bool other = false;
              for (const Mention* m : ms) {
                // An anaphor names an argument again; "من X" is the seller in "تشتري Y من X مقابل".
                if (m->anaphor || sm.marker(*m) == U"\x0645\x0646") continue;
                if (m->first >= args_end && m->last <= am.first && (m->type == EntityType::kOrg || m->type == EntityType::kPerson)) {
                  bool arg = false;
                  for (const std::vector<Arg>* side : {&sargs, &dargs}) {
                    for (const Arg& a : *side) arg |= a.mention && a.entity == m->entity;
                  }
                  other |= !arg;
                }
              }
              if (!other) amount = &am;
              break;
            }
          }
          // An investor in the fundraiser the discourse gave (no name of it here): the round's amount, the
          // one of this sentence ("وتمت الجولة، البالغة قيمتها عشرة مليارات دولار، بقيادة X") or, when
          // the sentence names none, the one the fundraiser announced.
          bool fundraiser_arg = false;
          for (const Arg& a : dargs) fundraiser_arg |= !a.mention && rule.target.fallback == ArgSpec::Fallback::kFundraiser;
          if (!amount && fundraiser_arg) {
            if (deal_amounts == 1) {
              for (const Amount& am : amounts) {
                if (am.deal) amount = &am;
              }
            } else if (deal_amounts == 0 && round_amount && raiser && sentence_index - raiser->second <= 3) {
              amount = &*round_amount;
            }
          }
        }
        for (const Arg& s : sargs) {
          for (const Arg& d : dargs) {
            if (s.entity == d.entity) continue;
            // A unit and its parent are one organisation for money: "Amazon invests in AWS" is no deal.
            // The parent buying the unit, named, is the exception (Rule::within_owner): that is how it
            // became one. A unit buying its parent, or a "الشركة" read as the unit, is a misreading.
            if (rule.relation != "part_of" && fold(s.entity) == fold(d.entity)) {
              bool buys_unit = rule.within_owner && fold(d.entity) == s.entity && d.mention && !d.mention->anaphor;
              if (!buys_unit) continue;
            }
            RelationRecord rec =
                relation_in(in, S, s.entity, rule.relation, d.entity, s.span, d.span, trigger_span, rule.id);
            Evidence& ev = rec.evidence;
            if ((rule.relation == "ceo_of" || rule.relation == "works_for") && (!d.mention || d.mention->anaphor)) {
              inferred_roles.insert({s.entity, d.entity, trigger_span.begin});
            }
            if (amount) {
              ev.amount_usd = amount->usd;
              ev.amount_qualifier = amount->qualifier;
              ev.amount_text = encode_utf8(slice(in.text, Span{T[amount->first].begin, T[amount->last - 1].end}));
            }
            if (rt->has_status) std::tie(ev.status, ev.status_cue) = status_for(ti, te);
            ev.reported_by = reporter;
            ev.confidence = rule.confidence * std::min(s.confidence, d.confidence);
            found.push_back({rec, rule.priority, rule.group});
            done.insert(rule.relation);
          }
        }
      }
    }
    // Gapping: "استثمرت سوفت بنك 500 مليون دولار في الجولة، وإنفيديا نحو 100 مليون دولار": a company joined
    // by و after an investment's amount, with an amount of its own and no verb, invests in the same target.
    {
      std::vector<Candidate> gapped;
      for (const Amount& a2 : amounts) {
        if (!a2.deal) continue;
        std::size_t k = a2.qualified_first;
        while (k > S.first && is_quote(T[k - 1])) --k;
        const Mention* m = sm.ending_at(k);
        if (!m || m->anaphor || m->type != EntityType::kOrg || m->prefix.empty() || m->prefix[0] != kWaw) continue;
        std::size_t j = m->first;
        while (j > S.first && is_quote(T[j - 1])) --j;
        if (j <= S.first + 1 || !is_comma(T[j - 1])) continue;
        // The investment told last before the comma, with an amount of its own.
        const Candidate* before = nullptr;
        for (const Candidate& c : found) {
          const Evidence& ev = c.rec.evidence;
          if (c.rec.relation != "invests_in" || !ev.amount_usd || ev.trigger_span.end > T[j - 1].begin ||
              c.rec.source == m->entity || c.rec.target == m->entity) {
            continue;
          }
          if (!before || ev.trigger_span.begin >= before->rec.evidence.trigger_span.begin) before = &c;
        }
        if (before) {
          const Candidate& c = *before;
          const Evidence& ev = c.rec.evidence;
          RelationRecord rec = relation_in(in, S, m->entity, "invests_in", c.rec.target, m->span, ev.target_span,
                                           ev.trigger_span, ev.rule_id + "+gapped");
          rec.evidence.amount_usd = a2.usd;
          rec.evidence.amount_qualifier = a2.qualifier;
          rec.evidence.amount_text = encode_utf8(slice(in.text, Span{T[a2.first].begin, T[a2.last - 1].end}));
          rec.evidence.status = ev.status, rec.evidence.status_cue = ev.status_cue;
          rec.evidence.reported_by = ev.reported_by;
          rec.evidence.confidence = ev.confidence * 0.8;
          gapped.push_back({rec, c.priority, c.group});
        }
      }
      found.insert(found.end(), gapped.begin(), gapped.end());
    }
    // A deal between a company that sells chips or cloud and one that sells neither is a purchase, not a
    // bare partnership: "وسعت CoreWeave اتفاقها مع OpenAI" is OpenAI buying compute. What the seller sells
    // comes from the lexicon; when it sells both, the sentence must say which (a chips or cloud word).
    // What buying from `seller` in this sentence is. Chip makers' deals are often investments (Nvidia and
    // OpenAI): a deal with one is a chip purchase only when the sentence speaks of chips. A cloud
    // provider's contract is a compute purchase, GPUs named or not (they are rented).
    bool chip_words = false;
    for (std::size_t k = S.first; k < S.last && !chip_words; ++k) chip_words = R.chip_words().match(T, k, S.last).has_value();
    auto purchase = [&](const LexEntity* seller, bool chips) -> std::string {
      if (!seller) return "";
      if (seller->sells_chips && chips) return "buys_chips_from";
      if (seller->sells_cloud && (!chips || !seller->sells_chips)) return "buys_services_from";
      return "";
    };
    // Chips rented ("تستأجر بموجبه 18 ألف معالج رسومي من لامبدا"): the pair a rent verb relates in this
    // sentence buys a service, whoever made the chips; not turned round either.
    std::set<std::pair<std::string, std::string>> rented;
    for (const Candidate& c : found) {
      if (c.rec.evidence.rule_id == "services.rent") rented.insert({c.rec.source, c.rec.target});
    }
    for (Candidate& c : found) {
      if (c.rec.evidence.rule_id == "chips.of" && rented.count({c.rec.source, c.rec.target}) &&
          R.relation("buys_services_from")) {
        c.rec.relation = "buys_services_from";
        c.rec.evidence.rule_id += "+rented";
        continue;
      }
      // Compute or chips bought by the one that sells them from one that does not: the words put the two
      // the wrong way round ("وقعت أوراكل اتفاقية مع OpenAI لتزويدها بقدرات حوسبة": OpenAI buys).
      // Renting says who pays (تستأجر CoreWeave ... في مراكز بيانات Core Scientific): not turned round.
      if (c.rec.evidence.rule_id == "services.cloud" || c.rec.evidence.rule_id == "chips.of") {
        const LexEntity* a = in.lexicon.find(c.rec.source);
        const LexEntity* b = in.lexicon.find(c.rec.target);
        bool cloud = c.rec.relation == "buys_services_from";
        auto sells_it = [&](const LexEntity* e) { return e && (cloud ? e->sells_cloud : e->sells_chips); };
        if (sells_it(a) && b && !sells_it(b)) {
          std::swap(c.rec.source, c.rec.target);
          std::swap(c.rec.evidence.source_span, c.rec.evidence.target_span);
          c.rec.evidence.rule_id += "+seller";
        }
        continue;
      }
      // A customer of a chip or cloud seller buys what it sells (same test as for deals, direction known),
      // by the words of the trigger's own clause (between commas): "تنافس سيريبراس إنفيديا في سوق رقائق
      // الذكاء الاصطناعي، ...، وتقدم خدمات استدلال سحابية لعملاء بينهم ميتا" sells Meta no chips.
      if (c.rec.relation == "customer_of") {
        std::size_t tk = S.first;
        while (tk < S.last && T[tk].begin < c.rec.evidence.trigger_span.begin) ++tk;
        std::size_t from = tk, to = tk;
        while (from > S.first && !is_comma(T[from - 1])) --from;
        while (to < S.last && !is_comma(T[to])) ++to;
        bool clause_chips = false;
        for (std::size_t k = from; k < to && !clause_chips; ++k) clause_chips = R.chip_words().match(T, k, to).has_value();
        std::string relation = purchase(in.lexicon.find(c.rec.target), clause_chips);
        if (relation.empty() || !R.relation(relation)) continue;
        c.rec.relation = relation;
        c.rec.evidence.rule_id += "+seller";
        continue;
      }
      if (c.rec.relation != "partners_with" || c.group != "money") continue;
      // The unit itself sells (AWS, Google Cloud), not always its parent.
      const LexEntity* a = in.lexicon.find(c.rec.source);
      const LexEntity* b = in.lexicon.find(c.rec.target);
      auto sells = [](const LexEntity* e) { return e && (e->sells_chips || e->sells_cloud); };
      if (sells(a) == sells(b)) continue;
      const LexEntity* seller = sells(a) ? a : b;
      bool to_source = seller == a;
      std::string relation = purchase(seller, chip_words);
      if (relation.empty() || !R.relation(relation)) continue;
      if (to_source) {
        std::swap(c.rec.source, c.rec.target);
        std::swap(c.rec.evidence.source_span, c.rec.evidence.target_span);
      }
      c.rec.relation = relation;
      c.rec.evidence.rule_id += "+seller";
      c.rec.evidence.confidence *= 0.9;
    }
    // The lexicon knows who makes a product: a rule that names another maker misread the sentence, and
    // a sentence naming both the product and its maker states who develops it.
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Candidate& c) {
                                 if (c.rec.relation != "develops") return false;
                                 const LexEntity* p = in.lexicon.find(c.rec.target);
                                 bool veto = p && !p->made_by.empty() && p->made_by != c.rec.source;
                                 if (veto && rejected) {
                                   rejected->push_back({sentence_index, c.rec.evidence.rule_id, c.rec.evidence.trigger_span,
                                                        c.rec.source + " develops " + c.rec.target +
                                                            ": the lexicon says it is made by " + p->made_by});
                                 }
                                 return veto;
                               }),
                found.end());
    for (const Mention* pm : ms) {
      const LexEntity* p = pm->anaphor ? nullptr : in.lexicon.find(pm->method == "variant" ? pm->alias : pm->entity);
      // A variant named after its maker ("VMware Cloud Foundation") has that maker.
      const std::string maker = p && pm->method == "variant" && p->type == EntityType::kOrg ? p->id : p ? p->made_by : "";
      if (maker.empty() || !R.relation("develops")) continue;
      for (const Mention* om : ms) {
        if (om->anaphor || om->entity != maker) continue;
        RelationRecord rec =
            relation_in(in, S, om->entity, "develops", pm->entity, om->span, pm->span, Span{}, "lexicon.made_by");
        rec.evidence.reported_by = reporter;
        rec.evidence.confidence = 0.7;
        found.push_back({rec, -1, ""});
        break;
      }
    }
    // Likewise a unit and its parent named in one sentence ("إيرادات وحدة غوغل كلاود ... ألفابت"): the
    // lexicon's part_of says how they are tied, whatever words the sentence uses.
    for (const Mention* um : ms) {
      // An arm named after its parent ("إيه إم دي فنتشرز"، "Amazon Industrial Innovation Fund") is part of it:
      // the name says so.
      // Only when the story names the parent on its own too: otherwise the arm is all it is about.
      bool parent_named = um->method == "arm" &&
                          std::any_of(in.mentions.mentions.begin(), in.mentions.mentions.end(),
                                      [&](const Mention& x) { return !x.anaphor && x.entity == um->alias; });
      if (parent_named && !um->alias.empty() && R.relation("part_of")) {
        RelationRecord rec = relation_in(in, S, um->entity, "part_of", um->alias, um->span, Span{}, Span{}, "lexicon.arm_of");
        rec.evidence.reported_by = reporter;
        rec.evidence.confidence = 0.7;
        found.push_back({rec, -1, ""});
        continue;
      }
      const LexEntity* u = um->anaphor ? nullptr : in.lexicon.find(um->entity);
      if (!u || u->part_of.empty() || !R.relation("part_of")) continue;
      // The parent named in the sentence, else anywhere in the article (the unit is then evidence enough:
      // "خدمات أمازون ويب" in a story about Amazon).
      const Mention* parent = nullptr;
      for (const Mention* om : ms) {
        if (!om->anaphor && om->entity == u->part_of) parent = om;
      }
      if (!parent) {
        for (const Mention& om : in.mentions.mentions) {
          if (!om.anaphor && om.entity == u->part_of) parent = &om;
        }
      }
      if (parent) {
        const Mention* om = parent;
        RelationRecord rec =
            relation_in(in, S, um->entity, "part_of", om->entity, um->span,
                        om->sentence == um->sentence ? om->span : Span{}, Span{}, "lexicon.part_of");
        rec.evidence.reported_by = reporter;
        rec.evidence.confidence = om->sentence == um->sentence ? 0.7 : 0.6;
        found.push_back({rec, -1, ""});
      }
    }
    // No duplicates, and one relation per entity pair and group: the highest priority wins, the earlier
    // candidate on a tie. Duplicates go first (a long sentence repeats them), then the remaining
    // candidates compete only with those about the same pair of entities.
    auto triple = [](const Candidate& c) {
      std::string s = c.rec.source, t = c.rec.target;
      if (is_symmetric(c.rec.relation) && t < s) std::swap(s, t);
      return std::make_tuple(s, c.rec.relation, t);
    };
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> best;
    for (std::size_t a = 0; a < found.size(); ++a) {
      auto [it, fresh] = best.emplace(triple(found[a]), a);
      if (!fresh && found[a].priority > found[it->second].priority) it->second = a;
    }
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::size_t>> by_pair;
    for (const auto& [key, a] : best) {
      const Candidate& c = found[a];
      by_pair[{c.group, std::min(c.rec.source, c.rec.target), std::max(c.rec.source, c.rec.target)}].push_back(a);
    }
    std::vector<std::size_t> kept;
    for (const auto& [key, a] : best) {
      const Candidate& c = found[a];
      bool beaten = false;
      if (!c.group.empty()) {
        for (std::size_t b : by_pair[{c.group, std::min(c.rec.source, c.rec.target), std::max(c.rec.source, c.rec.target)}]) {
          const Candidate& o = found[b];
          if (b == a) continue;
          // Money runs both ways in one sentence ("تستثمر إنفيديا في كورويف، وتشتري كورويف رقائق
          // إنفيديا"): only the same direction competes, or either direction of a symmetric relation.
          // Nor can each of two companies be the other's client by the same words ("تعتمد كورويف على
          // مايكروسوفت، التي شكلت 62% من إيراداتها"): the reverse direction competes there too.
          auto client = [](const std::string& r) { return r == "customer_of" || r == "buys_services_from" || r == "buys_chips_from"; };
          bool reversed = o.rec.source == c.rec.target && o.rec.target == c.rec.source;
          bool same_pair = (o.rec.source == c.rec.source && o.rec.target == c.rec.target) ||
                           ((is_symmetric(o.rec.relation) || is_symmetric(c.rec.relation)) && reversed) ||
                           (client(o.rec.relation) && client(c.rec.relation) && reversed);
          // Two money facts about one pair, told by triggers well apart ("استئجار سعة من CoreWeave، التي
          // تملك فيها حصة"): both stand. Only words about the same fact compete.
          const Span& ct = c.rec.evidence.trigger_span;
          const Span& ot = o.rec.evidence.trigger_span;
          bool apart = !is_symmetric(c.rec.relation) && !is_symmetric(o.rec.relation) && c.rec.relation != o.rec.relation &&
                       ct.end > ct.begin && ot.end > ot.begin && (ct.begin >= ot.end + 30 || ot.begin >= ct.end + 30);
          if (same_pair && !apart && (o.priority > c.priority || (o.priority == c.priority && b < a))) beaten = true;
        }
      }
      if (!beaten) {
        kept.push_back(a);
      } else if (rejected) {
        rejected->push_back({sentence_index, c.rec.evidence.rule_id, c.rec.evidence.trigger_span,
                             c.rec.source + " " + c.rec.relation + " " + c.rec.target +
                                 ": a higher-priority rule of the same group holds this pair"});
      }
    }
    std::sort(kept.begin(), kept.end());
    for (std::size_t a : kept) out.push_back(found[a].rec);
  }
  list_items(in, discourse, out);
  drop_yielding(in, out, rejected);
  // A person whose role the article ties to a company it names keeps that company: "الرئيس التنفيذي
  // للشركة" elsewhere is the same company more often than the one named last before it.
  {
    auto role = [](const RelationRecord& r) { return r.relation == "ceo_of" || r.relation == "works_for"; };
    auto inferred = [&](const RelationRecord& r) {
      return inferred_roles.count({r.source, r.target, r.evidence.trigger_span.begin}) != 0;
    };
    std::set<std::string> named_employer;  // "person\torganisation" of roles with the organisation named
    std::set<std::string> named_head;      // the same, of ceo_of only
    for (const RelationRecord& r : out) {
      if (role(r) && !inferred(r)) named_employer.insert(r.source + "\t" + r.target);
      if (r.relation == "ceo_of" && !inferred(r)) named_head.insert(r.source + "\t" + r.target);
    }
    std::vector<RelationRecord> kept;
    for (RelationRecord& r : out) {
      bool other = false;
      // A company the person joins or works for elsewhere says nothing against the one it heads here
      // ("ويقودها رئيسها التنفيذي بهافين شاه، الذي سينضم إلى ServiceNow"): only another head role does.
      const std::set<std::string>& against = r.relation == "ceo_of" ? named_head : named_employer;
      if (role(r) && inferred(r) && !named_employer.count(r.source + "\t" + r.target)) {
        for (const std::string& key : against) other |= key.compare(0, r.source.size() + 1, r.source + "\t") == 0;
      }
      if (!other) {
        kept.push_back(std::move(r));
        continue;
      }
      reject_record(in, r, "the company is not named here, and the article names the person's company elsewhere", rejected);
    }
    out = std::move(kept);
  }
  return out;
}

}  // namespace kgraph
