// relations.h - applying the relation rules to the mentions of one article.
//
// For each sentence: find trigger phrases; for each rule of a trigger, find its target and its source
// among the sentence's mentions (slots tried in order: side, distance in words, preposition), expand
// coordinated mentions ("أمازون ومايكروسوفت" -> two sources; "مثل جوجل وأنثروبيك" -> two targets),
// resolve anaphors ("في الشركة") to the latest organisation that is not already an argument, attach the
// nearest money amount, and take the status from the sentence's cue words. Within a rule group only the
// highest-priority relation per entity pair survives (a CEO is not also reported as "works for").
// The lexicon's knowledge of who makes a product (made_by) both adds "develops" when maker and product
// are named in one sentence, and vetoes a "develops" rule match that names another maker.
#pragma once

#include <string>
#include <vector>

#include "kgraph/amounts.h"
#include "kgraph/dates.h"
#include "kgraph/lexicon.h"
#include "kgraph/mentions.h"
#include "kgraph/model.h"
#include "kgraph/rules.h"
#include "kgraph/segment.h"

namespace kgraph {

struct RelationInput {
  const Article& article;
  std::u32string_view text;  ///< the article text, decoded
  const Segmented& seg;
  const MentionResult& mentions;
  const RuleSet& rules;
  const Lexicon& lexicon;
  /// The dates of each sentence (index as in seg.sentences; empty where none was looked for): a time
  /// adverbial ("العام الماضي"، "عام 2020") between a trigger and its argument is no distance between them.
  /// Null: none is silenced.
  const std::vector<std::vector<DateRef>>* dates = nullptr;
};

/// Why a trigger gave no relation, or why a relation was dropped (for `kgraph explain`).
struct Rejection {
  std::size_t sentence = 0;  ///< index into Segmented::sentences
  std::string rule_id;       ///< "" when no single rule is concerned
  Span trigger;              ///< where the trigger is (empty when not about a trigger)
  std::string reason;
};

/// The relations of one article. With `rejected`, also records what was considered and turned down.
std::vector<RelationRecord> find_relations(const RelationInput& in, std::vector<Rejection>* rejected = nullptr);

}  // namespace kgraph
