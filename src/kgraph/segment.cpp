// segment.cpp - see segment.h.
//
// Tokens are cut from the folded text (so a word interrupted by a tatweel or a haraka is still one word)
// and mapped back to the original for their spans. Sentences are cut on the original with ICU's break
// iterator, line by line, and then at semicolons; tokens are assigned to the sentence that holds them.
#include "kgraph/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "kgraph/error.h"

namespace kgraph {
namespace {

constexpr char32_t kWaw = 0x0648, kFa = 0x0641, kBa = 0x0628, kLam = 0x0644, kKaf = 0x0643, kAlef = 0x0627;

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xA0; }
bool is_mark(char32_t c) { return u_getCombiningClass(static_cast<UChar32>(c)) != 0 || u_charType(c) == U_NON_SPACING_MARK; }

// Word letters that are neither Arabic nor Latin (Cyrillic, CJK...) are kept in Latin-kind tokens: they
// behave like foreign names inside Arabic text.
bool is_other_letter(char32_t c) { return !is_arabic_letter(c) && u_isalpha(static_cast<UChar32>(c)); }

// Is `s` made only of proclitics ([و|ف]?[ب|ك|ل]?(ال)? or [و|ف]?لل)?
bool is_clitic_chain(const std::u32string& s) {
  if (s.empty() || s.size() > 4) return false;  // the longest chain is four letters (وبال، فلل...)
  for (const Variant& v : arabic_variants(s + U"xx")) {
    if (v.prefix == s) return true;
  }
  return false;
}

std::unique_ptr<icu::BreakIterator> make_sentence_iterator() {
  static std::once_flag once;
  static std::unique_ptr<icu::BreakIterator> proto;
  std::call_once(once, [] {
    UErrorCode st = U_ZERO_ERROR;
    proto.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), st));
    if (U_FAILURE(st)) proto.reset();
  });
  if (!proto) throw Error(ErrorCode::kInternal, "ICU sentence break iterator unavailable");
  return std::unique_ptr<icu::BreakIterator>(proto->clone());
}

// Sentence spans [b, e) in the original, before trimming.
std::vector<std::pair<std::size_t, std::size_t>> sentence_spans(std::u32string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  auto it = make_sentence_iterator();
  std::size_t line_start = 0;
  while (line_start <= text.size()) {
    std::size_t line_end = text.find(U'\n', line_start);
    if (line_end == std::u32string_view::npos) line_end = text.size();
    if (line_end > line_start) {
      std::u32string_view line = text.substr(line_start, line_end - line_start);
      icu::UnicodeString u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(line.data()),
                                                            static_cast<int32_t>(line.size()));
      it->setText(u);
      // ICU works in UTF-16 units; map them back to code points of the line.
      std::vector<std::size_t> u16_to_cp(static_cast<std::size_t>(u.length()) + 1, 0);
      for (int32_t i = 0, cp = 0; i < u.length(); ++cp) {
        int32_t n = U16_LENGTH(u.char32At(i));
        for (int32_t k = 0; k < n; ++k) u16_to_cp[static_cast<std::size_t>(i + k)] = static_cast<std::size_t>(cp);
        i += n;
      }
      u16_to_cp[static_cast<std::size_t>(u.length())] = line.size();
      std::vector<std::size_t> cuts = {0};
      for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        std::size_t cut = u16_to_cp[static_cast<std::size_t>(b)];
        // A lone capital and a period is an initial ("T. Rowe Price", "John D. Rockefeller"), not an end.
        std::size_t q = cut;
        while (q > 0 && line[q - 1] == U' ') --q;
        bool initial = q >= 2 && line[q - 1] == U'.' && line[q - 2] >= U'A' && line[q - 2] <= U'Z' &&
                       (q == 2 || !((line[q - 3] >= U'A' && line[q - 3] <= U'Z') || (line[q - 3] >= U'a' && line[q - 3] <= U'z')));
        if (initial && cut < line.size()) continue;
        // A period with a letter right after it, no space, is inside an abbreviation ("آي.بي.إم"، "U.S.").
        bool inside = cut > 0 && cut < line.size() && q == cut && line[cut - 1] == U'.' &&
                      (is_arabic_letter(line[cut]) || is_latin_letter(line[cut]));
        if (inside) continue;
        cuts.push_back(cut);
      }
      if (cuts.back() != line.size()) cuts.push_back(line.size());
      // Semicolons end a sentence too: news prose chains independent clauses with them.
      std::vector<std::size_t> all;
      for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        all.push_back(cuts[k]);
        for (std::size_t p = cuts[k]; p < cuts[k + 1]; ++p) {
          if ((line[p] == U'\x061B' || line[p] == U';') && p + 1 < cuts[k + 1]) all.push_back(p + 1);
        }
      }
      all.push_back(line.size());
      for (std::size_t k = 0; k + 1 < all.size(); ++k) {
        if (all[k + 1] > all[k]) out.emplace_back(line_start + all[k], line_start + all[k + 1]);
      }
    }
    line_start = line_end + 1;
  }
  return out;
}

// Cuts the folded text into raw tokens (no clitic handling yet).
std::vector<Token> raw_tokens(const std::u32string& f) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < f.size()) {
    char32_t c = f[i];
    if (is_space(c) || is_mark(c)) {
      ++i;
      continue;
    }
    Token t;
    t.fbegin = i;
    if (is_arabic_letter(c)) {
      t.kind = TokenKind::kArabic;
      while (i < f.size() && (is_arabic_letter(f[i]) || is_mark(f[i]))) ++i;
    } else if (is_latin_letter(c) || is_other_letter(c)) {
      t.kind = TokenKind::kLatin;
      // A colon between letters is part of a brand ("Run:ai"); a space or a digit after it is not.
      while (i < f.size() && (is_latin_letter(f[i]) || is_other_letter(f[i]) || is_digit(f[i]) || is_mark(f[i]) ||
                              (f[i] == ':' && i + 1 < f.size() && is_latin_letter(f[i + 1])))) {
        ++i;
      }
    } else if (is_digit(c)) {
      t.kind = TokenKind::kNumber;
      while (i < f.size()) {
        if (is_digit(f[i])) {
          ++i;
        } else if ((f[i] == '.' || f[i] == ',') && i + 1 < f.size() && is_digit(f[i + 1])) {
          i += 2;
        } else {
          break;
        }
      }
    } else {
      t.kind = TokenKind::kPunct;
      ++i;
    }
    t.fend = i;
    t.word_fbegin = t.fbegin;
    t.text = f.substr(t.fbegin, t.fend - t.fbegin);
    out.push_back(std::move(t));
  }
  return out;
}

// Joins clitics to the word they belong to: glued across scripts ("وopenai", "ب10") or written apart
// ("ل openai" after tatweel folding). Quotes between the clitic and its word are allowed: لـ"إنفيديا".
std::vector<Token> attach_clitics(std::vector<Token> raw) {
  std::vector<Token> out;
  std::u32string pending;
  std::size_t pending_begin = 0;
  bool has_pending = false;
  for (std::size_t k = 0; k < raw.size(); ++k) {
    Token& t = raw[k];
    if (t.kind == TokenKind::kArabic && is_clitic_chain(t.text) && k + 1 < raw.size()) {
      // Find the next word, skipping quotes only.
      std::size_t n = k + 1;
      while (n < raw.size() && is_quote(raw[n])) ++n;
      if (n < raw.size() && raw[n].is_word()) {
        pending += t.text;
        if (!has_pending) pending_begin = t.fbegin;
        has_pending = true;
        continue;
      }
    }
    if (has_pending && t.is_word()) {
      t.clitic = pending + t.clitic;
      t.fbegin = std::min(t.fbegin, pending_begin);  // the clitic belongs to the word's span
      pending.clear();
      has_pending = false;
    }
    out.push_back(std::move(t));
  }
  return out;
}

void finish_token(Token& t, std::u32string_view original, const NormalizedText* norm) {
  if (norm) {
    t.begin = norm->orig_begin(t.fbegin);
    t.end = norm->orig_end(t.fend);
  } else {
    t.begin = t.fbegin;
    t.end = t.fend;
  }
  if (t.kind == TokenKind::kArabic) {
    t.variants = arabic_variants(t.text);
    // إ stands only at the start of a word: after a proclitic letter ("وإس"، "بإنفيديا") the word cannot
    // be read whole, so "وإس في إنجل" is no "واس" (SPA) once folding has dropped the hamza.
    if (t.variants.size() > 1 && t.begin + 1 < t.end && t.end <= original.size() && original[t.begin + 1] == U'\x0625') {
      char32_t c = original[t.begin];
      if (c == U'\x0648' || c == U'\x0641' || c == U'\x0628' || c == U'\x0644' || c == U'\x0643') {
        t.variants.erase(t.variants.begin());
      }
    }
  } else {
    t.variants = {Variant{{}, t.text}};
  }
  if (t.kind == TokenKind::kLatin) {
    // Case is read from the original: folding lower-cased the token text.
    std::size_t upper = 0, letters = 0;
    bool first_seen = false;
    for (std::size_t p = t.begin; p < t.end && p < original.size(); ++p) {
      UChar32 c = static_cast<UChar32>(original[p]);
      // A glued Arabic proclitic ("وInsight") is no part of the name's case.
      if (!u_isalpha(c) || ublock_getCode(c) == UBLOCK_ARABIC) continue;
      if (!first_seen) {
        t.capitalized = u_isupper(c);
        first_seen = true;
      }
      ++letters;
      if (u_isupper(c)) ++upper;
    }
    t.all_caps = letters > 0 && upper == letters;
  }
}

// Splits an Arabic run directly followed by a Latin word or number when the run is only clitics.
std::vector<Token> split_scripts(std::vector<Token> raw) {
  std::vector<Token> out;
  for (std::size_t k = 0; k < raw.size(); ++k) {
    Token& t = raw[k];
    if (t.kind == TokenKind::kArabic && k + 1 < raw.size() && raw[k + 1].fbegin == t.fend &&
        (raw[k + 1].kind == TokenKind::kLatin || raw[k + 1].kind == TokenKind::kNumber) && is_clitic_chain(t.text)) {
      raw[k + 1].clitic = t.text + raw[k + 1].clitic;
      raw[k + 1].fbegin = t.fbegin;
      continue;
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

bool is_quote(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.text == U"\"" || t.text == U"\x201C" || t.text == U"\x201D" || t.text == U"\x00AB" ||
          t.text == U"\x00BB" || t.text == U"'" || t.text == U"\x2018" || t.text == U"\x2019");
}

bool is_comma(const Token& t) { return t.kind == TokenKind::kPunct && (t.text == U"," || t.text == U"\x060C"); }

bool waw_glued(const Token& t) {
  constexpr char32_t kWawLetter = 0x0648;
  if (!t.clitic.empty()) return t.clitic[0] == kWawLetter;
  return std::any_of(t.variants.begin(), t.variants.end(),
                     [](const Variant& v) { return !v.prefix.empty() && v.prefix[0] == kWawLetter; });
}

std::vector<Variant> arabic_variants(const std::u32string& w) {
  std::vector<Variant> out{{{}, w}};
  auto add = [&](std::size_t n) {
    if (w.size() >= n + 2) out.push_back({w.substr(0, n), w.substr(n)});
  };
  std::size_t p = 0;
  std::vector<std::size_t> conj = {0};
  if (!w.empty() && (w[0] == kWaw || w[0] == kFa)) conj.push_back(1);
  for (std::size_t c : conj) {
    if (c) add(c);
    p = c;
    // لل: the preposition ل before the article ال, whose alef is dropped. Two readings: without the
    // article ("شركه") and with it restored ("الشركه"), so that "للشركة" meets a phrase written "الشركة".
    if (w.size() > p + 1 && w[p] == kLam && w[p + 1] == kLam) {
      add(p + 2);
      if (w.size() >= p + 4) out.push_back({w.substr(0, p + 2), std::u32string(U"\x0627\x0644") + w.substr(p + 2)});
    }
    std::vector<std::size_t> prep = {p};
    if (w.size() > p && (w[p] == kBa || w[p] == kLam || w[p] == kKaf)) {
      add(p + 1);
      prep.push_back(p + 1);
    }
    for (std::size_t q : prep) {
      if (w.size() > q + 1 && w[q] == kAlef && w[q + 1] == kLam) add(q + 2);
    }
  }
  // Keep the shortest prefixes first and drop duplicates.
  std::stable_sort(out.begin() + 1, out.end(),
                   [](const Variant& a, const Variant& b) { return a.prefix.size() < b.prefix.size(); });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Variant& a, const Variant& b) { return a.prefix == b.prefix && a.stem == b.stem; }),
            out.end());
  return out;
}

Segmented segment(std::u32string_view original, const NormalizedText& norm) {
  Segmented s;
  s.tokens = attach_clitics(split_scripts(raw_tokens(norm.folded)));
  for (Token& t : s.tokens) finish_token(t, original, &norm);
  std::size_t tk = 0;
  for (auto [b, e] : sentence_spans(original)) {
    while (b < e && is_space(original[b])) ++b;
    while (e > b && is_space(original[e - 1])) --e;
    if (b == e) continue;
    Sentence sent{b, e, tk, tk};
    while (tk < s.tokens.size() && s.tokens[tk].begin < e) ++tk;
    sent.last = tk;
    if (sent.last > sent.first) s.sentences.push_back(sent);
  }
  return s;
}

std::vector<Token> tokenize_phrase(std::u32string_view text) {
  NormalizedText norm = normalize(text);
  std::vector<Token> toks = attach_clitics(split_scripts(raw_tokens(norm.folded)));
  for (Token& t : toks) finish_token(t, text, &norm);
  return toks;
}

}  // namespace kgraph
