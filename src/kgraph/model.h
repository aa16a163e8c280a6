// model.h - the values that flow between pipeline stages.
//
// An Article goes in; extract() (extract.h) turns it into an ArticleResult: the entities it names and the
// relations between them, each relation with its Evidence. Results are plain values so that many articles
// can be extracted on many threads and merged into one graph afterwards (graph.h).
//
// Offsets: every Span counts Unicode code points in Article::text exactly as the user gave it (the title
// line included), so `text[begin:end]` in Python gives back the quoted words.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

enum class EntityType { kOrg, kPerson, kProduct, kMedia, kPlace };

std::string_view to_string(EntityType t);
/// Parses "ORG", "PERSON", ...; returns nullopt for anything else.
std::optional<EntityType> entity_type_from_string(std::string_view s);

/// One article as read from the input.
struct Article {
  std::string id;      ///< document id: file name stem or the JSON Lines `id`
  std::string title;   ///< first line of a text file, or the JSON Lines `title`
  std::string text;    ///< the full text that offsets point into (title line first for text files)
  std::string date;    ///< optional, as given (JSON Lines `date`)
  std::string url;     ///< optional
  std::string source;  ///< optional: the outlet
  std::string origin;  ///< where it came from: "path" or "path:line" (for messages)
};

/// A half-open range [begin, end) of code points in Article::text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const Span&) const = default;
};

/// Why a relation was reported: the sentence, the rule, and what the rule read off the sentence.
struct Evidence {
  std::string doc_id;
  std::string sentence;        ///< the sentence as written
  Span sentence_span;          ///< where the sentence is in the article
  Span source_span;            ///< the mention of the source entity
  Span target_span;            ///< the mention of the target entity
  Span trigger_span;           ///< the trigger word(s)
  std::string rule_id;
  std::optional<double> amount_usd;
  std::string amount_text;     ///< the money expression as written, if any
  std::string amount_qualifier;  ///< "", "up_to", "more_than", "about", "less_than"
  std::string status;          ///< announced, planned, in_talks, completed, stalled, denied, hypothetical
  std::string status_cue;      ///< the word that set the status ("" = the default)
  std::string date;            ///< the article date, if known (ISO)
  std::string event_date;      ///< a date the sentence gives for the event (ISO, possibly "YYYY-MM" or "YYYY")
  std::string event_date_text; ///< that date as written ("في سبتمبر الماضي"); kept even when unresolved
  std::string reported_by;     ///< entity id of the outlet the sentence attributes it to ("وفقا لرويترز")
  double confidence = 1.0;
};

/// An entity named in one article.
struct EntityRecord {
  std::string id;
  EntityType type = EntityType::kOrg;
  std::string label_en;
  std::string label_ar;
  std::string part_of;             ///< parent organisation id, or ""
  std::set<std::string> aliases;   ///< every surface form seen, as written
  std::size_t mentions = 0;
  double confidence = 1.0;         ///< 1.0 for lexicon entities, lower for names found by context
  std::string method;              ///< "lexicon", "latin-name", "designator", "title", ...
};

/// A relation found in one sentence of one article.
struct RelationRecord {
  std::string source;    ///< entity id
  std::string relation;  ///< invests_in, buys_chips_from, ...
  std::string target;    ///< entity id
  Evidence evidence;
};

/// Everything extracted from one article.
struct ArticleResult {
  std::string doc_id;
  std::string date;
  std::string title;   ///< the article's title, url and outlet, as given (Article), for the graph's document table
  std::string url;
  std::string source;
  std::vector<EntityRecord> entities;
  std::vector<RelationRecord> relations;
};

}  // namespace kgraph
