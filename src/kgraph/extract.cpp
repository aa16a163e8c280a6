// extract.cpp - the per-article pipeline (see extract.h).
#include "kgraph/extract.h"

#include <cstdint>
#include <map>

#include "kgraph/error.h"
#include "kgraph/mentions.h"
#include "kgraph/normalize.h"
#include "kgraph/relations.h"
#include "kgraph/segment.h"
#include "kgraph/utf8.h"

namespace kgraph {

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const RuleSet> rules,
                     std::shared_ptr<const DateLexicon> dates)
    : lexicon_(std::move(lexicon)), rules_(std::move(rules)), dates_(dates ? std::move(dates) : DateLexicon::load()) {}

ArticleResult Extractor::extract(const Article& article, Trace* trace) const {
  std::u32string text = decode_utf8(article.text, article.origin.empty() ? article.id : article.origin);
  NormalizedText norm = normalize(text);
  Segmented seg = segment(text, norm);
  MentionResult mentions = find_mentions(text, norm, seg, *lexicon_, *rules_);

  // Dates: the article's (ISO when it can be read; as given otherwise, never dropped), then those of every
  // sentence where a relation can be (one with a mention), found once: the relation stage passes over them
  // (a date is no distance between a verb and its object), and each relation takes its sentence's date
  // nearest to the trigger.
  std::optional<std::string> article_date;
  if (!article.date.empty()) article_date = parse_article_date(article.date, *dates_);
  if (!article_date) article_date = find_date_line(seg, text, *dates_);
  std::vector<std::vector<DateRef>> sentence_dates(seg.sentences.size());
  std::vector<bool> dated(seg.sentences.size(), false);  // sentence_dates[i] was looked for
  auto date_sentence = [&](std::size_t i) {
    if (dated[i]) return;
    sentence_dates[i] = find_dates(seg, seg.sentences[i].first, seg.sentences[i].last, *dates_, article_date, text);
    dated[i] = true;
  };
  for (const Mention& m : mentions.mentions) date_sentence(m.sentence);

  RelationInput in{article, text, seg, mentions, *rules_, *lexicon_, &sentence_dates};
  ArticleResult out;
  out.doc_id = article.id;
  out.title = article.title;
  out.url = article.url;
  out.source = article.source;
  std::vector<Rejection> rejected;
  out.relations = find_relations(in, trace ? &rejected : nullptr);

  out.date = article_date.value_or(article.date);
  std::map<std::size_t, std::size_t> sentence_at;  // sentence begin -> index
  for (std::size_t i = 0; i < seg.sentences.size(); ++i) sentence_at.emplace(seg.sentences[i].begin, i);
  for (RelationRecord& r : out.relations) {
    Evidence& ev = r.evidence;
    ev.date = out.date;
    auto it = sentence_at.find(ev.sentence_span.begin);
    if (it == sentence_at.end()) continue;
    date_sentence(it->second);  // a relation told by fallbacks alone may stand in a sentence with no mention
    const DateRef* best = nullptr;
    std::size_t best_gap = SIZE_MAX;
    for (const DateRef& d : sentence_dates[it->second]) {
      if (d.horizon) continue;  // "a contract until 2032" was not signed in 2032
      std::size_t gap = d.span.begin >= ev.trigger_span.end ? d.span.begin - ev.trigger_span.end
                        : ev.trigger_span.begin >= d.span.end ? ev.trigger_span.begin - d.span.end : 0;
      if (gap < best_gap) best_gap = gap, best = &d;
    }
    if (best) ev.event_date = best->iso, ev.event_date_text = best->text;
  }
  if (trace) {
    for (const Sentence& s : seg.sentences) trace->sentences.push_back(Span{s.begin, s.end});
    for (const Mention& m : mentions.mentions) {
      trace->mentions.push_back({m.sentence, m.span, m.entity, m.type, m.method, m.alias, m.confidence});
    }
    for (const Rejection& r : rejected) trace->rejected.push_back({r.sentence, r.rule_id, r.trigger, r.reason});
  }
  out.entities = std::move(mentions.entities);
  // A relation can name an entity that has no mention of its own: the maker of a product ("رقائق
  // Blackwell" -> nvidia). It joins the entity list from the lexicon, without aliases (it was not
  // written) and without mentions.
  for (const RelationRecord& r : out.relations) {
    for (const std::string* id : {&r.source, &r.target}) {
      bool listed = false;
      for (const EntityRecord& e : out.entities) listed |= e.id == *id;
      if (listed) continue;
      const LexEntity* le = lexicon_->find(*id);
      if (!le) throw Error(ErrorCode::kInternal, "relation names entity '" + *id + "' that is neither mentioned nor known");
      EntityRecord e;
      e.id = le->id, e.type = le->type, e.label_en = le->label_en, e.label_ar = le->label_ar, e.part_of = le->part_of;
      e.method = "lexicon";
      out.entities.push_back(e);
    }
  }
  return out;
}

}  // namespace kgraph
