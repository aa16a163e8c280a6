// lexicon.h - the entities kgraph knows by name, compiled into a token trie.
//
// The lexicon is data (JSON, schemas/lexicon.schema.json): canonical id, type, labels, aliases in both
// scripts, part_of. The default lexicon is compiled into the binary; --lexicon files add entries or
// replace entries with the same id. Every alias is folded and tokenized exactly like article text
// (normalize.h, segment.h) and inserted into a trie keyed by token, so matching is a walk from each token
// with the longest alias winning. The first token of a match may carry proclitics (وأمازون، لشركة);
// later tokens must match whole. A compiled Lexicon is immutable and safe to share between threads.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kgraph/model.h"
#include "kgraph/segment.h"

namespace kgraph {

struct LexEntity {
  std::string id;
  EntityType type = EntityType::kOrg;
  std::string label_en;
  std::string label_ar;
  std::string part_of;
  std::string made_by;  ///< for a product: the organisation that makes it
  /// For a product written like a company (غروك: xAI's Grok, and how the press writes Groq too): the
  /// company a mention stands for where the words around it call it a company (شركة جروك، جروك الأمريكية).
  std::string homonym;
  bool sells_chips = false;  ///< sells chips to other companies (a deal with it is a purchase)
  bool sells_cloud = false;  ///< sells cloud or compute capacity
  std::string country;       ///< ISO 3166 code of an organisation's home ("JP"): "المجموعة اليابانية"
  std::vector<std::string> aliases;
  std::vector<std::string> epithets;
};

struct LexMatch {
  std::size_t entity = 0;     ///< index into Lexicon::entities()
  std::size_t tokens = 0;     ///< how many tokens the alias covers
  std::u32string prefix;      ///< proclitics stripped from the first token
  bool epithet = false;       ///< a descriptive phrase ("عملاق الرقائق"), not a name
};

/// Folded keys of the word lists (org designators, given names, stop words, ignored Latin words).
struct WordSet {
  std::unordered_set<std::u32string> words;
  bool contains(const std::u32string& w) const { return words.count(w) != 0; }
  /// True when any reading of `t` (clitics stripped) is in the set.
  bool contains_token(const Token& t) const;
  /// The same, a reading with the article ال counting as the bare word ("الشركة" for "شركة").
  bool contains_token_or_definite(const Token& t) const;
};

class Lexicon {
 public:
  /// Compiles the given JSON documents in order (later entries with the same id replace earlier ones).
  /// Each is validated against the lexicon schema. Throws Error naming the file, line and column.
  static std::shared_ptr<const Lexicon> compile(const std::vector<std::pair<std::string, std::string>>& sources);
  /// The embedded default lexicon plus `extra_files` (paths), in that order.
  static std::shared_ptr<const Lexicon> load(const std::vector<std::string>& extra_files = {});

  const std::vector<LexEntity>& entities() const { return entities_; }
  const LexEntity* find(const std::string& id) const;

  /// Longest alias starting at tokens[i] (within [i, end)), or nullopt.
  std::optional<LexMatch> match(const std::vector<Token>& tokens, std::size_t i, std::size_t end) const;

  /// An entity whose alias has this sound key (phonetic.h), and that alias; nullopt when none or when two
  /// entities share the key (an ambiguous key resolves nothing).
  struct KeyHit {
    std::size_t entity;
    std::string alias;
    std::size_t words = 1;      ///< words in the alias
    bool latin = false;         ///< the key comes from a Latin alias (a match would cross scripts)
  };
  std::optional<KeyHit> by_sound(const std::string& key) const;
  /// The same for a Latin name written with other spacing or case ("Open AI", "NVidia").
  std::optional<KeyHit> by_compact_latin(const std::string& compact) const;
  /// The entity whose names of several words are the only ones to start with this folded word, when the
  /// word alone is no alias ("مبادلة" opens "مبادلة للاستثمار" and "مبادلة كابيتال" only); nullopt when
  /// none or several entities have names starting with it. Used where quotes mark a name: «مبادلة».
  std::optional<std::size_t> by_head_word(const std::u32string& word) const;
  /// The ids of the entities whose part_of is `id` (its units: AWS of Amazon), empty when none.
  const std::vector<std::string>& units_of(const std::string& id) const;

  const WordSet& ignored() const { return ignore_; }
  const WordSet& designators() const { return designators_; }
  const WordSet& given_names() const { return given_names_; }
  const WordSet& stopwords() const { return stopwords_; }
  const WordSet& letter_names() const { return letter_names_; }
  /// Transliterated English endings of company names (كابيتال, بارتنرز, سيستمز): "أندرا كابيتال" is a company.
  const WordSet& org_suffixes() const { return org_suffixes_; }
  /// The endings that only complete a known company's legal name (مانجمنت، جروب، هولدينغز، كوربوريشن):
  /// "فيديليتي مانجمنت آند ريسيرش" is Fidelity. Not كابيتال or فنتشرز, which name an arm of their own.
  const WordSet& legal_suffixes() const { return legal_suffixes_; }
  /// Words that, after a known company's name, name an arm of its own ("AMD Ventures"، "إنتل كابيتال").
  const WordSet& arm_suffixes() const { return arm_suffixes_; }

  std::size_t alias_count() const { return alias_count_; }

 private:
  struct Node {
    std::unordered_map<std::u32string, std::size_t> next;
    std::optional<std::size_t> entity;
    bool caps_only = false;  ///< short all-capital Latin alias (AMD): match only when written in capitals
    bool epithet = false;    ///< the phrase is an epithet of the entity
  };
  void insert_alias(std::size_t entity, const std::string& alias, const std::string& origin, std::string_view text,
                    bool epithet = false);

  std::vector<LexEntity> entities_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::vector<Node> trie_;
  std::unordered_map<std::string, std::optional<KeyHit>> sound_, compact_;  ///< nullopt = ambiguous
  std::unordered_map<std::u32string, std::size_t> head_words_;
  std::unordered_map<std::string, std::vector<std::string>> units_;
  WordSet ignore_, designators_, given_names_, stopwords_, letter_names_, org_suffixes_, legal_suffixes_, arm_suffixes_;
  std::size_t alias_count_ = 0;
};

}  // namespace kgraph
