// mentions.h - finding the entities an article names.
//
// Three sources, in order of trust:
//   1. the lexicon (longest alias wins, proclitics allowed on the first word), then names the lexicon
//      knows under another spelling: Latin spacing/case ("Open AI") and sound keys (phonetic.h) long
//      enough to trust ("أنتروبيك" for أنثروبيك, "سيريبراس" for Cerebras);
//   2. names the text itself marks as names although no lexicon lists them: a run of capitalised Latin
//      words inside Arabic text ("OnePoint BFG Wealth Partners"), a name after an organisation noun
//      ("شركة سيريبراس", "شركة “X”"), a person before or after a title ("بيتر بوكفار، كبير مسؤولي
//      الاستثمار") or starting with a known first name; later bare family names refer back to them;
//   3. anaphors ("الشركة") that the relation stage may resolve to an organisation named earlier.
// Names from (2) get an id derived from the name (ICU transliteration for Arabic) and a lower confidence.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kgraph/lexicon.h"
#include "kgraph/model.h"
#include "kgraph/normalize.h"
#include "kgraph/rules.h"
#include "kgraph/segment.h"

namespace kgraph {

struct Mention {
  std::size_t first = 0, last = 0;  ///< tokens [first, last)
  std::size_t sentence = 0;
  std::string entity;               ///< entity id; "" for an unresolved anaphor
  EntityType type = EntityType::kOrg;
  std::u32string prefix;            ///< proclitics on the first token (و، ل، بال...)
  Span span;                        ///< in the original text, proclitics excluded
  bool anaphor = false;
  bool pair = false;                ///< an anaphor naming two organisations ("الشركتين", "الطرفين")
  bool former = false;              ///< an anaphor naming the former of the last two ("الأولى")
  std::u32string implied_marker;    ///< the preposition of a pronoun anaphor ("فيها" = في + it)
  double confidence = 1.0;
  std::string method;               ///< lexicon, epithet, spelling, phonetic, latin-name, designator, title...
  std::string alias;                ///< the lexicon alias a spelling or sound match stands for; for a
                                    ///< variant the base product's id, for an arm its parent's
};

struct MentionResult {
  std::vector<Mention> mentions;          ///< in text order, non-overlapping
  std::vector<EntityRecord> entities;     ///< one per entity id mentioned, in order of first mention
};

MentionResult find_mentions(std::u32string_view text, const NormalizedText& norm, const Segmented& seg,
                            const Lexicon& lexicon, const RuleSet& rules);

/// A stable id for a name not in the lexicon: ASCII transliteration, lower case, '_' between words.
std::string slug_id(std::u32string_view name);

}  // namespace kgraph
