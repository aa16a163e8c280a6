// extract.h - one article in, its entities and relations out.
//
// Extraction is a pure function of the article and an immutable compiled lexicon and rule set, so any
// number of threads can share one Extractor and call extract() on different articles; the results are
// merged into a graph afterwards (graph.h). The stages, each in its own file:
//   normalize -> segment -> mentions (lexicon + names by context) -> amounts -> relations.
#pragma once

#include <memory>

#include "kgraph/lexicon.h"
#include "kgraph/model.h"
#include "kgraph/rules.h"

namespace kgraph {

class Extractor {
 public:
  Extractor(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const RuleSet> rules);

  /// Throws Error(kBadInput) if the article's text is not valid UTF-8 (naming its origin).
  ArticleResult extract(const Article& article) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  const RuleSet& rules() const { return *rules_; }

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const RuleSet> rules_;
};

}  // namespace kgraph
