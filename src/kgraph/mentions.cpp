// mentions.cpp - see mentions.h.
//
// Candidates are collected per sentence and then chosen greedily: lexicon matches first, then names
// found by context, each only where no earlier choice overlaps it. Context rules are deliberately strict
// (a name word is Arabic, not definite, not a stop word, not glued to a preposition): a wrong entity
// costs more than a missed one, because every relation it takes part in is wrong too.
#include "kgraph/mentions.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <set>
#include <memory>

#include "kgraph/normalize.h"
#include "kgraph/phonetic.h"
#include "kgraph/utf8.h"

namespace kgraph {
namespace {

constexpr char32_t kAlef = 0x0627, kLam = 0x0644, kWaw = 0x0648;

struct Context {
  std::u32string_view text;
  const NormalizedText& norm;
  const Segmented& seg;
  const Lexicon& lex;
  const RuleSet& rules;
};

// A word that may be part of a person's or company's name the lexicon does not know.
bool name_word(const Context& c, const Token& t, bool allow_waw = false) {
  if (t.kind != TokenKind::kArabic || t.text.size() < 2) return false;
  if (!t.clitic.empty() && !(allow_waw && t.clitic == std::u32string(1, kWaw))) return false;
  if (starts_with_al(t.text)) return false;
  if (c.lex.stopwords().contains(t.text) || c.lex.designators().contains(t.text)) return false;
  // Glued preposition + common word (لتطوير، بتمويل): any reading of it is a stop word. A glued و before
  // a first name starts the next name of a list ("محمد وإبراهيم"), not this one.
  for (const Variant& v : t.variants) {
    if (!v.prefix.empty() && (c.lex.stopwords().contains(v.stem) || c.lex.designators().contains(v.stem))) {
      return false;
    }
    if (!allow_waw && v.prefix == std::u32string(1, kWaw) && c.lex.given_names().contains(v.stem)) return false;
  }
  return true;
}

// A particle inside a person's name, between a first name and the family name or inside the family
// name: دي، دا، دو، دن، دير، فان، فون، بن، ابن، أبو، آل ("دانيال دي فريتاس", "يان فان دن بيرغ",
// "محمد بن سلمان"). Only a name word may follow it.
bool name_particle(const Token& t) {
  static const std::u32string kParticles[] = {
      U"\x062F\x064A", U"\x062F\x0627", U"\x062F\x0648", U"\x062F\x0646", U"\x062F\x064A\x0631",
      U"\x0641\x0627\x0646", U"\x0641\x0648\x0646", U"\x0628\x0646", U"\x0627\x0628\x0646", U"\x0625\x0628\x0646",
      U"\x0623\x0628\x0648", U"\x0627\x0628\x0648", U"\x0622\x0644", U"\x0627\x0644"};
  if (t.kind != TokenKind::kArabic || !t.clitic.empty()) return false;
  for (const auto& p : kParticles) {
    if (t.text == p) return true;
  }
  return false;
}

// "آل سعود" in a lineage: the segmenter reads a separate آل as the next word's clitic. True when the
// word with that clitic is a name word.
bool aal_name(const Context& c, const Token& t) {
  static const std::u32string kAal = fold_utf8("آل");
  if (t.clitic != kAal) return false;
  Token bare = t;
  bare.clitic.clear();
  return name_word(c, bare);
}

// A folded word glued to لل (ل + the article): "للأبحاث"، "للذكاء". Such a word after a name says what it is for.
bool glued_lil(const std::u32string& w) { return w.size() >= 2 && w[0] == kLam && w[1] == kLam; }

// A four-digit number of the years news speaks of (1800-2099): a date, never a version, a model number or
// the start of a name ("في 2023 OpenAI"، "Gladstone 1868").
bool year_number(const std::u32string& n) {
  return n.size() == 4 && (n.compare(0, 2, U"18") == 0 || n.compare(0, 2, U"19") == 0 || n.compare(0, 2, U"20") == 0);
}

// "التزام"، "التحاق"، "التزامات": a verbal noun of a root that starts with ل only looks definite (ا ل ت C ا C).
bool lam_masdar(const std::u32string& w) {
  std::size_t n = w.size() >= 8 && w.compare(w.size() - 2, 2, U"\x0627\x062A") == 0 ? w.size() - 2 : w.size();
  return n == 6 && w[2] == U'\x062A' && w[4] == U'\x0627';
}

// A definite feminine adjective written on its own: "الأمريكية"، "المالية" (folded ة is ه). After a name
// it agrees with a company, which Arabic treats as feminine.
bool feminine_adjective(const Token& t) {
  const std::u32string& w = t.text;
  return t.kind == TokenKind::kArabic && t.clitic.empty() && starts_with_al(w) && w.size() > 4 &&
         w[w.size() - 2] == 0x064A && w.back() == 0x0647;
}

// Whether an Arabic word could be a foreign name rather than an Arabic noun: not short, not feminine
// (ة), no attached pronoun or plural ending (حصته، خيرات), and not in a verbal-noun pattern (اهتمام،
// استثمار، تطوير). Used only where the context already says a name is likely.
bool foreign_looking(const std::u32string& w) {
  auto ends = [&](std::u32string_view suf) { return w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0; };
  if (w.size() < 4 || w.back() == 0x0629 || w.back() == 0x0647) return false;  // ة، ه
  if (ends(U"\x0647\x0627") || ends(U"\x0647\x0645") || ends(U"\x0627\x062A") || ends(U"\x064A\x0646") ||
      ends(U"\x0648\x0646")) {
    return false;  // ها، هم، ات، ين، ون
  }
  bool alef = w[0] == 0x0627 || w[0] == 0x0625 || w[0] == 0x0623;
  if (alef && w.size() == 6 && w[2] == 0x062A && w[4] == 0x0627) return false;              // افتعال
  if (alef && w.size() >= 6 && w[1] == 0x0633 && w[2] == 0x062A) return false;              // استفعال
  if (w[0] == 0x062A && w.size() == 5 && w[3] == 0x064A) return false;                        // تفعيل
  return true;
}

Span span_of(const Context& c, std::size_t first, std::size_t last, std::size_t prefix_len) {
  const Token& a = c.seg.tokens[first];
  const Token& b = c.seg.tokens[last - 1];
  // Skip the proclitics in the folded text, then map back: the span starts at the name itself. A
  // clitic written apart ("لـ OpenAI") lies before the word with a space between.
  std::size_t fb = prefix_len >= a.clitic.size() ? a.word_fbegin + (prefix_len - a.clitic.size())
                                                  : a.fbegin + prefix_len;
  if (fb > a.fend) fb = a.fbegin;
  return Span{c.norm.orig_begin(fb), c.norm.orig_end(b.fend)};
}

std::u32string original(const Context& c, Span s) {
  return std::u32string(c.text.substr(s.begin, s.end - s.begin));
}

}  // namespace

std::string slug_id(std::u32string_view name) {
  // A Transliterator is not thread-safe; one per thread, built on first use.
  thread_local std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, st));
    return U_FAILURE(st) ? nullptr : std::move(t);
  }();
  std::u32string folded = fold(name);
  icu::UnicodeString u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(folded.data()),
                                                        static_cast<int32_t>(folded.size()));
  if (tr) tr->transliterate(u);
  std::string ascii;
  u.toUTF8String(ascii);
  std::string id;
  bool sep = false;
  for (char ch : ascii) {
    unsigned char uc = static_cast<unsigned char>(ch);
    if ((uc >= 'a' && uc <= 'z') || (uc >= '0' && uc <= '9')) {
      if (sep && !id.empty()) id += '_';
      id += ch;
      sep = false;
    } else if (uc >= 'A' && uc <= 'Z') {
      if (sep && !id.empty()) id += '_';
      id += static_cast<char>(uc + 32);
      sep = false;
    } else {
      sep = true;
    }
  }
  if (id.empty()) id = "entity";
  if (id[0] >= '0' && id[0] <= '9') id = "n" + id;
  return id;
}

MentionResult find_mentions(std::u32string_view text, const NormalizedText& norm, const Segmented& seg,
                            const Lexicon& lex, const RuleSet& rules) {
  Context c{text, norm, seg, lex, rules};
  const std::vector<Token>& T = seg.tokens;
  std::vector<Mention> chosen;
  std::vector<bool> taken(T.size(), false);
  struct PendingEpithet {
    std::size_t sentence, first;
    LexMatch match;
  };
  std::vector<PendingEpithet> epithets;
  auto free_range = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) {
      if (taken[k]) return false;
    }
    return true;
  };
  // Unknown names: id -> (type, label) so later mentions of the same name share one entity.
  std::map<std::string, Mention> unknown;
  auto choose = [&](Mention m) {
    for (std::size_t k = m.first; k < m.last; ++k) taken[k] = true;
    chosen.push_back(std::move(m));
  };
  auto make_unknown = [&](std::size_t s, std::size_t first, std::size_t last, EntityType type, std::string method,
                          double conf) {
    Mention m;
    m.first = first, m.last = last, m.sentence = s, m.type = type, m.method = std::move(method);
    m.confidence = conf;
    // A name glued to و (coordination) starts after it.
    std::size_t plen = T[first].clitic.size();
    m.prefix = T[first].clitic;
    m.span = span_of(c, first, last, plen);
    m.entity = slug_id(original(c, m.span));
    // A name spelt as a lexicon entry's id is that entry when the kind agrees: «آلات» in quotes is the
    // company Alat, whose bare Arabic name the lexicon leaves out as an ordinary word. Otherwise the id
    // must not collide. A Latin name is that entry only as the end of one of its aliases, written the same
    // ("Instinct" of "AMD Instinct"): "Fab" is no FAB.
    if (const LexEntity* e = lex.find(m.entity)) {
      bool same = e->type == type;
      if (same && T[first].kind != TokenKind::kArabic) {
        std::string name = encode_utf8(original(c, m.span));
        same = std::any_of(e->aliases.begin(), e->aliases.end(), [&](const std::string& a) {
          return a == name || (a.size() > name.size() && a.compare(a.size() - name.size(), name.size(), name) == 0 &&
                               a[a.size() - name.size() - 1] == ' ');
        });
      }
      if (!same) m.entity += "_x";
    }
    return m;
  };
  // Whether a product noun stands right before the name starting at token k (quotes skipped), within the
  // sentence that starts at `first`: "منصة VMware Cloud Foundation"، "منصتها «X»".
  auto product_noun_before = [&](std::size_t first, std::size_t k) {
    while (k > first && is_quote(T[k - 1])) --k;
    return k > first && rules.product_nouns().match(T, k - 1, k).has_value();
  };
  // For a Latin name at k glossing a quoted Arabic one before it ("«كودسترال» (Codestral)"), where the
  // Arabic spelling starts; else k. The words before the name are read from there.
  auto before_arabic_spelling = [&](std::size_t first, std::size_t k) {
    if (k <= first || T[k - 1].text != U"(") return k;
    std::size_t a = k - 1;
    while (a > first && is_quote(T[a - 1])) --a;
    std::size_t b = a;
    while (b > first && a - b < 4 && T[b - 1].kind == TokenKind::kArabic && !taken[b - 1]) --b;
    while (b > first && is_quote(T[b - 1])) --b;
    return b < a ? b : k;
  };
  // The company whose longer names only a word at token k opens (مبادلة for "مبادلة للاستثمار"), as a
  // one-word mention there; nullopt when the word opens none or several companies' names.
  auto head_word_mention = [&](std::size_t s, std::size_t k, const std::u32string& word) -> std::optional<Mention> {
    auto e = lex.by_head_word(word);
    if (!e || lex.entities()[*e].type != EntityType::kOrg) return std::nullopt;
    Mention m;
    m.first = k, m.last = k + 1, m.sentence = s, m.entity = lex.entities()[*e].id;
    m.type = EntityType::kOrg, m.method = "head-word", m.confidence = 0.7, m.alias = lex.entities()[*e].label_ar;
    m.span = span_of(c, k, k + 1, 0);
    return m;
  };
  // Whether a mention of this type already chosen starts at token k.
  auto starts_chosen = [&](std::size_t k, EntityType type) {
    return std::any_of(chosen.begin(), chosen.end(), [&](const Mention& o) { return o.first == k && o.type == type; });
  };
  // A name whose first word carries a glued و ("وأنثوس كابيتال" in a list): the و is a proclitic, so the
  // name, its span and its id start after it.
  auto after_waw = [&](Mention& m, std::size_t first, std::size_t last) {
    m.prefix = std::u32string(1, kWaw);
    m.span = span_of(c, first, last, 1);
    m.entity = slug_id(original(c, m.span));
    if (lex.find(m.entity)) m.entity += "_x";  // never collide with a lexicon id
  };

  // A name in a name context (after شركة, in quotes) that the lexicon knows by sound: "شركة آي دي إم" is
  // AMD's "إيه إم دي"? No (different letters), but "شركة سيريبرس" is Cerebras. Keys of four consonants are
  // enough here, and the alias may be Latin, because the context already says this is a name.
  auto known_by_sound = [&](std::size_t s, std::size_t first, std::size_t last) -> std::optional<Mention> {
    std::u32string joined;
    std::size_t words = 0;
    for (std::size_t k = first; k < last; ++k) joined += T[k].text, words += T[k].is_word() ? 1 : 0;
    bool arabic = T[first].kind == TokenKind::kArabic;
    std::string key = arabic ? arabic_key(joined) : latin_key(joined);
    if (key.size() < 4) return std::nullopt;
    auto hit = lex.by_sound(key);
    if (!hit || hit->words != words) return std::nullopt;
    Mention m;
    m.first = first, m.last = last, m.sentence = s, m.entity = lex.entities()[hit->entity].id;
    m.type = lex.entities()[hit->entity].type, m.prefix = T[first].clitic, m.method = "phonetic";
    m.confidence = 0.7, m.alias = hit->alias;
    m.span = span_of(c, first, last, T[first].clitic.size());
    return m;
  };

  std::map<std::size_t, Mention> introduced;  // head noun -> the latest name it introduced
  std::size_t introduced_upto = 0;             // chosen mentions already looked at for that
  for (std::size_t s = 0; s < seg.sentences.size(); ++s) {
    const Sentence& S = seg.sentences[s];
    // 1. Lexicon matches. An epithet waits for the end (see below); the words inside it may still be names.
    for (std::size_t i = S.first; i < S.last;) {
      auto m = lex.match(T, i, S.last);
      if (m && m->epithet) {
        epithets.push_back({s, i, *m});
        m.reset();
      }
      if (!m) {
        ++i;
        continue;
      }
      const LexEntity& e = lex.entities()[m->entity];
      // A one-word alias right after a first name is that person's family name, not the entity: "جوش باين"
      // is not Bain, "Laurene Powell Jobs" is not Jerome Powell. Left to the person rules below.
      if (m->tokens == 1 && i > S.first && T[i].clitic.empty() && m->prefix.empty() &&
          T[i - 1].kind == T[i].kind && lex.given_names().contains_token(T[i - 1])) {
        ++i;
        continue;
      }
      // An alias spelled out in letter names ("إس كيه") right after another letter name is the tail of a
      // longer acronym ("تي إس كيه", another company), not the entity.
      // ("في" is both the letter V and the preposition: it is the preposition here.)
      if (i > S.first && T[i].clitic.empty() && m->prefix.empty() && T[i - 1].kind == TokenKind::kArabic &&
          lex.letter_names().contains_token(T[i - 1]) && !rules.prepositions().match(T, i - 1, i)) {
        bool spelled = true;
        for (std::size_t k = i; k < i + m->tokens && spelled; ++k) spelled = lex.letter_names().contains_token(T[k]);
        if (spelled) {
          ++i;
          continue;
        }
      }
      // A company's name opening a longer quoted name is part of that name, not the company: «غوغل لونار
      // إكس برايز» is a prize, «X Cloud Summit» an event. The quoted words are left to no other reading.
      if (e.type == EntityType::kOrg && i > S.first && is_quote(T[i - 1]) && T[i - 1].text != U"\x00BB" &&
          T[i - 1].text != U"\x201D") {
        // Spelled-out letters and company suffixes keep it the company ("تي موبايل يو إس إيه", "... إنك"),
        // and so do the words of its legal name («فيدليتي مانجمنت آند ريسيرتش»).
        static const std::u32string kAnd1 = fold_utf8("آند"), kAnd2 = fold_utf8("اند");
        std::size_t k = i + m->tokens;
        bool other = false;
        while (k < S.last && k - (i + m->tokens) < 4 && T[k].is_word() && T[k].kind != TokenKind::kNumber) {
          bool legal = T[k].clitic.empty() && (lex.legal_suffixes().contains(T[k].text) || T[k].text == kAnd1 || T[k].text == kAnd2);
          other |= !lex.letter_names().contains_token(T[k]) && !lex.org_suffixes().contains_token(T[k]) && !legal;
          ++k;
        }
        if (other && k < S.last && is_quote(T[k])) {
          for (std::size_t q = i; q < k; ++q) taken[q] = true;
          i = k;
          continue;
        }
      }
      Mention mm;
      mm.first = i, mm.last = i + m->tokens, mm.sentence = s, mm.entity = e.id, mm.type = e.type;
      mm.prefix = m->prefix, mm.method = "lexicon", mm.confidence = 1.0;
      // "شركة جروك"، "«جروك» الأمريكية": a product's name the press also gives a company is that company
      // where the words around it say company (an organisation noun before it, a feminine adjective after).
      if (!e.homonym.empty()) {
        if (const LexEntity* h = lex.find(e.homonym)) {
          std::size_t b = i;
          while (b > S.first && is_quote(T[b - 1])) --b;
          std::size_t a = mm.last;
          while (a < S.last && is_quote(T[a])) ++a;
          bool noun_before = b > S.first && lex.designators().contains_token(T[b - 1]);
          bool feminine_after = a < S.last && feminine_adjective(T[a]);
          if (noun_before || feminine_after) mm.entity = h->id, mm.type = h->type, mm.method = "homonym";
        }
      }
      // A person's lineage goes on after the name the lexicon lists: "محمد بن سلمان بن عبدالعزيز".
      if (e.type == EntityType::kPerson) {
        static const std::u32string kBin = fold_utf8("بن"), kIbn = fold_utf8("ابن");
        while (mm.last + 1 < S.last && T[mm.last].clitic.empty() && (T[mm.last].text == kBin || T[mm.last].text == kIbn) &&
               name_word(c, T[mm.last + 1])) {
          mm.last += 2;
        }
      }
      // The rest of the company's legal name belongs to it: "فيديليتي مانجمنت آند ريسيرش" is Fidelity, and
      // the words after it must not split a list ("قادتها فيديليتي مانجمنت آند ريسيرش وأتريديس").
      if (e.type == EntityType::kOrg) {
        auto legal = [&](std::size_t k) {
          return k < S.last && T[k].kind == TokenKind::kArabic && T[k].clitic.empty() && lex.legal_suffixes().contains(T[k].text);
        };
        static const std::u32string kAnd1 = fold_utf8("آند"), kAnd2 = fold_utf8("اند");
        for (;;) {
          if (legal(mm.last)) {
            ++mm.last;
          } else if (mm.last + 1 < S.last && (T[mm.last].text == kAnd1 || T[mm.last].text == kAnd2) &&
                     T[mm.last].clitic.empty() && legal(mm.last + 1)) {
            mm.last += 2;
          } else {
            break;
          }
        }
      }
      std::size_t plen = m->prefix.size();
      // "AMD Ventures"، "OpenAI Startup Fund"، "سيلزفورس فنتشرز": the company's name and an arm word after
      // it (a few capitalised words in Latin) name an investor of its own, not the company.
      // Not after a product noun: "منصة VMware Cloud Foundation" is a product.
      if (e.type == EntityType::kOrg && !product_noun_before(S.first, i)) {
        std::size_t end = 0;
        for (std::size_t q = mm.last; q < S.last && q < mm.last + 3; ++q) {
          const Token& t = T[q];
          if (!t.clitic.empty() || t.kind != T[mm.last - 1].kind || (t.kind == TokenKind::kLatin && !t.capitalized)) break;
          if (lex.arm_suffixes().contains(t.text)) {
            // "مؤسسة OpenAI Foundation": the entity found is that arm already.
            std::u32string label = fold_utf8(e.label_en);
            bool already = label.size() >= t.text.size() && label.compare(label.size() - t.text.size(), t.text.size(), t.text) == 0;
            if (!already) end = q + 1;
            break;
          }
          if (t.kind != TokenKind::kLatin) break;
        }
        if (end) {
          mm.last = end, mm.method = "arm", mm.confidence = 0.7, mm.alias = e.id;  // the parent
          mm.entity = slug_id(original(c, span_of(c, i, mm.last, plen)));
          if (lex.find(mm.entity)) mm.entity += "_x";
        }
      }
      mm.span = span_of(c, i, mm.last, plen);
      choose(mm);
      i = mm.last;
    }
    // 1b. Names the lexicon knows under another spelling. A word that the rules use (a trigger, a cue, a
    // preposition, a title) or that the lexicon lists as ordinary is never a name here.
    auto ordinary = [&](std::size_t k) {
      const Token& t = T[k];
      if (lex.stopwords().contains_token(t) || lex.designators().contains_token(t) ||
          lex.given_names().contains_token(t)) {
        return true;
      }
      return rules.triggers().match(T, k, k + 1) || rules.status_cues().match(T, k, k + 1) ||
             rules.prepositions().match(T, k, k + 1) || rules.person_titles().match(T, k, k + 1);
    };
    for (std::size_t i = S.first; i < S.last; ++i) {
      if (taken[i] || !T[i].is_word() || T[i].kind == TokenKind::kNumber) continue;
      std::optional<Mention> found;
      for (std::size_t len = std::min<std::size_t>(3, S.last - i); len >= 1 && !found; --len) {
        bool ok = true;
        for (std::size_t k = i; k < i + len; ++k) {
          ok &= !taken[k] && T[k].kind == T[i].kind && (k == i || T[k].clitic.empty());
        }
        if (!ok) continue;
        if (T[i].kind == TokenKind::kLatin) {
          if (!(T[i].capitalized || T[i].all_caps)) break;
          std::u32string joined;
          for (std::size_t k = i; k < i + len; ++k) joined += T[k].text;
          // Only spacing and case: a Latin sound key meets too many English words ("Strict", "Planetary").
          std::optional<Lexicon::KeyHit> hit = lex.by_compact_latin(latin_compact(joined));
          std::string how = "spelling";
          double conf = 0.9;
          if (hit) {
            Mention m;
            m.first = i, m.last = i + len, m.sentence = s, m.entity = lex.entities()[hit->entity].id;
            m.type = lex.entities()[hit->entity].type, m.prefix = T[i].clitic, m.method = how, m.confidence = conf;
            m.alias = hit->alias;
            m.span = span_of(c, i, i + len, T[i].clitic.size());
            found = m;
          }
        } else if (T[i].kind == TokenKind::kArabic) {
          if (len > 1) continue;  // outside name contexts only single words are tried (see below)
          std::u32string rest;
          for (std::size_t k = i + 1; k < i + len; ++k) rest += T[k].text;
          for (const Variant& v : T[i].variants) {
            if (starts_with_al(v.stem) || v.stem.size() < 4) continue;
            std::string key = arabic_key(v.stem + rest);
            if (key.size() < 5) continue;  // shorter skeletons are ordinary words as often as names
            auto hit = lex.by_sound(key);
            // Outside a name context a sound match must be one word, against an Arabic spelling, over a long
            // skeleton: on 30k articles of general news, shorter or cross-script keys matched ordinary
            // words ("مناشطه", "أجانب غرباء"). Names after شركة or in quotes are tried more freely below.
            if (hit && (len > 1 || hit->latin || key.size() < 6 || hit->words != 1)) hit.reset();
            // The word-list checks cost more than the key lookup, so they come last.
            if (hit && ordinary(i)) hit.reset();
            if (hit) {
              Mention m;
              m.first = i, m.last = i + len, m.sentence = s, m.entity = lex.entities()[hit->entity].id;
              m.type = lex.entities()[hit->entity].type, m.prefix = T[i].clitic + v.prefix, m.method = "phonetic";
              m.confidence = 0.75, m.alias = hit->alias;
              m.span = span_of(c, i, i + len, m.prefix.size());
              found = m;
              break;
            }
          }
        }
      }
      if (found) {
        std::size_t last = found->last;
        choose(*found);
        i = last - 1;
      }
    }
    // 2a. Persons before a title: NAME NAME[ NAME]، TITLE, in either script ("Mark Gurman، مراسل").
    // The name may carry its original spelling in brackets before the comma ("أساف رابابورت (Assaf
    // Rappaport)، المؤسس ..."), or before a masculine relative pronoun, which no company takes ("عامي لوتواك
    // (Ami Luttwak) الذي يشغل منصب ..."): both spellings are the person.
    static const std::u32string kAlladhi = fold_utf8("الذي");
    for (std::size_t j = S.first + 2; j + 1 < S.last; ++j) {
      bool titled = is_comma(T[j]) && rules.person_titles().match(T, j + 1, S.last);
      bool relative = T[j].text == kAlladhi && T[j].clitic.empty();
      if (!titled && !relative) continue;
      // "(Bhavin Shah)، الذي سينضم": the relative pronoun may follow a comma.
      std::size_t close = relative && is_comma(T[j - 1]) && j >= S.first + 3 ? j - 1 : j;
      if (T[close - 1].text == U")") {
        const std::size_t jj = close;  // the name's end: the comma or the pronoun
        std::size_t o = jj - 1;
        while (o > S.first && jj - 1 - o < 5 && T[o - 1].kind == TokenKind::kLatin && T[o - 1].capitalized &&
               !T[o - 1].all_caps && !taken[o - 1]) {
          --o;
        }
        // "Clem Delangue (كليم دولانغ)، المؤسس المشارك": the Latin spelling first, the Arabic one in brackets.
        if (o == jj - 1) {
          std::size_t a = jj - 1;
          while (a > S.first && jj - 1 - a < 3 && !taken[a - 1] && T[a - 1].kind == TokenKind::kArabic &&
                 T[a - 1].clitic.empty() && name_word(c, T[a - 1])) {
            --a;
          }
          if (jj - 1 - a < 2 || a == S.first || T[a - 1].text != U"(") continue;
          std::size_t l = a - 1;
          while (l > S.first && a - 1 - l < 3 && !taken[l - 1] && T[l - 1].kind == TokenKind::kLatin &&
                 T[l - 1].capitalized && !T[l - 1].all_caps) {
            --l;
          }
          if (a - 1 - l < 2 || !free_range(l, jj - 1)) continue;
          choose(make_unknown(s, l, a - 1, EntityType::kPerson, "title", 0.7));
          choose(make_unknown(s, a, jj - 1, EntityType::kPerson, "title", 0.7));
          continue;
        }
        if (o == S.first || T[o - 1].text != U"(" || jj - 1 - o < 2) continue;
        std::size_t b = o - 1;
        while (b > S.first && o - 1 - b < 3 && !taken[b - 1] && name_word(c, T[b - 1], o - 1 - b == 1 || o - 1 - b == 2)) {
          --b;
          if (!T[b].clitic.empty()) break;
        }
        if (o - 1 - b == 3 && !lex.given_names().contains(T[b].text) && !name_particle(T[b + 1])) ++b;
        if (o - 1 - b < 2 || !free_range(b, o - 1)) continue;
        choose(make_unknown(s, b, o - 1, EntityType::kPerson, "title", 0.7));
        choose(make_unknown(s, o, jj - 1, EntityType::kPerson, "title", 0.7));
        continue;
      }
      if (!titled) continue;
      if (T[j - 1].kind == TokenKind::kLatin) {
        std::size_t b = j;
        while (b > S.first && j - b < 3 && !taken[b - 1] && T[b - 1].kind == TokenKind::kLatin &&
               T[b - 1].capitalized && !T[b - 1].all_caps) {
          --b;
        }
        if (j - b >= 2) choose(make_unknown(s, b, j, EntityType::kPerson, "title", 0.7));
        continue;
      }
      std::size_t b = j;
      while (b > S.first && j - b < 3 && !taken[b - 1] && name_word(c, T[b - 1], j - b == 1 || j - b == 2)) {
        --b;
        if (!T[b].clitic.empty()) break;  // "وروبي ويلان": the name starts at the و
      }
      // A known first name and a family name with the article: "سامر النجار، المحلل" (النجار is no name
      // word on its own, but after a first name and before a title it is one).
      if (j == b && j >= S.first + 2 && !taken[j - 1] && !taken[j - 2] && T[j - 1].kind == TokenKind::kArabic &&
          T[j - 1].clitic.empty() && starts_with_al(T[j - 1].text) && T[j - 1].text.size() >= 5 &&
          !lex.stopwords().contains(T[j - 1].text) && T[j - 2].clitic.empty() && lex.given_names().contains(T[j - 2].text)) {
        b = j - 2;
      } else if (j == b && j >= S.first + 3 && !taken[j - 1] && !taken[j - 2] && !taken[j - 3] &&
                 T[j - 1].kind == TokenKind::kArabic && T[j - 1].clitic.empty() && starts_with_al(T[j - 1].text) &&
                 T[j - 1].text.size() >= 5 && !lex.stopwords().contains(T[j - 1].text) && name_word(c, T[j - 2]) &&
                 T[j - 3].clitic.empty() && lex.given_names().contains(T[j - 3].text)) {
        b = j - 3;  // "أحمد يحيى الإدريسي، الرئيس التنفيذي": first name, father's name, family name
      }
      // Three words only when the first is a known first name or the middle one joins a lineage
      // ("محمد بن سلمان"): otherwise the third word back is usually a verb ("يتولى طارق أمين").
      // An initial spelt out ("كيه آر سريدار، مؤسس") stands for a first name.
      if (j - b == 3 && !lex.given_names().contains(T[b].text) && !name_particle(T[b + 1]) &&
          !(lex.letter_names().contains(T[b].text) && T[b].clitic.empty())) {
        ++b;
      }
      // "طلال بن إبراهيم الميمان، الرئيس التنفيذي": a lineage before the words found carries the name back to
      // its first name.
      for (int hops = 0; hops < 2 && j - b >= 2 && b >= S.first + 2 && !taken[b - 1] && !taken[b - 2] &&
                         name_particle(T[b - 1]) && T[b - 2].clitic.empty() && name_word(c, T[b - 2]);
           ++hops) {
        b -= 2;
      }
      if (j - b >= 2 && free_range(b, j)) {
        Mention m = make_unknown(s, b, j, EntityType::kPerson, "title", 0.7);
        // "ودانيال ليفي، الباحث": a و glued to a known first name is coordination, no part of the name (the
        // segmenter leaves it on words it does not know). "وليد" stays whole: it is a first name itself.
        const Token& t = T[b];
        if (t.clitic.empty() && !lex.given_names().contains(t.text) && t.variants.size() > 1 &&
            t.variants[1].prefix == std::u32string(1, kWaw) && lex.given_names().contains(t.variants[1].stem)) {
          after_waw(m, b, j);
        }
        choose(m);
      }
    }
    // 2b. Persons starting with a known first name: GIVEN NAME
    for (std::size_t i = S.first; i + 1 < S.last; ++i) {
      const Token& t = T[i];
      if (taken[i] || taken[i + 1] || t.kind != TokenKind::kArabic) continue;
      bool given = lex.given_names().contains(t.text) && t.clitic.empty();
      if (!given && t.variants.size() > 1 && t.variants[1].prefix == std::u32string(1, kWaw)) {
        given = lex.given_names().contains(t.variants[1].stem);  // "وروبي" in a list of names
      }
      if (!given || !name_word(c, T[i + 1])) continue;
      // A title or a rule's word is no family name: "عُيّن راغب حسين رئيسا تنفيذيا".
      if (rules.person_titles().match(T, i + 1, S.last) || rules.triggers().match(T, i + 1, S.last)) continue;
      bool waw = !lex.given_names().contains(t.text);
      // Name-internal particles carry the name on: "دانيال دي فريتاس", "يان فان دن بيرغ", "محمد بن سلمان".
      std::size_t last = i + 2;
      while (last < S.last && !taken[last] && name_particle(T[last - 1]) &&
             (name_particle(T[last]) || name_word(c, T[last]))) {
        ++last;
      }
      // "منصور بن إبراهيم آل محمود": a lineage goes on, particle and name, after the second name too.
      // (The segmenter writes a separate "آل" as the next word's clitic.)
      for (;;) {
        if (last + 1 < S.last && !taken[last] && !taken[last + 1] && name_particle(T[last]) && name_word(c, T[last + 1])) {
          last += 2;
        } else if (last < S.last && !taken[last] && aal_name(c, T[last])) {
          ++last;
        } else {
          break;
        }
      }
      while (last > i + 2 && name_particle(T[last - 1])) --last;  // never end on a particle
      Mention m = make_unknown(s, i, last, EntityType::kPerson, "given-name", 0.7);
      if (waw) after_waw(m, i, last);
      choose(m);
      // "بربر جين وروبي ويلان": a name pair right before a coordinated person is a person too.
      if (waw && i >= S.first + 2 && !taken[i - 1] && !taken[i - 2] && name_word(c, T[i - 1]) &&
          name_word(c, T[i - 2]) && (i - 2 == S.first || !name_word(c, T[i - 3]) || taken[i - 3])) {
        choose(make_unknown(s, i - 2, i, EntityType::kPerson, "coordination", 0.6));
      }
      i = last - 1;
    }
    // 2b'. A lineage makes a person whatever the first name: "الوليد بن طلال بن عبدالعزيز آل سعود" (بن
    // between two names is no ordinary word). The first name may carry the article (الوليد، الحسن).
    {
      static const std::u32string kBin = fold_utf8("بن"), kBint = fold_utf8("بنت");
      // The first name: a known one, or one with the article after an honorific title ("الأمير الوليد")
      // or after عبد ("عبد العزيز"). Any other word before بن is too often a noun ("عائلة بن لادن").
      static const std::u32string kAbd = fold_utf8("عبد");
      auto titled = [&](std::size_t k) {
        for (std::size_t b = (k >= S.first + 3 ? k - 3 : S.first); b < k; ++b) {
          auto h = rules.person_titles().match(T, b, k);
          if (h && b + h->tokens == k) return true;
          auto sp = rules.silent_phrases().match(T, b, k);
          if (sp && b + sp->tokens == k) return true;
        }
        return false;
      };
      auto first_name = [&](std::size_t k) {
        const Token& t = T[k];
        if (taken[k] || t.kind != TokenKind::kArabic || t.text.size() < 3) return false;
        if (starts_with_al(t.text)) {
          Token bare = t;
          bare.text = t.text.substr(2);
          bool abd = k > S.first && T[k - 1].text == kAbd;
          return bare.text.size() >= 3 && name_word(c, bare) && !rules.person_titles().match(T, k, k + 1) &&
                 (abd || titled(k));
        }
        return t.clitic.empty() && lex.given_names().contains(t.text);
      };
      for (std::size_t i = S.first; i + 2 < S.last; ++i) {
        if (!first_name(i) || taken[i + 1] || !T[i + 1].clitic.empty() || (T[i + 1].text != kBin && T[i + 1].text != kBint) ||
            taken[i + 2] || !name_word(c, T[i + 2])) {
          continue;
        }
        std::size_t last = i + 3;
        // "بن عبد العزيز": a compound name after بن.
        auto compound = [&](std::size_t k) {
          return k + 1 < S.last && T[k].text == kAbd && !taken[k + 1] && T[k + 1].clitic.empty() && starts_with_al(T[k + 1].text);
        };
        if (compound(i + 2)) ++last;
        for (;;) {
          if (last + 1 < S.last && !taken[last] && !taken[last + 1] && T[last].clitic.empty() &&
              (T[last].text == kBin || T[last].text == kBint) && name_word(c, T[last + 1])) {
            last += 2;
            if (compound(last - 1)) ++last;
          } else if (last < S.last && !taken[last] && aal_name(c, T[last])) {
            ++last;
          } else {
            break;
          }
        }
        // "وليد بن عبد الكريم بن محمد": when the عبد before belongs to a name already found, this is the
        // rest of that name, not a person of its own.
        if (i > S.first && T[i - 1].text == kAbd && taken[i - 1]) continue;
        std::size_t from = i > S.first && T[i - 1].text == kAbd ? i - 1 : i;
        if (from < i) i = from;
        Mention m = make_unknown(s, i, last, EntityType::kPerson, "lineage", 0.7);
        if (T[i].clitic == std::u32string(1, kWaw)) after_waw(m, i, last);
        choose(m);
        i = last - 1;
      }
    }
    // 2b''. A title, its company, then the name: "وقال رئيس مجلس الإدارة والرئيس التنفيذي لمجموعة لينوفو
    // يانغ يوانتشينغ إن ...". Two or three foreign-looking words right after the company named by the title
    // are the person who holds it, when the phrase ends there (punctuation, إن/أن, a word such as قال).
    for (std::size_t i = S.first; i + 3 < S.last; ++i) {
      auto title = rules.person_titles().match(T, i, S.last);
      if (!title) continue;
      std::size_t k = i + title->tokens;
      // More of the title ("رئيس مجلس الإدارة والرئيس التنفيذي"): its words are not names.
      while (k < S.last) {
        auto more = rules.person_titles().match(T, k, S.last);
        if (!more) break;
        k += more->tokens;
      }
      // The company, glued to ل, perhaps after an organisation noun: "لمجموعة لينوفو"، "لـ«آلات»". A title
      // whose first word carries the company as an attached pronoun ("رئيسها التنفيذي بونيت كومار") names
      // none: the name follows the title itself.
      std::size_t m = k;
      if (!ends_in_pronoun(original(c, Span{T[i].begin, T[i].end}))) {
        while (m < S.last && !taken[m] && T[m].kind == TokenKind::kArabic && lex.designators().contains_token(T[m])) ++m;
        while (m < S.last && is_quote(T[m])) ++m;
        if (m >= S.last || !taken[m]) continue;
        bool lam = false;
        for (const Variant& v : T[k].variants) lam |= !v.prefix.empty() && v.prefix.back() == 0x0644;
        lam |= !T[k].clitic.empty() && T[k].clitic.back() == 0x0644;
        if (!lam) continue;
        while (m < S.last && taken[m]) ++m;
        while (m < S.last && is_quote(T[m])) ++m;
      }
      std::size_t e = m;
      // "وضم رئيسها التنفيذي Varun Mohan (فارون موهان)": the name in Latin letters, two or three capitalised
      // words the lexicon does not know, is the person too.
      if (m < S.last && T[m].kind == TokenKind::kLatin) {
        while (e < S.last && e < m + 3 && !taken[e] && T[e].kind == TokenKind::kLatin && T[e].capitalized &&
               !T[e].all_caps && !lex.ignored().contains(T[e].text)) {
          ++e;
        }
        if (e - m >= 2 && free_range(m, e) && (e >= S.last || T[e].kind != TokenKind::kLatin)) {
          choose(make_unknown(s, m, e, EntityType::kPerson, "title", 0.65));
          i = e - 1;
        }
        continue;
      }
      while (e < S.last && e < m + 3 && !taken[e] && name_word(c, T[e]) && !lex.given_names().contains(T[e].text) &&
             foreign_looking(original(c, Span{T[e].begin, T[e].end})) && !rules.triggers().match(T, e, e + 1)) {
        ++e;
      }
      if (e - m < 2) continue;
      static const std::u32string kInna = fold_utf8("إن"), kAnna = fold_utf8("أن");
      // A definite word after the name is the verb's object, no part of a foreign name: "وصف الرئيس التنفيذي
      // لإيه بي بي مورتن فيرود العرض بأنه ...".
      bool ends = e >= S.last || T[e].kind == TokenKind::kPunct || T[e].text == kInna || T[e].text == kAnna ||
                  (T[e].kind == TokenKind::kArabic && lex.stopwords().contains(T[e].text)) ||
                  (T[e].kind == TokenKind::kArabic && T[e].clitic.empty() && starts_with_al(T[e].text));
      if (!ends || !free_range(m, e)) continue;
      choose(make_unknown(s, m, e, EntityType::kPerson, "title", 0.65));
      i = e - 1;
    }
    // 2c. Organisation nouns followed by a name: شركة “X”, شركة X, شركة Latin Name.
    for (std::size_t i = S.first; i + 1 < S.last; ++i) {
      if (taken[i]) continue;
      // An indefinite noun introduces a name (شركة سيريبراس); the definite one refers back (الشركة).
      bool designator = false;
      for (const Variant& v : T[i].variants) {
        bool definite = v.prefix.size() >= 2 && v.prefix[v.prefix.size() - 1] == kLam &&
                        (v.prefix[v.prefix.size() - 2] == kAlef || v.prefix[v.prefix.size() - 2] == kLam);
        if (!definite && lex.designators().contains(v.stem)) designator = true;
      }
      if (!designator) continue;
      EntityType type = rules.media_nouns().match(T, i, S.last) ? EntityType::kMedia : EntityType::kOrg;
      std::size_t k = i + 1;
      if (is_quote(T[k])) {
        std::size_t e = k + 1;
        while (e < S.last && e - k <= 5 && T[e].is_word() && !taken[e]) ++e;
        if (e < S.last && e > k + 1 && is_quote(T[e]) && free_range(k + 1, e)) {
          choose(known_by_sound(s, k + 1, e).value_or(make_unknown(s, k + 1, e, type, "designator", 0.7)));
        }
        continue;
      }
      // "موقع" is a website before a name but far more often "a position" ("في موقع جيد"): its name must
      // be quoted or in Latin letters.
      static const std::u32string kSite = fold_utf8("موقع");
      if (std::any_of(T[i].variants.begin(), T[i].variants.end(), [](const Variant& v) { return v.stem == kSite; })) continue;
      // Latin letters spelled out in Arabic make an acronym: شركة آي دي إم (two or more letter names).
      std::size_t l = k;
      while (l < S.last && l - k < 5 && !taken[l] && T[l].kind == TokenKind::kArabic && T[l].clitic.empty() &&
             lex.letter_names().contains(T[l].text)) {
        ++l;
      }
      if (l - k >= 2) {
        choose(known_by_sound(s, k, l).value_or(make_unknown(s, k, l, type, "designator", 0.6)));
        continue;
      }
      // A bare Arabic word after the noun is a name only when nothing suggests an ordinary word: it is
      // not glued to a preposition (لبناء), and the phrase ends there (punctuation, the sentence end) or
      // goes on with a definite adjective (شركة سيريبراس الناشئة). Anything else is too often a noun
      // phrase ("شبكة مصانع رقائق").
      if (T[k].kind != TokenKind::kArabic || taken[k]) continue;
      // A descriptor with لل ("للأبحاث", "for research") that belongs to the name before it.
      auto descriptor = [&](std::size_t j) {
        return j < S.last && !taken[j] && T[j].kind == TokenKind::kArabic && T[j].clitic.empty() &&
               T[j].text.size() > 4 && T[j].text[0] == 0x0644 && T[j].text[1] == 0x0644;
      };
      // The end of a name whose descriptor is at `j`, with the descriptor's adjective when one follows:
      // "هاربورلاين للأوراق المالية" (a nisba: ends in ي or ية).
      auto past_descriptor = [&](std::size_t j) {
        std::size_t e = j + 1;
        if (e < S.last && T[e].kind == TokenKind::kArabic && T[e].clitic.empty() && starts_with_al(T[e].text) &&
            !taken[e]) {
          std::u32string adj = original(c, Span{T[e].begin, T[e].end});
          if (adj.size() > 4 && (adj.back() == 0x064A || (adj.back() == 0x0629 && adj[adj.size() - 2] == 0x064A))) ++e;
        }
        return e;
      };
      // "شركة فالي ستريت للأبحاث": two or three name words are a name when a descriptor with لل closes
      // them (alone, "شركة X Y" is too often a noun phrase).
      {
        std::size_t e2 = k;
        // Each word must look foreign (no feminine or plural ending, no nisba adjective such as إقليمي):
        // "مجموعة مسلحة مناهضة للحكومة" is a description, "شركة فالي ستريت للأبحاث" a name.
        auto name_like = [&](const Token& t) {
          std::u32string w = original(c, Span{t.begin, t.end});
          // A plural ending is no plural here: "شركة كيستون للأبحاث".
          std::u32string stem = w;
          if (w.size() >= 5 && (w.back() == 0x0646) && (w[w.size() - 2] == 0x0648 || w[w.size() - 2] == 0x064A)) stem.pop_back();
          return foreign_looking(stem) && !(w.size() >= 5 && w.back() == 0x064A);
        };
        // The descriptor closing the name is context enough to read each word whole: "فالي" is a name
        // here, not ف + إلى. Words after the first may be short ("سيدار غيت", "بلو ريدج").
        auto whole_word = [&](std::size_t j) {
          const Token& t = T[j];
          return !taken[j] && t.kind == TokenKind::kArabic && t.clitic.empty() && t.text.size() >= 2 &&
                 !starts_with_al(t.text) && !lex.stopwords().contains(t.text) && !lex.designators().contains(t.text);
        };
        auto short_word = [&](std::size_t j) {
          std::u32string w = original(c, Span{T[j].begin, T[j].end});
          return w.size() == 3 && w.back() != 0x0629 && w.back() != 0x0647;
        };
        while (e2 < S.last && e2 < k + 3 && whole_word(e2) && (name_like(T[e2]) || short_word(e2)) &&
               !descriptor(e2)) {
          ++e2;
        }
        if (e2 > k + 1 && descriptor(e2)) {
          std::size_t e = past_descriptor(e2);
          choose(known_by_sound(s, k, e).value_or(make_unknown(s, k, e, type, "designator", 0.6)));
          continue;
        }
        // One foreign-looking word and its descriptor: "شركة نورثبريدج للأبحاث" whatever follows.
        if (e2 == k + 1 && descriptor(e2) && name_like(T[k]) && name_word(c, T[k])) {
          std::size_t e = past_descriptor(e2);
          choose(known_by_sound(s, k, e).value_or(make_unknown(s, k, e, type, "designator", 0.6)));
          continue;
        }
      }
      if (!name_word(c, T[k])) continue;
      char32_t first = T[k].text[0];
      if (first == 0x0644 || first == 0x0628 || first == 0x0643 || first == 0x0641 || first == 0x0648) continue;
      // "منصة تديرها الشركة": a present-tense verb with its object pronoun (تـ/يـ/نـ ... ـها) is no name.
      if ((first == 0x062A || first == 0x064A || first == 0x0646) &&
          ends_in_pronoun(original(c, Span{T[k].begin, T[k].end}))) {
        continue;
      }
      std::size_t e = k + 1;
      // "شركة نورثبريدج للأبحاث": the descriptor belongs to the name.
      if (descriptor(e)) e = past_descriptor(e);
      // "شركة ميلانوكس لمعدات الشبكات": a descriptor glued to ل ends the name too, unless the word looks
      // like a feminine adjective or noun (ends in ة: "شركة ناشئة لتطوير").
      std::u32string word = original(c, Span{T[k].begin, T[k].end});
      bool feminine = !word.empty() && word.back() == 0x0629;
      bool ends = e >= S.last || T[e].kind == TokenKind::kPunct ||
                  (T[e].kind == TokenKind::kArabic && T[e].clitic.empty() && starts_with_al(T[e].text)) ||
                  (e == k + 1 && !feminine && T[e].kind == TokenKind::kArabic && T[e].clitic.empty() &&
                   T[e].text.size() > 4 && T[e].text[0] == 0x0644) ||
                  // "اشترت شركة نيون بنحو مليار دولار": a price or a date after the name closes it.
                  T[e].kind == TokenKind::kNumber || rules.object_enders().match(T, e, S.last).has_value();
      if (!ends) continue;
      choose(known_by_sound(s, k, e).value_or(make_unknown(s, k, e, type, "designator", 0.6)));
    }
    // 2c''. Names ending in a transliterated English company word: "أندرا كابيتال", "ميركاتو بارتنرز",
    // "سيرج إيه آي", "فيديليتي مانجمنت آند ريسيرش". The ending says "company" as شركة does before a name;
    // one to three foreign-looking words before it are the name. A word the rules use (a trigger, a title,
    // a preposition) or an ordinary word ends the name, so "قادتها أندرا كابيتال" starts at أندرا.
    {
      static const std::u32string kAnd1 = fold_utf8("آند"), kAnd2 = fold_utf8("اند");
      auto letter = [&](std::size_t k) {
        return k < S.last && T[k].kind == TokenKind::kArabic && T[k].clitic.empty() && lex.letter_names().contains(T[k].text);
      };
      // The ending at k: its length in tokens (0 when none). "إيه آي" (AI) is two letter names.
      auto suffix_at = [&](std::size_t k) -> std::size_t {
        if (k >= S.last || taken[k] || T[k].kind != TokenKind::kArabic || !T[k].clitic.empty()) return 0;
        if (lex.org_suffixes().contains(T[k].text)) return 1;
        static const std::u32string kAi = fold_utf8("آي");
        if (letter(k) && k + 1 < S.last && !taken[k + 1] && T[k + 1].text == kAi && T[k + 1].clitic.empty()) return 2;
        return 0;
      };
      auto name_part = [&](std::size_t k) {
        const Token& t = T[k];
        if (taken[k] || t.kind != TokenKind::kArabic || !t.clitic.empty() || t.text.size() < 3) return false;
        if (starts_with_al(t.text) || lex.stopwords().contains(t.text) || lex.designators().contains(t.text) ||
            lex.org_suffixes().contains(t.text) || lex.letter_names().contains(t.text)) {
          return false;
        }
        if (rules.triggers().match(T, k, k + 1) || rules.status_cues().match(T, k, k + 1) ||
            rules.prepositions().match(T, k, k + 1) || rules.person_titles().match(T, k, k + 1)) {
          return false;
        }
        std::u32string w = original(c, Span{t.begin, t.end});
        return w.size() == 3 || foreign_looking(w);
      };
      for (std::size_t j = S.first + 1; j < S.last; ++j) {
        std::size_t len = suffix_at(j);
        if (!len) continue;
        std::size_t e = j + len;
        // More endings may follow: "كابيتال بارتنرز", "مانجمنت آند ريسيرش"; after a field word glued to
        // لل ("للأوراق", "للاستشارات") its adjective: "هارتلاند للأوراق المالية".
        for (;;) {
          if (std::size_t more = suffix_at(e)) {
            e += more;
          } else if (e < S.last && !taken[e] && glued_lil(T[e - 1].text) && feminine_adjective(T[e])) {
            ++e;
          } else if (e + 1 < S.last && (T[e].text == kAnd1 || T[e].text == kAnd2) && T[e].clitic.empty() && suffix_at(e + 1)) {
            e += 1 + suffix_at(e + 1);
          } else {
            break;
          }
        }
        // A word glued to و after a name, a comma or another company ending is the next item of a list:
        // "بلاك روك ونيوبيرغر كابيتال" (the name starts after the و, and goes no further back).
        auto list_waw = [&](std::size_t k) {
          const Token& t = T[k];
          if (k <= S.first || taken[k] || t.kind != TokenKind::kArabic || !t.clitic.empty() || t.text.size() < 4 ||
              t.text[0] != kWaw || starts_with_al(t.text.substr(1))) {
            return false;
          }
          // Also after a foreign-looking word: a company's name does not hold a glued و ("بينهم غريلوك
          // وأنثوس كابيتال" is two investors).
          bool after_item = taken[k - 1] || is_comma(T[k - 1]) || is_quote(T[k - 1]) ||
                            (T[k - 1].clitic.empty() && lex.org_suffixes().contains(T[k - 1].text)) || name_part(k - 1);
          std::u32string w = original(c, Span{T[k].begin, T[k].end});
          return after_item && w.size() >= 4 && !lex.stopwords().contains(T[k].text.substr(1));
        };
        std::size_t b = j;
        bool waw = false;
        while (b > S.first && j - b < 3) {
          if (list_waw(b - 1)) {
            --b, waw = true;
            break;
          }
          if (!name_part(b - 1)) break;
          --b;
        }
        if (b == j) {
          j = e - 1;
          continue;
        }
        std::optional<Mention> known = waw ? std::nullopt : known_by_sound(s, b, e);
        Mention m = known.value_or(make_unknown(s, b, e, EntityType::kOrg, "suffix", 0.6));
        if (waw) after_waw(m, b, e);
        choose(m);
        j = e - 1;
      }
    }
    // 2c (product). A product noun before a quoted name: "نماذج «لاما»"، "روبوت المحادثة «باي»"، "متصفح
    // «كروم»". The noun may carry its description (up to two definite words or words glued to لل).
    for (std::size_t i = S.first; i + 3 < S.last; ++i) {
      auto noun = rules.product_nouns().match(T, i, S.last);
      if (!noun || taken[i]) continue;
      std::size_t k = i + noun->tokens;
      while (k < S.last && k < i + noun->tokens + 2 && !taken[k] && T[k].kind == TokenKind::kArabic &&
             (starts_with_al(T[k].text) || glued_lil(T[k].text))) {
        ++k;
      }
      if (k + 2 >= S.last || !is_quote(T[k]) || taken[k + 1]) continue;
      std::size_t q = k + 1;
      while (q < S.last && q < k + 5 && T[q].kind == TokenKind::kArabic && !taken[q] && (q == k + 1 || T[q].clitic.empty())) ++q;
      if (q == k + 1 || q >= S.last || !is_quote(T[q]) || !free_range(k + 1, q)) continue;
      if (starts_with_al(T[k + 1].text) || lex.stopwords().contains(T[k + 1].text)) continue;
      choose(known_by_sound(s, k + 1, q).value_or(make_unknown(s, k + 1, q, EntityType::kProduct, "product-noun", 0.6)));
      i = q;
    }
    // 2c (quoted). A quoted name the text describes as a company: "«نيون» الناشئة"، "«ميني ماكس» الصينية". The
    // quotes mark a name and the feminine description after them agrees with شركة, so the name is an
    // organisation even with no شركة before it. Quoted products and programmes are masculine nouns
    // or go with other words ("نموذج «لاما» المفتوح").
    for (std::size_t k = S.first; k + 2 < S.last; ++k) {
      if (!is_quote(T[k]) || taken[k + 1]) continue;
      // «مبادلة»: the quotes make a name of the word that opens a known company's longer names.
      // Not a definite or ordinary word («السوق»، «مشروع»), which the quotes may merely set off.
      if (is_quote(T[k + 2]) && T[k + 1].kind == TokenKind::kArabic && T[k + 1].clitic.empty() && T[k + 1].text.size() >= 4 &&
          !starts_with_al(T[k + 1].text) && !lex.stopwords().contains(T[k + 1].text) && !lex.designators().contains(T[k + 1].text)) {
        if (auto m = head_word_mention(s, k + 1, T[k + 1].text)) {
          choose(*m);
          k += 2;
          continue;
        }
      }
      if (k + 3 >= S.last) continue;
      std::size_t q = k + 1;
      while (q < S.last && q < k + 5 && name_word(c, T[q]) && !taken[q]) ++q;
      if (q == k + 1 || q + 1 >= S.last || !is_quote(T[q])) continue;
      // Inside quotes a name may look like a plural ("«نيون»"): only the feminine ending is an Arabic noun,
      // and a preposition glued to a definite word ("«بالميليشيات»") makes an ordinary phrase.
      const std::u32string& first = T[k + 1].text;
      if (first.size() < 3 || first.back() == 0x0647) continue;
      if (std::any_of(T[k + 1].variants.begin(), T[k + 1].variants.end(),
                      [](const Variant& v) { return !v.prefix.empty() && starts_with_al(v.stem); })) {
        continue;
      }
      std::size_t d = q + 1;
      if (taken[d] || !(feminine_adjective(T[d]) || rules.company_descriptors().match(T, d, S.last))) continue;
      choose(known_by_sound(s, k + 1, q).value_or(make_unknown(s, k + 1, q, EntityType::kOrg, "described", 0.6)));
      k = q;
    }
    // 2c'. An acquisition names its target: a bare word the lexicon does not know right after
    // "استحوذت ... على" is a company ("استحوذت على ميلانوكس مقابل 6.9 مليار"), when the phrase ends with it
    // (punctuation, a number, a definite adjective, or a word such as مقابل/بقيمة/عام).
    static const std::vector<std::u32string> kAfterName = {fold_utf8("مقابل"), fold_utf8("بقيمة"), fold_utf8("عام"),
                                                           fold_utf8("بنحو"), fold_utf8("بمبلغ"), fold_utf8("في"),
                                                           fold_utf8("بعد"), fold_utf8("قبل"), fold_utf8("لقاء")};
    for (std::size_t i = S.first; i + 1 < S.last; ++i) {
      auto ctx = rules.name_contexts().match(T, i, S.last);
      if (!ctx) continue;
      // The verb's object follows على, with its subject or a date perhaps between: "استحوذت إنفيديا
      // عام 2020 على ميلانوكس".
      static const std::u32string kAla = fold_utf8("على");
      std::size_t k = i + ctx->tokens;
      while (k < S.last && k < i + ctx->tokens + 5 && T[k].text != kAla && !is_comma(T[k])) ++k;
      if (k >= S.last || T[k].text != kAla) continue;
      ++k;
      // A quoted name of several words: "استحواذها على «هاشي كورب»".
      if (k < S.last && is_quote(T[k])) {
        std::size_t q = k + 1;
        while (q < S.last && q < k + 5 && !is_quote(T[q]) && !taken[q] && T[q].kind == TokenKind::kArabic && T[q].clitic.empty()) ++q;
        if (q < S.last && is_quote(T[q]) && q > k + 2 && free_range(k + 1, q)) {
          choose(known_by_sound(s, k + 1, q).value_or(make_unknown(s, k + 1, q, EntityType::kOrg, "context", 0.55)));
          continue;
        }
      }
      while (k < S.last && is_quote(T[k])) ++k;
      if (k >= S.last || taken[k] || T[k].kind != TokenKind::kArabic || !name_word(c, T[k])) continue;
      if (!foreign_looking(original(c, Span{T[k].begin, T[k].end}))) continue;
      std::size_t e = k + 1;
      while (e < S.last && is_quote(T[e])) ++e;
      bool ends = e >= S.last || T[e].kind == TokenKind::kPunct || T[e].kind == TokenKind::kNumber ||
                  (T[e].kind == TokenKind::kArabic && T[e].clitic.empty() && starts_with_al(T[e].text)) ||
                  std::find(kAfterName.begin(), kAfterName.end(), T[e].text) != kAfterName.end() ||
                  (e > k + 1 && is_quote(T[k + 1]) && k > 0 && is_quote(T[k - 1]));  // «روكست»: the quotes close it
      if (!ends) continue;
      // "على محرك البحث الناشئ Neeva"، "على استوديو التصميم «X»": a noun whose description leads to a
      // Latin or quoted name says what the target is; it is not its name.
      std::size_t n = e;
      while (n < S.last && n < e + 3 && T[n].kind == TokenKind::kArabic && T[n].clitic.empty() && starts_with_al(T[n].text)) ++n;
      if (n > e && n < S.last && (T[n].kind == TokenKind::kLatin || is_quote(T[n]))) continue;
      choose(known_by_sound(s, k, k + 1).value_or(make_unknown(s, k, k + 1, EntityType::kOrg, "context", 0.55)));
    }
    // 2c'. A product's variant: a Latin product the lexicon knows followed by a capitalised word ("Claude
    // Code"، "Claude Sonnet 4"، "Copilot Studio") is a product of its own, made by the same maker (its alias
    // keeps the known product's id). A version or a code alone ("Llama 4"، "ChatGPT-5"، "GB300 NVL72") is
    // the same product, as the gold conventions have it: the mention takes those words in. A year is no
    // version.
    for (Mention& pm : chosen) {
      if (pm.sentence != s || pm.anaphor || pm.method != "lexicon" || T[pm.last - 1].kind != TokenKind::kLatin) continue;
      // So is a company's Latin name after a product noun: "منصة VMware Cloud Foundation" is VMware's product.
      bool maker_named = pm.type == EntityType::kOrg && product_noun_before(S.first, pm.first);
      if (pm.type != EntityType::kProduct && !maker_named) continue;
      auto version = [&](std::size_t k) {
        const std::u32string& n = T[k].text;
        return T[k].kind == TokenKind::kNumber && n.size() <= 4 && !year_number(n) && T[k].clitic.empty();
      };
      std::size_t e = pm.last;
      bool named = false;  // at least one word or version that is no ignored word ("AI")
      bool worded = false;  // a word of a name, not a version or a code in capitals
      while (e < S.last && e < pm.last + 4 && !taken[e]) {
        const Token& t = T[e];
        if (t.kind == TokenKind::kLatin && (t.capitalized || t.all_caps) && t.clitic.empty()) {
          named |= !lex.ignored().contains(t.text);
          worded |= !lex.ignored().contains(t.text) && !t.all_caps;
          ++e;
        } else if (version(e)) {
          named = true;
          ++e;
          // "4o": a letter glued to the version number.
          if (e < S.last && !taken[e] && T[e].kind == TokenKind::kLatin && T[e].fbegin == T[e - 1].fend) ++e;
        } else if (t.kind == TokenKind::kPunct && t.text == U"-" && e + 1 < S.last && !taken[e + 1] &&
                   t.fbegin == T[e - 1].fend && T[e + 1].fbegin == t.fend &&
                   (T[e + 1].kind == TokenKind::kLatin || T[e + 1].kind == TokenKind::kNumber)) {
          named = true;
          e += 2;  // "GPT-4o"، "MAI-1-preview"
        } else {
          break;
        }
      }
      if (!named || e == pm.last) continue;
      if (maker_named && !worded) continue;  // "منصة Azure 2": no product of its own
      if (!worded) {
        for (std::size_t k = pm.last; k < e; ++k) taken[k] = true;
        pm.last = e;
        pm.span = span_of(c, pm.first, e, pm.prefix.size());
        continue;
      }
      Mention m = make_unknown(s, pm.first, e, EntityType::kProduct, "variant", 0.7);
      m.prefix = pm.prefix;
      m.span = span_of(c, pm.first, e, pm.prefix.size());
      m.entity = slug_id(original(c, m.span));
      if (lex.find(m.entity)) continue;  // the lexicon knows this one under its own name
      m.alias = pm.entity;
      for (std::size_t k = pm.last; k < e; ++k) taken[k] = true;
      pm = std::move(m);
    }
    // 2d. Runs of capitalised Latin words (names written in English inside Arabic text).
    // A hyphen or a dot glued on both sides to a Latin word or a number continues the name.
    auto glued_joiner = [&](std::size_t k) {
      return k + 1 < S.last && T[k].kind == TokenKind::kPunct && (T[k].text == U"-" || T[k].text == U".") &&
             !taken[k + 1] && T[k].fbegin == T[k - 1].fend && T[k + 1].fbegin == T[k].fend &&
             T[k + 1].clitic.empty() && (T[k + 1].kind == TokenKind::kLatin || T[k + 1].kind == TokenKind::kNumber);
    };
    // A short number after the name is its model or plant number, unless it is a year, a percentage or the
    // start of an amount or a count ("SoftBank 40 مليار دولار"، "Nvidia 10%").
    auto model_number = [&](std::size_t k) {
      const std::u32string& n = T[k].text;
      if (T[k].kind != TokenKind::kNumber || !T[k].clitic.empty() || n.size() > 4) return false;
      if (year_number(n)) return false;
      if (k + 1 >= S.last) return true;
      if (T[k + 1].text == U"%" || T[k + 1].kind == TokenKind::kNumber) return false;
      return !rules.scales().match(T, k + 1, S.last) && !rules.currencies().match(T, k + 1, S.last) &&
             !rules.lone_scales().match(T, k + 1, S.last);
    };
    for (std::size_t i = S.first; i < S.last; ++i) {
      const Token& t = T[i];
      if (taken[i] || t.kind != TokenKind::kLatin) continue;
      // Lower-case brands ("io", "iyO", "eBay") are names when written in camel case or when the text
      // says they are companies: "شركة io" or "io، الشركة الناشئة".
      bool lower_brand = false;
      if (!(t.capitalized || t.all_caps) && !lex.ignored().contains(t.text)) {
        std::u32string w = original(c, Span{t.begin, t.end});
        // A brand has one or two inner capitals and no digits ("iPhone", "iyO"); a code or a key has more.
        std::size_t inner_caps = 0, digits = 0;
        for (std::size_t k = 1; k < w.size(); ++k) inner_caps += w[k] >= U'A' && w[k] <= U'Z', digits += w[k] >= U'0' && w[k] <= U'9';
        bool camel = inner_caps >= 1 && inner_caps <= 2 && digits == 0 && w.size() <= 12;
        auto designator = [&](std::size_t k) { return lex.designators().contains_token_or_definite(T[k]); };
        bool named_as_company = i > S.first && T[i - 1].kind == TokenKind::kArabic && designator(i - 1);
        bool apposed = i + 2 < S.last && is_comma(T[i + 1]) && T[i + 2].kind == TokenKind::kArabic && designator(i + 2);
        lower_brand = camel || named_as_company || apposed;
      }
      if (!(t.capitalized || t.all_caps || lower_brand)) continue;
      // "1789 Capital", "7-Eleven": a number right before a capitalised word opens the name.
      // A year before a name is a date ("في 2023 OpenAI"), not part of it.
      std::size_t start = i;
      if (i > S.first && T[i - 1].kind == TokenKind::kNumber && !taken[i - 1] && T[i].clitic.empty() &&
          t.capitalized) {
        std::u32string n = T[i - 1].text;
        if (!year_number(n) && n.size() <= 4 && T[i - 1].fend == T[i].fbegin - 1) start = i - 1;
      }
      if (i > S.first && T[i - 1].kind == TokenKind::kPunct && T[i - 1].text == U"{") continue;  // {{MEDIA}}
      std::size_t e = i + 1;
      while (e < S.last && !taken[e]) {
        if (T[e].kind == TokenKind::kLatin && (T[e].capitalized || T[e].all_caps) && T[e].clitic.empty()) {
          ++e;
        } else if (T[e].kind == TokenKind::kPunct && T[e].text == U"&" && e + 1 < S.last &&
                   T[e + 1].kind == TokenKind::kLatin && T[e + 1].capitalized && !taken[e + 1]) {
          e += 2;
        } else if (glued_joiner(e)) {
          e += 2;  // "CS-3"، "RFM-1"، "YOLO-NAS"، "Brev.dev": one name across a glued hyphen or dot
        } else if (model_number(e)) {
          ++e;  // "Figure 01"، "Fab 34"، "Cloud AI 100": a model or plant number is part of the name
        } else {
          break;
        }
      }
      // "The", "A" open a title or a phrase, not a company name: drop them from the front of the run.
      while (i < e && lex.ignored().contains(T[i].text) && T[i].kind == TokenKind::kLatin && e - i > 1) ++i;
      bool all_ignored = true;
      for (std::size_t k = i; k < e; ++k) {
        if (T[k].kind == TokenKind::kLatin && !lex.ignored().contains(T[k].text) && T[k].text.size() > 1) {
          all_ignored = false;
        }
      }
      if (all_ignored) {
        i = e - 1;
        continue;
      }
      if (start + 1 == i) i = start;
      EntityType type = EntityType::kOrg;
      std::string method = "latin-name";
      std::size_t p = i;
      while (p > S.first && is_quote(T[p - 1])) --p;
      if (p > S.first) {
        if (rules.product_nouns().match(T, p - 1, S.last)) type = EntityType::kProduct;
        if (rules.media_nouns().match(T, p - 1, S.last)) type = EntityType::kMedia;
        // The noun may have its description between it and the name: "نموذجها البرمجي الأول Composer"،
        // "محركها للذكاء الاصطناعي CLAIRE" (up to three definite words or words glued to لل).
        std::size_t q = p;
        while (type == EntityType::kOrg && q > S.first + 1 && p - q < 3 && T[q - 1].kind == TokenKind::kArabic &&
               !taken[q - 1] && (starts_with_al(T[q - 1].text) || glued_lil(T[q - 1].text))) {
          --q;
          if (q > S.first && rules.product_nouns().match(T, q - 1, q)) type = EntityType::kProduct;
        }
      }
      // "أطلقت ميسترال الشهر الماضي «كودسترال» (Codestral)"، "كشفت Snowflake عن Polaris Catalog": the object
      // of a launch verb whose subject, a company already known, stands right after the verb is a product.
      if (type == EntityType::kOrg && p > S.first) {
        std::size_t q = before_arabic_spelling(S.first, p);
        static const std::u32string kAn = fold_utf8("عن");
        if (q > S.first && T[q - 1].text == kAn && T[q - 1].clitic.empty()) --q;
        for (const Mention& subj : chosen) {
          if (subj.sentence != s || subj.type != EntityType::kOrg || subj.last > q || q - subj.last > 3) continue;
          bool words_only = true;  // adverbials between subject and object: "الشهر الماضي"
          for (std::size_t k = subj.last; k < q; ++k) words_only &= T[k].kind == TokenKind::kArabic && !taken[k];
          std::size_t v = subj.first;
          while (v > S.first && is_quote(T[v - 1])) --v;
          bool launched = rules.launch_verbs().match_ending_at(T, S.first, v, 3).has_value();
          if (words_only && launched) type = EntityType::kProduct;
        }
      }
      // "نموذجي Veo 3 وImagen": a name joined by و to a product right before it is a product too.
      if (type == EntityType::kOrg && T[i].clitic == std::u32string(1, kWaw)) {
        for (const Mention& prev : chosen) {
          if (prev.sentence != s || prev.last > i || prev.type != EntityType::kProduct) continue;
          std::size_t gap = prev.last;
          while (gap < i && (T[gap].kind == TokenKind::kNumber || is_quote(T[gap]))) ++gap;
          if (gap == i) type = EntityType::kProduct;
        }
      }
      choose(make_unknown(s, i, e, type, method, 0.5));
      i = e - 1;
    }
    // 2c'''. The names of an investor list ("بقيادة X"، "مستثمرين بينهم غريلوك وأنثوس كابيتال"): a
    // foreign-looking word the lexicon does not know right after the cue, or after و in the list it
    // opens, is an organisation (one or two words, up to a comma, و, a number or a known word).
    // Only in a sentence about raising money (a fundraising phrase in it): elsewhere such lists name a
    // film's cast or a delegation.
    bool list_cue = false, fundraising_sentence = false;
    for (std::size_t i = S.first; i < S.last && !list_cue; ++i) list_cue = rules.list_name_contexts().match(T, i, S.last).has_value();
    for (std::size_t i = S.first; i < S.last && list_cue && !fundraising_sentence; ++i) {
      fundraising_sentence = rules.fundraising().match(T, i, S.last).has_value();
    }
    for (std::size_t i = S.first; i + 1 < S.last && fundraising_sentence; ++i) {
      auto ctx = rules.list_name_contexts().match(T, i, S.last);
      if (!ctx) continue;
      std::size_t k = i + ctx->tokens;
      bool need_link = false;  // an item was just read: the next one follows و or a comma
      for (int steps = 0; steps < 8 && k < S.last; ++steps) {
        while (k < S.last && is_quote(T[k])) ++k;
        if (k >= S.last) break;
        if (taken[k]) {  // a name already known: the list goes on after it
          if (need_link && !waw_glued(T[k])) break;
          while (k < S.last && taken[k]) ++k;
          need_link = true;
          continue;
        }
        std::size_t b = k;
        bool waw = false;
        if (need_link) {
          // After a comma the list goes on only with a name already known ("، وX" or "، X"); a new word
          // there is the sentence going on ("قادتها ICONIQ، لتبلغ قيمتها").
          if (is_comma(T[b])) {
            std::size_t n = b + 1;
            while (n < S.last && is_quote(T[n])) ++n;
            if (n >= S.last || !taken[n]) break;
            k = n;
            need_link = false;
            continue;
          }
          // "و«أوربيس»": a و written before the quote is the word's clitic; it links the item as well.
          bool apart = T[b].kind == TokenKind::kArabic && T[b].clitic == std::u32string(1, kWaw);
          if (!apart) {
            if (T[b].kind != TokenKind::kArabic || !T[b].clitic.empty() || T[b].text.size() < 2 || T[b].text[0] != kWaw) break;
            waw = true;
          }
        } else if (T[b].kind == TokenKind::kArabic && lex.designators().contains_token(T[b])) {
          k = b + 1;  // an organisation noun before the name ("قادتها شركتا X وY")
          continue;
        }
        if (T[b].kind != TokenKind::kArabic) break;
        std::u32string first = original(c, Span{c.norm.orig_begin(T[b].word_fbegin), T[b].end});
        if (waw) first = first.substr(1);
        std::u32string first_folded = waw ? T[b].text.substr(1) : T[b].text;
        bool linked_apart = need_link && !waw && T[b].clitic == std::u32string(1, kWaw);
        bool glued = !waw && !linked_apart && !T[b].clitic.empty();  // glued to a preposition: no list item
        // "قادتها مبادلة وفالور": in an investor list, a word that opens only one company's longer names
        // (bare مبادلة is also "swap") is that company, as between quotes.
        if (!glued && first_folded.size() >= 4) {
          if (auto m = head_word_mention(s, b, first_folded)) {
            m->span = span_of(c, b, b + 1, waw ? 1 : 0);
            m->prefix = waw ? std::u32string(1, kWaw) : T[b].clitic;
            choose(*m);
            k = b + 1;
            need_link = true;
            continue;
          }
        }
        if (glued || !foreign_looking(first) || starts_with_al(first_folded) ||
            lex.stopwords().contains(first_folded) || lex.given_names().contains(first_folded) ||
            lex.designators().contains(first_folded) || rules.triggers().match(T, b, b + 1) ||
            rules.prepositions().match(T, b, b + 1) || rules.status_cues().match(T, b, b + 1)) {
          break;
        }
        std::size_t e = b + 1;
        if (e < S.last && !taken[e] && T[e].kind == TokenKind::kArabic && T[e].clitic.empty() &&
            foreign_looking(original(c, Span{T[e].begin, T[e].end})) && !starts_with_al(T[e].text) &&
            !lex.stopwords().contains(T[e].text) && !rules.triggers().match(T, e, e + 1)) {
          ++e;
        }
        // Words right before a known name describe it ("بمشاركة عملاق الرقائق «إنفيديا»"، "صندوق X"):
        // they are no name of their own.
        std::size_t n = e;
        while (n < S.last && n < e + 2 && (is_quote(T[n]) || (T[n].kind == TokenKind::kArabic && starts_with_al(T[n].text) && !taken[n]))) ++n;
        if (n < S.last && taken[n] && !waw && !waw_glued(T[n])) {
          k = n;
          continue;
        }
        Mention m = make_unknown(s, b, e, EntityType::kOrg, "list", 0.55);
        if (waw) after_waw(m, b, e);
        choose(m);
        k = e;
        need_link = true;
      }
    }
    // 2e. The subject of a deal verb in the feminine ("جمعت كوفاريانت 200 مليون دولار"، "استحوذت نيون
    // على ..."), or of a past perfect ("وكانت جريتل قد جمعت"): a foreign-looking word the lexicon does not
    // know there is a company, since the verb agrees with شركة. Only one word, closed by what may follow
    // a subject (a number, a definite word, a preposition, punctuation, قد): a longer run is too often a
    // noun phrase.
    {
      static const std::u32string kQad = fold_utf8("قد"), kKanat = fold_utf8("كانت");
      auto closes = [&](std::size_t e) {
        if (e >= S.last) return true;
        const Token& t = T[e];
        return t.kind == TokenKind::kPunct || t.kind == TokenKind::kNumber || is_quote(t) || t.text == kQad ||
               (t.kind == TokenKind::kArabic && t.clitic.empty() && starts_with_al(t.text)) ||
               rules.prepositions().match(T, e, e + 1).has_value() || rules.object_enders().match(T, e, S.last).has_value();
      };
      auto candidate = [&](std::size_t k) {
        if (k >= S.last || taken[k] || !name_word(c, T[k]) || lex.given_names().contains(T[k].text) ||
            rules.triggers().match(T, k, k + 1) || rules.status_cues().match(T, k, k + 1)) {
          return false;
        }
        for (const Variant& v : T[k].variants) {
          if (!v.prefix.empty() && starts_with_al(v.stem)) return false;  // بالفعل
        }
        // The object is often an indefinite noun with the accusative ا: "ضخت أموالا"، "اشترت حصصا" (a
        // short noun, or the plural أفعال). Names ending in ا are longer (إنفيديا، تيسلا).
        // Nor an adverb or a nisba adjective ("أخيرا"، "عدداً"، "انتخابي"): an unknown name ending in ا or ي
        // is left to contexts that say more.
        std::u32string w = original(c, Span{T[k].begin, T[k].end});
        while (!w.empty() && (w.back() == 0x064B || w.back() == 0x064C || w.back() == 0x064D)) w.pop_back();  // tanween
        if (w.empty() || w.back() == 0x0627 || w.back() == 0x0649 || w.back() == 0x064A) return false;
        return foreign_looking(w);
      };
      for (std::size_t i = S.first; i + 1 < S.last; ++i) {
        std::size_t k = 0;
        if (auto ctx = rules.subject_name_contexts().match(T, i, S.last)) {
          k = i + ctx->tokens;
          if (!closes(k + 1)) continue;
        } else if (i + 2 < S.last && T[i + 2].text == kQad &&
                   std::any_of(T[i].variants.begin(), T[i].variants.end(), [&](const Variant& v) { return v.stem == kKanat; })) {
          k = i + 1;
        } else {
          continue;
        }
        if (!candidate(k)) continue;
        choose(known_by_sound(s, k, k + 1).value_or(make_unknown(s, k, k + 1, EntityType::kOrg, "subject", 0.5)));
      }
    }
    // 2f. A word between two companies of one list: "مثل سيرج إيه آي وتورينغ وLabelbox". An unknown,
    // foreign-looking word glued to و, right after an organisation and right before another one joined by
    // و, is an organisation too (a list holds one kind of thing).
    {
      auto org_at = [&](std::size_t k, bool ending) -> const Mention* {
        for (const Mention& m : chosen) {
          if (m.sentence == s && !m.anaphor && m.type == EntityType::kOrg && (ending ? m.last == k : m.first == k)) return &m;
        }
        return nullptr;
      };
      for (std::size_t k = S.first + 1; k + 1 < S.last; ++k) {
        if (taken[k] || T[k].kind != TokenKind::kArabic || !T[k].clitic.empty() || T[k].text.size() < 5 || T[k].text[0] != kWaw) continue;
        std::u32string w = original(c, Span{T[k].begin, T[k].end}).substr(1);
        if (!name_word(c, T[k], true) || !foreign_looking(w) || starts_with_al(T[k].text.substr(1)) ||
            lex.stopwords().contains(T[k].text.substr(1))) {
          continue;
        }
        std::size_t b = k;
        while (b > S.first && is_quote(T[b - 1])) --b;
        std::size_t n = k + 1;
        while (n < S.last && is_quote(T[n])) ++n;
        const Mention* next = n < S.last ? org_at(n, false) : nullptr;
        if (!org_at(b, true) || !next || next->prefix.empty() || next->prefix[0] != kWaw) continue;
        Mention m = make_unknown(s, k, k + 1, EntityType::kOrg, "list", 0.5);
        after_waw(m, k, k + 1);
        choose(m);
      }
    }
    // 3. Anaphors. First the nouns that introduced a name: after "مشروع ستارغيت" or "مجموعة سوفت بنك",
    // "المشروع" and "المجموعة" mean that name (the latest one each noun introduced), however far back.
    for (std::size_t k = introduced_upto; k < chosen.size(); ++k) {
      const Mention& m = chosen[k];
      if (m.anaphor || m.entity.empty() || m.type != EntityType::kOrg) continue;
      std::size_t p = m.first;
      while (p > seg.sentences[m.sentence].first && is_quote(T[p - 1])) --p;
      if (p == seg.sentences[m.sentence].first) continue;
      if (auto h = rules.head_anaphors().match(T, p - 1, p)) introduced[h->value] = m;
    }
    introduced_upto = chosen.size();
    for (std::size_t i = S.first; i < S.last && !introduced.empty(); ++i) {
      if (taken[i]) continue;
      auto h = rules.head_anaphors_definite().match(T, i, i + 1);
      if (!h) continue;
      auto it = introduced.find(h->value);
      // Followed by a name or a quote it is that name's designator ("المشروع "ستارغيت""), not an anaphor.
      if (it == introduced.end() || (i + 1 < S.last && (taken[i + 1] || is_quote(T[i + 1])))) continue;
      Mention m = it->second;
      m.first = i, m.last = i + 1, m.sentence = s, m.prefix = h->prefix, m.method = "head-noun";
      m.confidence = std::min(m.confidence, 0.8);
      m.span = span_of(c, i, i + 1, h->prefix.size());
      choose(m);
    }
    // "المجموعة اليابانية": the latest organisation named before whose home the lexicon says is Japan.
    for (std::size_t i = S.first; i < S.last; ++i) {
      if (taken[i]) continue;
      auto h = rules.nationality_anaphors().match(T, i, S.last);
      if (!h || !free_range(i, i + h->tokens)) continue;
      const std::string& country = rules.nationality_countries()[h->value];
      for (auto it = chosen.rbegin(); it != chosen.rend(); ++it) {
        if (it->first >= i || it->anaphor || it->type != EntityType::kOrg) continue;
        const LexEntity* e = lex.find(it->entity);
        if (!e || e->country != country) continue;
        Mention m = *it;
        m.first = i, m.last = i + h->tokens, m.sentence = s, m.prefix = h->prefix, m.method = "nationality";
        m.confidence = 0.75;
        m.span = span_of(c, i, m.last, h->prefix.size());
        choose(m);
        break;
      }
      i += h->tokens - 1;
    }
    // Then "الشركة" not followed by a name: resolved later, against the relation's other argument.
    for (std::size_t i = S.first; i < S.last; ++i) {
      if (taken[i]) continue;
      // A preposition with an attached pronoun refers back too: "استثمرت فيها" (in it).
      if (auto pro = rules.pronoun_prepositions().match(T, i, i + 1); pro && T[i].clitic.empty()) {
        // "في جولة جمعت فيها SSI ملياري دولار": a feminine pronoun right after a verb that follows an
        // indefinite feminine noun (perhaps with its complement: "جولة تمويل"، "جولة من الفئة C") is that
        // noun's, in a relative clause without a relative pronoun; it names no company.
        if (i >= S.first + 2 && ends_in_pronoun(original(c, Span{T[i].begin, T[i].end})) && !taken[i - 1] &&
            T[i - 1].kind == TokenKind::kArabic) {
          bool resumptive = false;
          for (std::size_t k = i - 1; k > S.first && k + 6 > i; --k) {
            const Token& n = T[k - 1];
            if (taken[k - 1] || n.kind == TokenKind::kPunct) break;
            if (n.kind != TokenKind::kArabic || starts_with_al(n.text) || !n.clitic.empty()) continue;
            std::u32string w = original(c, Span{n.begin, n.end});
            if (!w.empty() && w.back() == U'\x0629') {
              resumptive = true;
              break;
            }
          }
          if (resumptive) continue;
        }
        Mention m;
        m.first = i, m.last = i + 1, m.sentence = s, m.anaphor = true, m.type = EntityType::kOrg;
        m.implied_marker = rules.pronoun_preposition_words()[pro->value];
        m.method = "pronoun", m.confidence = 0.6;
        m.span = span_of(c, i, i + 1, 0);
        choose(m);
        continue;
      }
      auto hit = rules.anaphors().match(T, i, S.last);
      auto pair = rules.pair_anaphors().match(T, i, S.last);
      if (pair && (!hit || pair->tokens >= hit->tokens)) hit = pair;
      else pair.reset();
      auto former = rules.former_anaphors().match(T, i, S.last);
      if (former && !hit) hit = former;
      else former.reset();
      if (!hit) continue;
      std::size_t e = i + hit->tokens;
      // "الشركة اليابانية سوفت بنك": with its adjectives it is still the name's designator.
      {
        std::size_t k = e;
        while (k < S.last && k - e < 2 && !taken[k] && T[k].kind == TokenKind::kArabic && T[k].clitic.empty() &&
               starts_with_al(T[k].text)) {
          ++k;
        }
        if (k > e && k < S.last && taken[k] && starts_chosen(k, EntityType::kOrg)) continue;
      }
      // A designator before a name, not an anaphor; but before a person's name it is the company of a
      // title that the name follows: "الرئيس التنفيذي للشركة طارق أمين".
      if (e < S.last && taken[e] && !starts_chosen(e, EntityType::kPerson)) continue;
      // After a definite noun it is an adjective: "الشريحة الأخيرة" (the last tranche), "للمرة الثانية"، "المرحلة
      // الأولى", not "the latter" / "the former". So it is after an indefinite feminine noun ("مرة أولى").
      // "التزام الأخيرة" (the latter's commitment): a verbal noun that only looks definite is the anaphor's
      // construct noun.
      if (i > S.first && hit->prefix.empty() && T[i - 1].kind == TokenKind::kArabic && starts_with_al(T[i - 1].text) &&
          !(T[i - 1].clitic.empty() && lam_masdar(T[i - 1].text))) {
        continue;
      }
      if (former && i > S.first && T[i - 1].kind == TokenKind::kArabic && !T[i - 1].text.empty() &&
          (T[i - 1].text.back() == 0x0647 || T[i - 1].text.back() == 0x0629)) {
        continue;
      }
      Mention m;
      m.first = i, m.last = e, m.sentence = s, m.anaphor = true, m.pair = pair.has_value(), m.type = EntityType::kOrg;
      m.former = former.has_value();
      m.prefix = hit->prefix, m.method = "anaphor", m.confidence = 0.6;
      m.span = span_of(c, i, e, hit->prefix.size());
      choose(m);
    }
  }
  // "مطورة ChatGPT", "صانعة نماذج Claude": a maker noun before a product the lexicon knows the maker of
  // refers to that maker (the noun itself becomes its mention; the product keeps its own).
  for (const Mention& pm : std::vector<Mention>(chosen)) {
    const LexEntity* product = pm.type == EntityType::kProduct ? lex.find(pm.entity) : nullptr;
    if (!product || product->made_by.empty() || !lex.find(product->made_by)) continue;
    std::size_t k = pm.first;
    while (k > seg.sentences[pm.sentence].first && (is_quote(T[k - 1]) || rules.product_nouns().match(T, k - 1, k))) --k;
    if (k == seg.sentences[pm.sentence].first || taken[k - 1] || !rules.maker_nouns().match(T, k - 1, k)) continue;
    const LexEntity* maker = lex.find(product->made_by);
    Mention m;
    m.first = k - 1, m.last = k, m.sentence = pm.sentence, m.entity = maker->id, m.type = maker->type;
    m.prefix = T[k - 1].clitic, m.method = "epithet", m.confidence = 0.8, m.alias = product->id;
    // "الشركة المطورة لـChatGPT": the anaphor before the maker noun is the same company, named here.
    auto head = std::find_if(chosen.begin(), chosen.end(),
                             [&](const Mention& a) { return a.anaphor && !a.pair && a.last == k - 1; });
    if (head != chosen.end()) {
      m.first = head->first, m.prefix = head->prefix;
      chosen.erase(head);
    }
    m.span = span_of(c, m.first, k, m.prefix.size());
    choose(m);
  }
  // Epithets of entities the article names ("عملاق الرقائق" where Nvidia is in the story), where no name
  // took their words.
  {
    std::set<std::string> named;
    for (const Mention& m : chosen) named.insert(m.entity);
    for (const auto& [s, i, m] : epithets) {
      const LexEntity& e = lex.entities()[m.entity];
      if (!named.count(e.id) || !free_range(i, i + m.tokens)) continue;
      Mention mm;
      mm.first = i, mm.last = i + m.tokens, mm.sentence = s, mm.entity = e.id, mm.type = e.type;
      mm.prefix = m.prefix, mm.method = "epithet", mm.confidence = 0.8;
      mm.span = span_of(c, i, mm.last, m.prefix.size());
      choose(mm);
    }
  }
  // A company named by its trade ("مزودة السحابة", "صانعة الرقائق") is the latest company named in the
  // two sentences before that the lexicon says sells that (cloud, chips); with none, the noun is left alone.
  if (!rules.trade_anaphors().empty()) {
    std::sort(chosen.begin(), chosen.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    std::vector<Mention> found;
    for (std::size_t s = 0; s < seg.sentences.size(); ++s) {
      for (std::size_t i = seg.sentences[s].first; i < seg.sentences[s].last; ++i) {
        if (taken[i]) continue;
        auto hit = rules.trade_anaphors().match(T, i, seg.sentences[s].last);
        if (!hit || !free_range(i, i + hit->tokens)) continue;
        // Right after a name the noun says what that name is ("وتبقى أمازون مزود السحابة الأساسي
        // لأنثروبيك"): a predicate or an apposition, no reference back; its words stay a rule's.
        {
          std::size_t b = i;
          while (b > seg.sentences[s].first && is_quote(T[b - 1])) --b;
          if (b > seg.sentences[s].first && taken[b - 1]) {
            i += hit->tokens - 1;
            continue;
          }
        }
        for (auto it = chosen.rbegin(); it != chosen.rend(); ++it) {
          if (it->first >= i || it->anaphor) continue;
          if (it->sentence + 2 < s) break;
          const LexEntity* e = lex.find(it->entity);
          if (!e || !(hit->value == 1 ? e->sells_cloud : e->sells_chips)) continue;
          Mention m = *it;
          m.first = i, m.last = i + hit->tokens, m.sentence = s, m.prefix = hit->prefix, m.method = "trade-noun";
          m.confidence = 0.7;
          m.span = span_of(c, i, m.last, hit->prefix.size());
          found.push_back(m);
          break;
        }
        i += hit->tokens - 1;
      }
    }
    for (Mention& m : found) choose(std::move(m));
  }
  // Family names of persons found by context refer back to them ("سارافيلوس" after "جورج سارافيلوس").
  std::map<std::u32string, Mention> family;
  for (const Mention& m : chosen) {
    if (m.type == EntityType::kPerson && m.method != "lexicon" && m.last - m.first >= 2) {
      family.emplace(T[m.last - 1].text, m);
    }
  }
  if (!family.empty()) {
    for (std::size_t s = 0; s < seg.sentences.size(); ++s) {
      for (std::size_t i = seg.sentences[s].first; i < seg.sentences[s].last; ++i) {
        if (taken[i] || T[i].kind != TokenKind::kArabic) continue;
        for (const Variant& v : T[i].variants) {
          auto it = family.find(v.stem);
          if (it == family.end() || it->second.first > i) continue;
          Mention m = it->second;
          m.first = i, m.last = i + 1, m.sentence = s, m.prefix = T[i].clitic + v.prefix, m.method = "family-name";
          m.span = span_of(c, i, i + 1, m.prefix.size());
          choose(m);
          break;
        }
      }
    }
  }
  // A company the text introduced by its noun ("شركة سانمينا") is named bare elsewhere in the article,
  // headline included ("أما سانمينا"، "سهم سانمينا"): every other place its words stand is a mention.
  // Definite words and short single words are too often ordinary nouns to be taken this way.
  // So is a company whose name ends in a company word, by the words before it: "سكيل إيه آي" ... "سكيل",
  // "أندرا كابيتال" ... "أندرا".
  // "ليبتون إيه آي (Lepton AI)": Arabic words nobody took, right before a Latin name in brackets that
  // they spell by ear, are that name written in Arabic (the same sound key, three consonants or more).
  {
    std::vector<Mention> glossed;
    for (const Mention& b : chosen) {
      if (b.anaphor || b.method != "latin-name" || b.first < 2 || T[b.first - 1].text != U"(" || b.last >= T.size() ||
          T[b.last].text != U")") {
        continue;
      }
      std::size_t open = b.first - 1;
      const Sentence& S = seg.sentences[b.sentence];
      // Spelled-out letters ("إيه آي" for AI) have no consonant skeleton to compare: both sides leave
      // them out of the key.
      static const std::u32string kAi = fold_utf8("آي");
      std::u32string latin;
      for (std::size_t k = b.first; k < b.last; ++k) {
        if (T[k].kind == TokenKind::kLatin && !(T[k].all_caps && T[k].text.size() <= 3)) latin += original(c, Span{T[k].begin, T[k].end});
      }
      std::string key = latin_key(latin);
      if (key.size() < 3) continue;
      for (std::size_t n = 1; n <= 3 && open >= S.first + n; ++n) {
        std::size_t a = open - n;
        bool ok = true;
        std::u32string words;
        for (std::size_t k = a; k < open && ok; ++k) {
          ok = !taken[k] && T[k].kind == TokenKind::kArabic && (k == a || T[k].clitic.empty());
          if (!lex.letter_names().contains(T[k].text) && T[k].text != kAi) words += T[k].text;
        }
        if (!ok) break;
        if (words.empty() || arabic_key(words) != key) continue;
        Mention m = b;
        m.first = a, m.last = open, m.method = "gloss", m.prefix = T[a].clitic;
        m.span = span_of(c, a, open, T[a].clitic.size());
        glossed.push_back(m);
        for (std::size_t k = a; k < open; ++k) taken[k] = true;
        break;
      }
    }
    // The same Arabic words elsewhere, found on their own ("«هاشي كورب»" in the headline), are that name too.
    std::map<std::string, std::string> renamed;
    for (const Mention& m : glossed) renamed[slug_id(original(c, m.span))] = m.entity;
    for (Mention& m : chosen) {
      auto it = m.anaphor ? renamed.end() : renamed.find(m.entity);
      if (it != renamed.end() && !lex.find(m.entity)) m.entity = it->second;
    }
    for (Mention& m : glossed) chosen.push_back(std::move(m));
  }
  {
    // A mention, how many of its words to look for, and its first word without proclitics.
    // A word that reads like an ordinary one ("«آلات»": folded, آ looks like the article) is looked for
    // only between quotes.
    std::vector<std::tuple<Mention, std::size_t, std::u32string, bool>> names;
    std::set<std::u32string> heads_seen;
    // A mention's first word without the proclitics glued to it (m.prefix holds the clitic written apart too).
    auto first_stem = [&](const Mention& m) {
      std::size_t glued = m.prefix.size() >= T[m.first].clitic.size() ? m.prefix.size() - T[m.first].clitic.size() : 0;
      return T[m.first].text.substr(std::min(glued, T[m.first].text.size()));
    };
    for (const Mention& m : chosen) {
      if (m.anaphor || m.type == EntityType::kPerson || T[m.first].kind != TokenKind::kArabic) continue;
      // A name its Latin gloss or an acquisition confirmed ("روكست (Rockset)"، "استحوذت على روكست") is a
      // name wherever its words stand.
      if ((m.method == "gloss" || m.method == "context") && T[m.first].text.size() >= 4 && !starts_with_al(T[m.first].text)) {
        names.push_back({m, m.last - m.first, first_stem(m), false});
      }
      if (m.method == "designator") {
        bool quoted_only = false;
        if (m.last - m.first == 1 && (T[m.first].text.size() < 4 || starts_with_al(T[m.first].text))) {
          std::u32string w = original(c, Span{c.norm.orig_begin(T[m.first].word_fbegin), T[m.first].end});
          bool madda = !w.empty() && w[0] == 0x0622;  // آ, not the article
          bool quoted = m.first > 0 && is_quote(T[m.first - 1]) && m.last < T.size() && is_quote(T[m.last]);
          if (!madda || !quoted || T[m.first].text.size() < 4) continue;
          quoted_only = true;
        }
        names.push_back({m, m.last - m.first, T[m.first].text, quoted_only});
        continue;
      }
      if (m.type != EntityType::kOrg || (m.method != "lexicon" && m.method != "suffix" && m.method != "phonetic" && m.method != "gloss")) continue;
      std::size_t e = m.last;
      if (e - m.first >= 2 && T[e - 1].clitic.empty() && lex.org_suffixes().contains(T[e - 1].text)) {
        e -= 1;
      } else if (e - m.first >= 3 && T[e - 1].text == fold_utf8("آي") && lex.letter_names().contains(T[e - 2].text)) {
        e -= 2;
      } else {
        continue;
      }
      // The head must look like a name on its own: foreign-looking, not an ordinary or a letter word.
      bool ok = true;
      for (std::size_t k = m.first; k < e && ok; ++k) {
        std::u32string w = original(c, Span{T[k].begin, T[k].end});
        // A name the Latin gloss confirmed ("ليبتون إيه آي (Lepton AI)") may end like an Arabic plural.
        ok = T[k].kind == TokenKind::kArabic && (k == m.first || T[k].clitic.empty()) && (m.method == "gloss" || foreign_looking(w)) &&
             !starts_with_al(T[k].text) && !lex.stopwords().contains(T[k].text) && !lex.letter_names().contains(T[k].text);
      }
      std::u32string key;
      for (std::size_t k = m.first; k < e; ++k) key += T[k].text + U" ";
      if (!ok || !heads_seen.insert(key).second) continue;
      Mention head = m;
      head.method = "short-name";
      std::u32string stem = first_stem(m);
      if (stem.size() < 4) continue;
      names.push_back({head, e - m.first, stem, false});
    }
    std::vector<Mention> found;
    for (std::size_t s = 0; s < seg.sentences.size() && !names.empty(); ++s) {
      const Sentence& S = seg.sentences[s];
      for (std::size_t i = S.first; i < S.last; ++i) {
        if (taken[i] || T[i].kind != TokenKind::kArabic) continue;
        for (const auto& [n, len, stem0, quoted_only] : names) {
          if (i + len > S.last || !free_range(i, i + len)) continue;
          if (quoted_only && !(i > S.first && is_quote(T[i - 1]) && i + len < S.last && is_quote(T[i + len]))) continue;
          bool same = true;
          for (std::size_t k = 1; k < len && same; ++k) {
            same = T[i + k].clitic.empty() && T[i + k].text == T[n.first + k].text;
          }
          if (!same) continue;
          const Variant* hit = nullptr;
          for (const Variant& v : T[i].variants) {
            if (v.stem == stem0) hit = &v;
          }
          if (!hit) continue;
          Mention m = n;
          m.first = i, m.last = i + len, m.sentence = s, m.prefix = T[i].clitic + hit->prefix;
          m.method = n.method == "short-name" ? "short-name" : "repeated";
          m.span = span_of(c, i, i + len, m.prefix.size());
          found.push_back(m);
          for (std::size_t k = i; k < i + len; ++k) taken[k] = true;
          i += len - 1;
          break;
        }
      }
    }
    for (Mention& m : found) chosen.push_back(std::move(m));
  }
  // "معالجات تحمل اسم «آي بي يو»"، "نموذجا يحمل اسم X": a name given to a thing a product noun names
  // just before is that product's name, not a company's.
  for (Mention& m : chosen) {
    if (m.anaphor || m.type != EntityType::kOrg || m.method == "lexicon" || lex.find(m.entity)) continue;
    const std::size_t first = seg.sentences[m.sentence].first;
    std::size_t k = m.first;
    while (k > first && is_quote(T[k - 1])) --k;
    k = before_arabic_spelling(first, k);  // "تحمل اسم «آي بي يو» (IPU)"
    auto named = rules.naming_phrases().match_ending_at(T, first, k, 4);
    if (!named) continue;
    const std::size_t naming = k - named->tokens;
    for (std::size_t a = naming >= first + 3 ? naming - 3 : first; a < naming; ++a) {
      if (rules.product_nouns().match(T, a, a + 1)) {
        m.type = EntityType::kProduct;
        break;
      }
    }
  }
  // "زد تي سيستمز (ZT Systems)": a name followed by another in brackets is one entity written twice. A
  // lexicon entity keeps its id; between two unknown names the Latin one gives it.
  {
    std::sort(chosen.begin(), chosen.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    std::map<std::string, std::string> same;  // id -> id it is written as
    for (std::size_t k = 0; k + 1 < chosen.size(); ++k) {
      const Mention& a = chosen[k];
      Mention& b = chosen[k + 1];
      // "دومينيك بيريلا (Dominic Perella)"، "صحيفة «ليزيكو» (Les Echos)": an unknown Latin name in brackets
      // is read as a company until something says otherwise; after a name the Arabic context typed (a
      // person, a media outlet) it is that name in the original, of the same type.
      bool retype = b.type != a.type && b.method == "latin-name" && lex.find(b.entity) == nullptr;
      if (a.anaphor || b.anaphor || (a.type != b.type && !retype) || a.entity == b.entity) continue;
      std::size_t open = a.last;
      while (open < b.first && is_quote(T[open])) ++open;  // «زد تي سيستمز» (ZT Systems)
      if (b.first != open + 1 || b.last >= T.size() || T[open].text != U"(" || T[b.last].text != U")") continue;
      if (retype) b.type = a.type;
      bool a_known = lex.find(a.entity) != nullptr, b_known = lex.find(b.entity) != nullptr;
      if (a_known && b_known) continue;
      if (a_known) same[b.entity] = a.entity;
      else if (b_known) same[a.entity] = b.entity;
      else if (T[b.first].kind == TokenKind::kLatin) same[a.entity] = b.entity;
      else same[b.entity] = a.entity;
    }
    for (Mention& m : chosen) {
      auto it = same.find(m.entity);
      if (it != same.end()) m.entity = it->second;
    }
  }
  std::sort(chosen.begin(), chosen.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });

  // "التي يرأس سموه مجلس إدارتها": an honorific pronoun stands for the latest person named after an
  // honorific title (الأمير محمد بن سلمان) in its sentence or the five before. With none, it names nobody.
  {
    std::vector<Mention> honorific;
    for (std::size_t s = 0; s < seg.sentences.size(); ++s) {
      const Sentence& S = seg.sentences[s];
      for (std::size_t i = S.first; i < S.last; ++i) {
        if (taken[i] || T[i].kind != TokenKind::kArabic) continue;
        auto hit = rules.honorific_pronouns().match(T, i, i + 1);
        if (!hit) continue;
        const Mention* person = nullptr;
        for (const Mention& m : chosen) {
          if (m.first >= i) break;
          if (m.anaphor || m.type != EntityType::kPerson || m.sentence + 5 < s) continue;
          if (rules.honorific_titles().match_ending_at(T, seg.sentences[m.sentence].first, m.first, 4)) person = &m;
        }
        if (!person) continue;
        Mention h;
        h.first = i, h.last = i + 1, h.sentence = s, h.type = EntityType::kPerson, h.entity = person->entity;
        h.method = "honorific", h.confidence = 0.7, h.prefix = T[i].clitic, h.alias = person->entity;
        h.span = span_of(c, i, i + 1, T[i].clitic.size());
        honorific.push_back(std::move(h));
        taken[i] = true;
      }
    }
    for (Mention& m : honorific) chosen.push_back(std::move(m));
    std::sort(chosen.begin(), chosen.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }

  MentionResult out;
  std::map<std::string, std::size_t> index;
  for (const Mention& m : chosen) {
    if (m.anaphor) continue;
    auto it = index.find(m.entity);
    if (it == index.end()) {
      EntityRecord r;
      r.id = m.entity;
      r.type = m.type;
      r.confidence = m.confidence;
      r.method = m.method;
      if (const LexEntity* e = lex.find(m.entity); e && m.method == "lexicon") {
        r.label_en = e->label_en;
        r.label_ar = e->label_ar;
        r.part_of = e->part_of;
      } else if (const LexEntity* e2 = lex.find(m.entity)) {
        r.label_en = e2->label_en, r.label_ar = e2->label_ar, r.part_of = e2->part_of;
      } else {
        std::u32string surface = original(c, m.span);
        bool arabic = std::any_of(surface.begin(), surface.end(), is_arabic_letter);
        (arabic ? r.label_ar : r.label_en) = encode_utf8(surface);
      }
      it = index.emplace(m.entity, out.entities.size()).first;
      out.entities.push_back(r);
    }
    EntityRecord& r = out.entities[it->second];
    if (m.method != "epithet" && m.method != "head-noun" && m.method != "trade-noun" && m.method != "nationality") r.aliases.insert(encode_utf8(original(c, m.span)));  // names only
    ++r.mentions;
  }
  out.mentions = std::move(chosen);
  return out;
}

}  // namespace kgraph
