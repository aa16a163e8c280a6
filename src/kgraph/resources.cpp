// resources.cpp - accessors for the embedded files (see resources.h).
#include "kgraph/resources.h"

namespace kgraph {

std::string_view default_lexicon_json() { return {embedded::kDefaultLexicon, embedded::kDefaultLexiconSize}; }
std::string_view default_rules_json() { return {embedded::kDefaultRules, embedded::kDefaultRulesSize}; }
std::string_view lexicon_schema_json() { return {embedded::kLexiconSchema, embedded::kLexiconSchemaSize}; }
std::string_view rules_schema_json() { return {embedded::kRulesSchema, embedded::kRulesSchemaSize}; }
std::string_view default_dates_json() { return {embedded::kDefaultDates, embedded::kDefaultDatesSize}; }
std::string_view dates_schema_json() { return {embedded::kDatesSchema, embedded::kDatesSchemaSize}; }

std::vector<ExampleArticle> example_articles() {
  std::vector<ExampleArticle> out;
  for (std::size_t i = 0; i < embedded::kExampleCount; ++i) {
    out.push_back({embedded::kExamples[i].name, {embedded::kExamples[i].data, embedded::kExamples[i].size}});
  }
  return out;
}

}  // namespace kgraph
