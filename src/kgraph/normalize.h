// normalize.h - the matching form of a text, with a map back to the text as written.
//
// Matching must not care how a name was spelled at the keyboard: with or without harakat, with أ or ا,
// ى or ي, ة or ه, tatweel stretching a letter, Arabic-Indic or ASCII digits, "NVIDIA" or "Nvidia". So every
// text (article, lexicon alias, rule trigger) is folded the same way, and the folded form is what the
// later stages compare. Reports, though, must quote the article as written, so the folded text comes with
// `to_orig`: for each folded code point, the index of the original code point it came from (as in
// sentencepiece's normalizer). NFKC is applied per normalization segment (ICU's boundaries), so a folded
// character always maps into the segment of the original that produced it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

struct NormalizedText {
  std::u32string folded;
  /// to_orig[i] = index in the original of the code point that produced folded[i];
  /// to_orig[folded.size()] = the original's length, so spans [b, e) map to [to_orig[b], to_orig[e]).
  std::vector<std::size_t> to_orig;

  std::size_t orig_begin(std::size_t i) const { return to_orig[i]; }
  /// Original end of a folded half-open range ending at `e`: the end of the last code point's segment.
  std::size_t orig_end(std::size_t e) const;
  std::vector<std::size_t> seg_end;  ///< seg_end[i]: end in the original of the segment of folded[i]
};

/// NFKC, then: drops harakat, Quranic marks, superscript alef, tatweel and invisible format characters;
/// folds أ إ آ ٱ to ا, ى and Persian ی to ي, Persian ک to ك, ة to ه, ؤ to و, ئ to ي; Arabic-Indic and
/// Persian digits to ASCII, the Arabic decimal/thousands separators to '.'/','; Latin to case-folded.
NormalizedText normalize(std::u32string_view original);

/// The folded form alone (for lexicon aliases, rule triggers).
std::u32string fold(std::u32string_view text);
std::u32string fold_utf8(std::string_view utf8);

/// Arabic letter (U+0621..U+064A and the extended letters), after folding.
bool is_arabic_letter(char32_t c);
bool is_latin_letter(char32_t c);

/// A folded word that starts with the article ال (and has more after it): "الشركة", not "ال".
inline bool starts_with_al(const std::u32string& w) { return w.size() > 2 && w[0] == U'\x0627' && w[1] == U'\x0644'; }

// A word as written ending in the attached pronoun ها or ه ("اشترتها"، "رئيسها"). Read the written form:
// folding turns the feminine ending ة into ه, and "الصفقة" has no pronoun.
inline bool ends_in_pronoun(std::u32string_view w) {
  return w.size() > 3 && (w.substr(w.size() - 2) == U"\x0647\x0627" || w.back() == 0x0647);
}

}  // namespace kgraph
