// test_support.h - a small lexicon used by the stage tests, so their expectations do not move when the
// default lexicon grows; and an entity as the lexicon would name it, for the writer tests.
#pragma once

#include <memory>
#include <string>

#include "kgraph/lexicon.h"
#include "kgraph/model.h"
#include "kgraph/rules.h"

namespace kgraph::test {

inline const char* kSmallLexicon = R"({
  "version": 1,
  "entities": [
    {"id": "nvidia", "type": "ORG", "label_en": "Nvidia", "label_ar": "إنفيديا", "aliases": ["Nvidia", "إنفيديا", "نفيديا", "نيفيديا"], "epithets": ["عملاق الرقائق"], "sells": ["chips"]},
    {"id": "openai", "type": "ORG", "label_en": "OpenAI", "label_ar": "أوبن إيه آي", "aliases": ["OpenAI", "أوبن إيه آي", "أوبن أي"]},
    {"id": "amazon", "type": "ORG", "label_en": "Amazon", "aliases": ["Amazon", "أمازون"], "country": "US"},
    {"id": "aws", "type": "ORG", "label_en": "AWS", "part_of": "amazon", "aliases": ["AWS", "خدمات أمازون ويب", "أمازون ويب سيرفيسز"], "sells": ["cloud"]},
    {"id": "anthropic", "type": "ORG", "label_en": "Anthropic", "aliases": ["Anthropic", "أنثروبيك", "أنتروبيك"]},
    {"id": "microsoft", "type": "ORG", "label_en": "Microsoft", "aliases": ["Microsoft", "مايكروسوفت"]},
    {"id": "google", "type": "ORG", "label_en": "Google", "aliases": ["Google", "جوجل", "غوغل"]},
    {"id": "amd", "type": "ORG", "label_en": "AMD", "aliases": ["AMD", "إيه إم دي"]},
    {"id": "jensen_huang", "type": "PERSON", "label_en": "Jensen Huang", "aliases": ["جنسن هوانغ", "جينسن هوانغ", "هوانغ"]},
    {"id": "sam_altman", "type": "PERSON", "label_en": "Sam Altman", "aliases": ["سام ألتمان", "ألتمان"]},
    {"id": "chatgpt", "type": "PRODUCT", "label_en": "ChatGPT", "aliases": ["ChatGPT", "تشات جي بي تي"], "made_by": "openai"},
    {"id": "wsj", "type": "MEDIA", "label_en": "The Wall Street Journal", "aliases": ["وول ستريت جورنال"]},
    {"id": "bain", "type": "ORG", "label_en": "Bain & Company", "aliases": ["Bain & Company", "Bain", "باين"]}
  ],
  "ignore": ["AI", "GPU", "GPUs", "CEO"],
  "org_designators": ["شركة", "مجموعة", "صحيفة"],
  "given_names": ["بيتر", "روبي", "جورج", "لينا", "منصور"],
  "letter_names": ["آي", "إيه", "دي", "إم", "بي", "تي", "جي", "إكس"],
  "name_stopwords": ["كتب", "قال", "أكد", "أخرى", "إدارة", "الثروات", "ناشئة", "في", "من", "تطوير", "إلى"],
  "org_suffixes": ["كابيتال", "بارتنرز", "مانجمنت", "ريسيرش", "للأبحاث", "للأوراق"],
  "legal_suffixes": ["مانجمنت", "ريسيرش", "جروب"],
  "arm_suffixes": ["Ventures", "كابيتال"]
})";

inline std::shared_ptr<const Lexicon> small_lexicon() {
  return Lexicon::compile({{"small.json", kSmallLexicon}});
}

/// An entity found through the lexicon: its English and Arabic names (an empty English name is left out of
/// the aliases), `mentions` mentions.
inline EntityRecord lexicon_entity(const std::string& id, EntityType type, const std::string& en,
                                   const std::string& ar, std::size_t mentions) {
  EntityRecord e;
  e.id = id;
  e.type = type;
  e.label_en = en;
  e.label_ar = ar;
  if (!en.empty()) e.aliases.insert(en);
  e.aliases.insert(ar);
  e.mentions = mentions;
  e.method = "lexicon";
  return e;
}

}  // namespace kgraph::test
