// phonetic.h - sound keys that let a name spelled another way still find its lexicon entry.
//
// Arabic press spells foreign names by ear: أنثروبيك / أنتروبيك, سيريبراس, برودكوم / بروادكوم, and the
// lexicon cannot list every variant. A key keeps the consonant skeleton of a name and merges the letters
// that transliteration confuses (غ ج ق ك; ت ط ث; س ص; ذ ز ظ; د ض; ح ه خ), dropping the long vowels and
// hamza seats that come and go. Latin names get a key in the same alphabet (c before e/i is s, ph is f,
// th is t...), so an Arabic spelling can meet an entity the lexicon only knows in Latin ("Cerebras"). Keys
// are compared exactly; the callers decide how long a key must be to be trusted (short skeletons are
// ordinary Arabic words: Arabic roots have three consonants).
#pragma once

#include <string>
#include <string_view>

namespace kgraph {

/// Key of a folded Arabic word or phrase (spaces ignored). Uppercase ASCII letters, one per consonant.
std::string arabic_key(std::u32string_view folded);

/// Key of a Latin name (any case; non-letters ignored), in the same alphabet as arabic_key.
std::string latin_key(std::u32string_view text);

/// Lower-case letters and digits of a Latin name ("Open AI" -> "openai"), for spacing/case variants.
std::string latin_compact(std::u32string_view text);

}  // namespace kgraph
