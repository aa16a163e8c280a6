// extract.cpp - the per-article pipeline (see extract.h).
#include "kgraph/extract.h"

#include <map>

#include "kgraph/mentions.h"
#include "kgraph/normalize.h"
#include "kgraph/relations.h"
#include "kgraph/segment.h"
#include "kgraph/utf8.h"

namespace kgraph {

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const RuleSet> rules)
    : lexicon_(std::move(lexicon)), rules_(std::move(rules)) {}

ArticleResult Extractor::extract(const Article& article) const {
  std::u32string text = decode_utf8(article.text, article.origin.empty() ? article.id : article.origin);
  NormalizedText norm = normalize(text);
  Segmented seg = segment(text, norm);
  MentionResult mentions = find_mentions(text, norm, seg, *lexicon_, *rules_);
  RelationInput in{article, text, seg, mentions, *rules_, *lexicon_};
  ArticleResult out;
  out.doc_id = article.id;
  out.date = article.date;
  out.relations = find_relations(in);
  out.entities = std::move(mentions.entities);
  // A relation may name an entity only through an anaphor or the article's topic; every entity a
  // relation names is in the entity list already (anaphors resolve to mentioned entities), so nothing
  // needs adding here. Units of a parent (aws -> amazon) keep their own node; cycles fold them.
  return out;
}

}  // namespace kgraph
