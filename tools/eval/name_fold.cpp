// name_fold.cpp - kg_score.py's name folding, rebuilt on ICU (see name_fold.h).
//
// Design: the three Python steps map onto three passes over code points, in the same order, because the
// order matters at the edges (lower-casing runs after the Arabic letter mapping and before punctuation is
// removed, exactly as in norm()):
//   1. ICU NFKC (unicodedata.normalize("NFKC")), then drop the diacritic class and map the Arabic letter
//      forms (the regex and str.replace calls);
//   2. full lower case in the root locale (str.lower(): full mappings such as U+0130 -> "i" + U+0307,
//      and final sigma, which per-code-point u_tolower would miss);
//   3. kg_score's punctuation set and Python's whitespace set become separators; words are joined by
//      one space (" ".join(s.split())).
// Every set below is copied from kg_score.py by value, not derived from kgraph's own tables, so the two
// folds stay independent (name_fold.h says why).
#include "eval/name_fold.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>

#include "kgraph/error.h"
#include "kgraph/utf8.h"

namespace kgraph::eval {
namespace {

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw Error(ErrorCode::kInternal, "ICU NFKC normalizer unavailable");
  return *n;
}

// kg_score._DIACRITICS: [U+0610-U+061A U+064B-U+065F U+0670 U+06D6-U+06ED U+0640].
bool is_dropped(UChar32 c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
}

// The letter replacements of norm(), in its order (they do not interact: no output is another input).
UChar32 map_letter(UChar32 c) {
  switch (c) {
    case 0x0623:  // alef with hamza above
    case 0x0625:  // alef with hamza below
    case 0x0622:  // alef with madda
    case 0x0671:  // alef wasla
      return 0x0627;  // alef
    case 0x0649:      // alef maqsura
      return 0x064A;  // yeh
    case 0x0629:      // taa marbuta
      return 0x0647;  // heh
    case 0x0624:      // waw with hamza
      return 0x0648;  // waw
    case 0x0626:      // yeh with hamza
      return 0x064A;  // yeh
    default:
      return c;
  }
}

// kg_score._PUNCT: ASCII " ' ( ) [ ] { } < > . , : ; ! ? - _ / \ | * + = ~ ` and
// U+201C U+201D U+2018 U+2019 (curly quotes), U+00AB U+00BB (guillemets), U+061F U+060C U+061B
// (Arabic question mark, comma, semicolon).
bool is_punct(UChar32 c) {
  if (c < 0x80) {
    static constexpr std::string_view kAscii = "\"'()[]{}<>.,:;!?-_/\\|*+=~`";
    return kAscii.find(static_cast<char>(c)) != std::string_view::npos;
  }
  switch (c) {
    case 0x201C: case 0x201D: case 0x2018: case 0x2019:
    case 0x00AB: case 0x00BB:
    case 0x061F: case 0x060C: case 0x061B:
      return true;
    default:
      return false;
  }
}

// Python's str.isspace() set, which str.split() splits on. It is ICU's White_Space plus U+001C..U+001F
// (Python counts the information separators as space), so the list is spelled out rather than taken
// from u_isUWhiteSpace.
bool is_python_space(UChar32 c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// kg_score._PROCLITICS, in its order (order does not change the result: every match adds a key).
// wal, bal, fal, kal, lil, al, wa, bi, li, fa.
const std::array<std::u32string_view, 10> kProclitics = {
    U"\u0648\u0627\u0644", U"\u0628\u0627\u0644", U"\u0641\u0627\u0644", U"\u0643\u0627\u0644",
    U"\u0644\u0644",       U"\u0627\u0644",       U"\u0648",             U"\u0628",
    U"\u0644",             U"\u0641"};

}  // namespace

std::u32string score_norm(std::u32string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString src =
      icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(name.data()), static_cast<int32_t>(name.size()));
  icu::UnicodeString nf = nfkc().normalize(src, status);
  if (U_FAILURE(status)) throw Error(ErrorCode::kInternal, "ICU NFKC normalization failed");

  // Pass 1: diacritics and letter forms.
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < nf.length();) {
    UChar32 c = nf.char32At(i);
    i += U16_LENGTH(c);
    if (!is_dropped(c)) mapped.append(map_letter(c));
  }
  // Pass 2: full lower case (the root locale: no Turkish or Lithuanian tailoring, like Python).
  mapped.toLower(icu::Locale::getRoot());

  // Pass 3: separators, one space between words.
  std::u32string out;
  bool gap = false;
  for (int32_t i = 0; i < mapped.length();) {
    UChar32 c = mapped.char32At(i);
    i += U16_LENGTH(c);
    if (is_punct(c) || is_python_space(c)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += U' ';
    gap = false;
    out += static_cast<char32_t>(c);
  }
  return out;
}

std::string score_norm_utf8(std::string_view name) {
  return encode_utf8(score_norm(decode_utf8(name, "<name>")));
}

std::set<std::u32string> score_keys(std::string_view name_utf8) {
  std::set<std::u32string> out;
  const std::u32string k = score_norm(decode_utf8(name_utf8, "<name>"));
  if (k.empty()) return out;
  out.insert(k);
  // A folded key has single spaces and none at the ends, so the first word ends at the first space and
  // Python's final strip() has nothing left to remove.
  const std::size_t space = k.find(U' ');
  const std::u32string_view first = std::u32string_view(k).substr(0, space);
  const std::u32string_view rest = space == std::u32string::npos ? std::u32string_view() : std::u32string_view(k).substr(space);
  for (std::u32string_view p : kProclitics) {
    if (first.size() >= p.size() + 2 && first.substr(0, p.size()) == p) {
      std::u32string variant(first.substr(p.size()));
      variant += rest;
      out.insert(std::move(variant));
    }
  }
  return out;
}

}  // namespace kgraph::eval
