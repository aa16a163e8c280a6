// normalize.cpp - ICU NFKC plus the Arabic/Latin folding used for matching (see normalize.h).
#include "kgraph/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "kgraph/error.h"
#include "kgraph/utf8.h"

namespace kgraph {
namespace {

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw Error(ErrorCode::kInternal, "ICU NFKC normalizer unavailable");
  return *n;
}

// Returns the folded code point, or 0 to drop it.
char32_t fold_char(char32_t c) {
  // Harakat and other combining marks of Arabic script, superscript alef, Quranic annotation signs.
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A) ||
      (c >= 0x06D6 && c <= 0x06ED)) {
    return 0;
  }
  switch (c) {
    case 0x0640:  // tatweel
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:  // zero-width chars, LRM, RLM
    case 0x061C: case 0xFEFF: case 0x00AD:  // Arabic letter mark, BOM, soft hyphen
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:  // bidi embeddings
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:  // bidi isolates
      return 0;
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: case 0x0672: case 0x0673:
      return 0x0627;  // alef with hamza above/below, madda, wasla -> bare alef
    case 0x0649: case 0x06CC: case 0x064A:
      return 0x064A;  // alef maqsura, Farsi yeh -> yeh
    case 0x06A9: case 0x06AA:
      return 0x0643;  // keheh -> kaf
    case 0x0629:
      return 0x0647;  // taa marbuta -> haa
    case 0x0624:
      return 0x0648;  // waw with hamza -> waw
    case 0x0626:
      return 0x064A;  // yeh with hamza -> yeh
    case 0x066B:
      return '.';  // Arabic decimal separator
    case 0x066C:
      return ',';  // Arabic thousands separator
    default:
      break;
  }
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

}  // namespace

bool is_arabic_letter(char32_t c) {
  return (c >= 0x0621 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 ||
         (c >= 0x06FA && c <= 0x06FC) || (c >= 0x0750 && c <= 0x077F);
}

bool is_latin_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

std::size_t NormalizedText::orig_end(std::size_t e) const {
  if (e == 0) return 0;
  return seg_end[e - 1];
}

NormalizedText normalize(std::u32string_view original) {
  const icu::Normalizer2& n = nfkc();
  NormalizedText out;
  out.folded.reserve(original.size());
  out.to_orig.reserve(original.size() + 1);
  out.seg_end.reserve(original.size());
  // Most text is already in NFKC (ICU's quick check says so without normalizing): then every segment is
  // its own normal form and ICU is not called per segment, which was most of the cost of folding names.
  bool already_nfkc = false;
  {
    icu::UnicodeString whole =
        icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(original.data()), static_cast<int32_t>(original.size()));
    UErrorCode status = U_ZERO_ERROR;
    already_nfkc = n.quickCheck(whole, status) == UNORM_YES && U_SUCCESS(status);
  }
  std::size_t i = 0;
  while (i < original.size()) {
    // One normalization segment: a starter and everything up to the next boundary.
    std::size_t j = i + 1;
    while (j < original.size() && !n.hasBoundaryBefore(static_cast<UChar32>(original[j]))) ++j;
    std::u32string piece;
    if (already_nfkc || (j == i + 1 && original[i] < 0x80)) {
      piece.assign(original.substr(i, j - i));  // its own NFKC form: skip ICU on the common path
    } else {
      icu::UnicodeString src = icu::UnicodeString::fromUTF32(
          reinterpret_cast<const UChar32*>(original.data() + i), static_cast<int32_t>(j - i));
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString dst = n.normalize(src, status);
      if (U_FAILURE(status)) throw Error(ErrorCode::kInternal, "ICU normalization failed");
      piece.resize(static_cast<std::size_t>(dst.countChar32()));
      UErrorCode st2 = U_ZERO_ERROR;
      dst.toUTF32(reinterpret_cast<UChar32*>(piece.data()), static_cast<int32_t>(piece.size()), st2);
    }
    for (char32_t c : piece) {
      char32_t f = fold_char(c);
      if (f == 0) continue;
      out.folded.push_back(f);
      out.to_orig.push_back(i);
      out.seg_end.push_back(j);
    }
    i = j;
  }
  // "آي.بي.إم": a period between two Arabic letters spells an abbreviation out; read as a space, the
  // letters are the name's words (one code point for one, so the offset maps still hold).
  for (std::size_t k = 1; k + 1 < out.folded.size(); ++k) {
    if (out.folded[k] == U'.' && is_arabic_letter(out.folded[k - 1]) && is_arabic_letter(out.folded[k + 1])) out.folded[k] = U' ';
  }
  out.to_orig.push_back(original.size());
  return out;
}

std::u32string fold(std::u32string_view text) {
  // The common case without the offset maps normalize() keeps: ASCII, or text ICU's quick check finds in
  // NFKC already, is folded letter by letter (name lookups fold a million names this way).
  bool ascii = std::all_of(text.begin(), text.end(), [](char32_t c) { return c < 0x80; });
  bool normal = ascii;
  if (!normal) {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
    UErrorCode status = U_ZERO_ERROR;
    normal = nfkc().quickCheck(u, status) == UNORM_YES && U_SUCCESS(status);
  }
  if (!normal) return normalize(text).folded;
  std::u32string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    char32_t f = fold_char(c);
    if (f != 0) out.push_back(f);
  }
  return out;
}

std::u32string fold_utf8(std::string_view utf8) { return fold(decode_utf8(utf8, "<string>")); }

}  // namespace kgraph
