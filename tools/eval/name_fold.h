// name_fold.h - the scorer's comparison keys for entity names (kg_score.py's norm() and keys()).
//
// This is deliberately NOT kgraph::fold (normalize.h). The scorer must judge the extractor with the
// team's rules, not with the extractor's own idea of when two spellings are the same name: if both used
// one fold, a bug in it would make wrong names look right. The rules are kg_score.py's, step for step.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace kgraph::eval {

/// kg_score.norm: NFKC; Arabic harakat, Quranic marks, superscript alef and tatweel dropped; the alef
/// forms to bare alef; alef maqsura and yeh with hamza to yeh, taa marbuta to haa, waw with hamza to waw;
/// full Unicode lower case; kg_score's punctuation set to spaces; runs of whitespace (Python's
/// str.split() set) to one space, none at the ends. Throws kgraph::Error on invalid UTF-8.
std::u32string score_norm(std::u32string_view name);
std::string score_norm_utf8(std::string_view name);

/// kg_score.keys: the norm of a name plus, for each proclitic that starts its first word and leaves at
/// least two letters of it, the norm with that proclitic removed. Empty for a name that folds to "".
std::set<std::u32string> score_keys(std::string_view name_utf8);

}  // namespace kgraph::eval
