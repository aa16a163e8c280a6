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
};

std::vector<RelationRecord> find_relations(const RelationInput& in);

}  // namespace kgraph
