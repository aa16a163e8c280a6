// segment.h - sentences and words, with Arabic proclitics split off for matching.
//
// Arabic glues conjunctions, prepositions and the article to the next word: وأمازون، لشركة، بالاستثمار،
// للشركة. A name or a trigger word must match whatever is glued to it, and the glued preposition is
// itself evidence (ل "of/for", ب "with/by", في is separate). So each Arabic word carries its candidate
// readings (`variants`): the whole word, and the word with each possible proclitic chain removed
// ([و|ف]? [ب|ك|ل]? [ال]?, and لل = ل + ال). Which reading is right is decided by what matches (the
// lexicon, a trigger list); the chain removed is then available as the word's `prefix`. Clitics written
// apart from their word ("لـ OpenAI", tatweel removed by folding) or glued to a Latin word or a number
// ("وOpenAI", "بـ10") are attached to that word as `clitic`.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kgraph/normalize.h"

namespace kgraph {

enum class TokenKind { kArabic, kLatin, kNumber, kPunct };

struct Variant {
  std::u32string prefix;  ///< proclitics removed (folded), "" for the whole word
  std::u32string stem;    ///< what is left
};

struct Token {
  TokenKind kind = TokenKind::kPunct;
  std::u32string text;    ///< folded text of the word itself
  std::u32string clitic;  ///< proclitics written apart from or glued across scripts to this word ("ل", "و")
  std::vector<Variant> variants;  ///< readings; variants[0] is the whole word (prefix = "")
  std::size_t begin = 0, end = 0;  ///< span in the original text (code points)
  std::size_t fbegin = 0, fend = 0;  ///< span in the folded text (a separate clitic included)
  std::size_t word_fbegin = 0;       ///< where the word itself starts in the folded text
  bool all_caps = false;    ///< Latin word written entirely in capitals in the original
  bool capitalized = false; ///< Latin word whose first letter is a capital in the original
  bool is_word() const { return kind != TokenKind::kPunct; }
};

struct Sentence {
  std::size_t begin = 0, end = 0;  ///< span in the original text, trailing space trimmed
  std::size_t first = 0, last = 0;  ///< tokens [first, last)
};

struct Segmented {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

/// Quotation marks of either script (" “ ” « » ' ‘ ’).
bool is_quote(const Token& t);
/// The Latin or Arabic comma.
bool is_comma(const Token& t);
/// A token that carries the conjunction و: written apart (clitic) or as one reading of the word (variants).
bool waw_glued(const Token& t);

/// Splits `original` (with its normalization `norm`) into sentences and tokens. Sentence boundaries:
/// line breaks, ICU's sentence break iterator, and the semicolons ؛ ; .
Segmented segment(std::u32string_view original, const NormalizedText& norm);

/// Tokens of a short phrase (a lexicon alias, a trigger) without sentence splitting.
std::vector<Token> tokenize_phrase(std::u32string_view folded_or_original);

/// Readings of one folded Arabic word (see the design note above); variants[0] is the word itself.
std::vector<Variant> arabic_variants(const std::u32string& word);

}  // namespace kgraph
