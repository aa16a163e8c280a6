// extract.h - one article in, its entities and relations out.
//
// Extraction is a pure function of the article and an immutable compiled lexicon and rule set, so any
// number of threads can share one Extractor and call extract() on different articles; the results are
// merged into a graph afterwards (graph.h). The stages, each in its own file:
//   normalize -> segment -> mentions (lexicon + names by context) -> amounts -> relations -> dates.
// The article date comes from the JSON Lines `date` or a date line at the top of the text; each relation
// gets it, and the date its own sentence gives for the event (nearest to the trigger), resolved against it.
#pragma once

#include <memory>

#include "kgraph/dates.h"
#include "kgraph/lexicon.h"
#include "kgraph/model.h"
#include "kgraph/rules.h"

namespace kgraph {

/// What extraction saw in one article, for `kgraph explain`: the sentences, every mention and how it
/// was resolved, and what was turned down.
struct Trace {
  struct Found {
    std::size_t sentence = 0;
    Span span;
    std::string entity;   ///< "" for an unresolved anaphor
    EntityType type = EntityType::kOrg;
    std::string method;   ///< lexicon, epithet, spelling, phonetic, designator, title, anaphor...
    std::string alias;    ///< for spelling and sound matches: the lexicon alias matched
    double confidence = 1.0;
  };
  struct Rejected {
    std::size_t sentence = 0;
    std::string rule_id;
    Span trigger;
    std::string reason;
  };
  std::vector<Span> sentences;
  std::vector<Found> mentions;
  std::vector<Rejected> rejected;
};

class Extractor {
 public:
  /// `dates` defaults to the embedded date words.
  Extractor(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const RuleSet> rules,
            std::shared_ptr<const DateLexicon> dates = nullptr);

  /// Throws Error(kBadInput) if the article's text is not valid UTF-8 (naming its origin).
  ArticleResult extract(const Article& article, Trace* trace = nullptr) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  const RuleSet& rules() const { return *rules_; }

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const RuleSet> rules_;
  std::shared_ptr<const DateLexicon> dates_;
};

}  // namespace kgraph
