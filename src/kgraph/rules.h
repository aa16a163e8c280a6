// rules.h - the relation rules and the word lists that go with them, compiled for matching.
//
// Rules are data (JSON, schemas/rules.schema.json). A rule names the relation it yields, its trigger
// phrases, and where its two arguments are found relative to the trigger: on which side, how far (in
// words), of which entity types, introduced by which preposition ("في" for the investee, "من" for the
// seller, "" for none). The same file holds the status cues, the money words and the prepositions. The
// default rules are compiled into the binary; --rules FILE adds rules (same id replaces).
//
// Phrases (triggers, cues, scale words) are token sequences matched on the readings of each word
// (clitics stripped, see segment.h); a token ending in '*' matches any word that starts with it
// (استثمار* covers استثمارات and استثماراتها).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kgraph/model.h"
#include "kgraph/segment.h"

namespace kgraph {

/// A set of phrases compiled for matching at a token position.
class PhraseSet {
 public:
  /// Adds a phrase (UTF-8, as written in the rules file); `value` is returned on match.
  void add(const std::string& phrase, std::size_t value);
  struct Hit {
    std::size_t value;
    std::size_t tokens;    ///< how many tokens matched
    std::u32string prefix; ///< proclitics of the first token
  };
  /// Longest phrase starting at tokens[i] within [i, end).
  std::optional<Hit> match(const std::vector<Token>& tokens, std::size_t i, std::size_t end) const;
  /// The first phrase that starts at most `reach` tokens before token k (not before token `first`) and ends
  /// right at k: a preposition before a name, "تحت اسم" before a project's, a passive before a verb.
  std::optional<Hit> match_ending_at(const std::vector<Token>& tokens, std::size_t first, std::size_t k,
                                     std::size_t reach) const;
  bool empty() const { return phrases_.empty(); }

 private:
  struct Word {
    std::u32string text;
    bool prefix_match;
  };
  struct Phrase {
    std::vector<Word> words;
    std::size_t value;
  };
  /// Length and first two letters of a word, hashed to a bit of a filter in front of the string maps
  /// (a set bit may be a collision; a clear one is a sure miss).
  static std::size_t quick_key(const std::u32string& w, std::size_t len) {
    std::size_t c0 = w.size() > 0 ? w[0] : 0, c1 = len > 1 && w.size() > 1 ? w[1] : 0;
    return (c0 * 31 + c1 * 131 + len * 7919) & 0xFFFF;
  }
  std::vector<Phrase> phrases_;
  std::vector<bool> exact_keys_ = std::vector<bool>(0x10000), prefix_keys_ = std::vector<bool>(0x10000);
  std::unordered_multimap<std::u32string, std::size_t> by_first_;  ///< exact first word -> phrase
  /// Phrases whose first word is a prefix pattern, by the pattern's first one or two letters: matching
  /// runs once per token and reading, so it must not scan every pattern.
  std::unordered_map<std::u32string, std::vector<std::size_t>> prefix_first_;
};

struct RelationType {
  std::string name;
  bool symmetric = false;
  bool money = false;  ///< money flows source -> target along it (circular financing)
  bool has_status = false;  ///< a deal whose state the text reports (announced, stalled...); roles have none
  /// A product in either argument stands for its maker: rivalry between products is rivalry between their
  /// makers. Otherwise only the target side of a money or symmetric relation reads a product so.
  bool makers_both_sides = false;
  std::vector<EntityType> source_types, target_types;
};

enum class Side { kBefore, kAfter };

struct Slot {
  Side side = Side::kAfter;
  std::size_t max_distance = 8;  ///< words between the trigger and the mention
  std::optional<std::vector<std::u32string>> markers;  ///< allowed prepositions; "" = none; unset = any
  /// Phrases that may not stand between the trigger and the mention (a relative pronoun starts a clause
  /// whose subject is not the argument: "معالجات التي تؤجرها كورويف").
  std::shared_ptr<PhraseSet> blockers;
};

struct ArgSpec {
  std::vector<EntityType> types;
  std::vector<Slot> slots;  ///< tried in order; the first slot that finds a mention wins
  /// With no mention found: "topic" = the article's most mentioned ORG; "fundraiser" = the organisation
  /// raising a funding round named in this sentence or the three before ("تسعى OpenAI لجمع ...").
  enum class Fallback { kNone, kTopic, kSubject, kFundraiser } fallback = Fallback::kNone;
};

struct Rule {
  std::string id;
  std::string relation;
  std::vector<std::string> triggers;
  ArgSpec source, target;
  bool takes_amount = false;
  bool source_first = false;  ///< resolve the source before the target (verb + subject + object)
  /// Which argument a pronoun attached to the trigger verb stands for ("وتزودها"): "source", "target" or "".
  std::string object_pronoun;
  double confidence = 0.8;    ///< how often the rule is right when it fires
  /// When set, one of these phrases must end within `context_window` words before the trigger
  /// ("رقائق ... التي تنتجها X": the clause is about chips only if chips were named just before).
  std::shared_ptr<PhraseSet> context_before;
  std::size_t context_window = 4;
  /// When set, none of these phrases may end right before the trigger: a passive auxiliary ("تم تزويده
  /// بمحركين") leaves the verb with no agent, so the rule's subject slot would take a wrong one.
  std::shared_ptr<PhraseSet> not_after;
  int priority = 0;
  std::string group;  ///< within a group, one relation per entity pair and sentence: highest priority wins
  /// A relation of this rule gives way when the same article relates the same two entities by another
  /// rule of its group: "الصفقة" names a deal the article has already said is an investment.
  bool yields = false;
  /// How many sentences after the fundraiser was named the "fundraiser" fallback may still reach it: 3
  /// by default, more for the words of the round itself when it is the story's company (a round told
  /// across paragraphs).
  std::size_t fundraiser_reach = 3;
  /// A symmetric relation whose only argument is a pair of conjuncts holds between them ("A وB توقعان
  /// اتفاقا"); false where the words do not say so ("A وB تعلنان عن محادثات" may be with a third party).
  bool list_pairs = true;
  /// The relation may hold between a unit and its parent: buying a company is how it became a unit
  /// ("أتمت بلاك روك الاستحواذ على GIP" although the lexicon files GIP under BlackRock). Other rules treat
  /// a unit and its parent as one organisation ("Amazon invests in AWS" is no deal).
  bool within_owner = false;
  /// The trigger glued to لـ right after an organisation's name says what that organisation does
  /// ("كورويف للحوسبة السحابية"، "سيريبراس للرقائق"): a description, no relation.
  bool not_after_name = false;
  /// A pronoun attached to the trigger is its argument even when a slot found a name: the trigger is a
  /// verbal noun whose pronoun is its agent ("بعد شرائها شركة X": she bought X, whoever was named before).
  bool pronoun_first = false;
};

struct StatusCue {
  std::string status;
};

class RuleSet {
 public:
  static std::shared_ptr<const RuleSet> compile(const std::vector<std::pair<std::string, std::string>>& sources);
  static std::shared_ptr<const RuleSet> load(const std::vector<std::string>& extra_files = {});

  const std::vector<Rule>& rules() const { return rules_; }
  const std::vector<RelationType>& relations() const { return relations_; }
  const RelationType* relation(const std::string& name) const;

  const PhraseSet& triggers() const { return triggers_; }  ///< value = index into a trigger table
  /// Rules whose trigger list holds trigger phrase `value`.
  const std::vector<std::size_t>& rules_for_trigger(std::size_t value) const { return trigger_rules_[value]; }

  const PhraseSet& status_cues() const { return status_cues_; }  ///< value = index into statuses()
  const std::vector<std::string>& statuses() const { return statuses_; }
  /// Per status cue (same index as statuses()): a cue before the trigger counts only within this many
  /// words of it; SIZE_MAX = anywhere before it.
  const std::vector<std::size_t>& status_windows() const { return status_windows_; }
  /// Phrases attributing a sentence to an outlet named right after them (reported_by).
  const PhraseSet& attribution() const { return attribution_; }
  const std::string& default_status() const { return default_status_; }

  const PhraseSet& scales() const { return scales_; }          ///< value = index into scale_values()
  const std::vector<double>& scale_values() const { return scale_values_; }
  /// Scale words that stand for one unit with no number before them ("مليار دولار"); value = scale index.
  const PhraseSet& lone_scales() const { return lone_scales_; }
  /// Dual scale words: two units with no number before them ("ملياري دولار"); value = scale index.
  const PhraseSet& dual_scales() const { return dual_scales_; }
  /// Number words before a scale word ("ثمانية مليارات"); value = index into number_values().
  const PhraseSet& number_words() const { return number_words_; }
  /// Words that make the amount after them a valuation, revenue or loss rather than a deal's amount.
  const PhraseSet& not_deal() const { return not_deal_; }
  /// Words right after an amount that make it a price or a rate ("600 دولار للسهم").
  const PhraseSet& not_deal_after() const { return not_deal_after_; }
  const std::vector<double>& number_values() const { return number_values_; }
  const PhraseSet& currencies() const { return currencies_; }
  const PhraseSet& qualifiers() const { return qualifiers_; }  ///< value = index into qualifier_names()
  const std::vector<std::string>& qualifier_names() const { return qualifier_names_; }
  const PhraseSet& prepositions() const { return prepositions_; }  ///< value = index into preposition_words()
  const std::vector<std::u32string>& preposition_words() const { return preposition_words_; }
  const PhraseSet& anaphors() const { return anaphors_; }      ///< "الشركة": refers back to an ORG
  const PhraseSet& pair_anaphors() const { return pair_anaphors_; }  ///< "الشركتين": the two latest ORGs
  /// "الأولى" (the former): the organisation named before the latest one.
  const PhraseSet& former_anaphors() const { return former_anaphors_; }
  /// Nouns that introduce a name ("مشروع ستارغيت", "مجموعة سوفت بنك") and, made definite, refer back to
  /// the latest name they introduced ("المشروع", "المجموعة"). Same value = same noun in both sets.
  const PhraseSet& head_anaphors() const { return head_anaphors_; }
  const PhraseSet& head_anaphors_definite() const { return head_anaphors_definite_; }
  /// "المجموعة اليابانية": head noun + adjective of nationality; value = index into nationality_countries().
  const PhraseSet& nationality_anaphors() const { return nationality_anaphors_; }
  const std::vector<std::string>& nationality_countries() const { return nationality_countries_; }
  /// Acquisition verbs: an unknown bare word after their على is a company's name ("استحوذت على ميلانوكس").
  const PhraseSet& name_contexts() const { return name_contexts_; }
  /// Phrases after which a list of names follows (بقيادة، بمشاركة، بينهم): see mentions.cpp.
  const PhraseSet& list_name_contexts() const { return list_name_contexts_; }
  /// Words that may follow a verb's lone argument when it is the object (اشترت Tableau مقابل ...).
  const PhraseSet& object_enders() const { return object_enders_; }
  /// Words that describe a company right after its quoted name ("«نيون» الناشئة"): see mentions.cpp.
  const PhraseSet& company_descriptors() const { return company_descriptors_; }
  /// Deal verbs in the feminine: an unknown foreign-looking word right after one is a company's name.
  const PhraseSet& subject_name_contexts() const { return subject_name_contexts_; }
  /// Nouns naming a company by its trade ("مزودة السحابة"): value 0 = sells chips, 1 = sells cloud.
  const PhraseSet& trade_anaphors() const { return trade_anaphors_; }
  const PhraseSet& product_nouns() const { return product_nouns_; }
  const PhraseSet& media_nouns() const { return media_nouns_; }
  const PhraseSet& person_titles() const { return person_titles_; }
  /// Nouns that name a product's maker by the product ("مطورة ChatGPT").
  const PhraseSet& maker_nouns() const { return maker_nouns_; }
  /// Nouns like منافس "competitor of": "في منافس X، شركة Y" names Y as the argument.
  const PhraseSet& relational_nouns() const { return relational_nouns_; }
  /// Relative pronouns (التي، الذي): "X، التي تعتزم استثمار..." makes X the subject of the clause.
  const PhraseSet& relative_pronouns() const { return relative_pronouns_; }
  /// Phrases that cancel a trigger right after them ("بدلا من", "دون").
  const PhraseSet& trigger_blockers() const { return trigger_blockers_; }
  /// Words right after a trigger that cancel it ("السابق": a former CEO).
  const PhraseSet& trigger_cancel_after() const { return trigger_cancel_after_; }
  /// Nouns between a preposition and a name that pass the preposition on (على خدمات AWS).
  const PhraseSet& head_nouns() const { return head_nouns_; }
  /// Phrases naming a funding round being raised (جولة تمويل، تسعى لجمع): see ArgSpec::Fallback.
  const PhraseSet& fundraising() const { return fundraising_; }
  /// Phrases after which a name is one who leads or joins a round, never the company raising it
  /// (بقيادة، بمشاركة، قادتها): the fundraiser named after a round ("جولة ... في X") is not past them.
  std::shared_ptr<PhraseSet> round_blockers() const { return round_blockers_; }
  /// Words that do not count as distance between a trigger and its arguments: honorifics before a name
  /// (معالي، سمو، الأستاذ), titles of state (ولي العهد) and asides (وفق البيان).
  const PhraseSet& silent_phrases() const { return silent_phrases_; }
  /// Words that say a deal is about chips (رقائق، معالجات، TPU): see the seller rule in relations.cpp.
  const PhraseSet& chip_words() const { return chip_words_; }
  /// Phrases that carry a list on after a comma ("، إلى جانب مستثمرين مثل").
  const PhraseSet& list_bridges() const { return list_bridges_; }
  /// Phrases set off by commas that make the name after them a conjunct of the name before
  /// ("تعتمد إنفيديا، شأنها شأن AMD، على ..."): read backwards from a slot, unlike list_bridges.
  const PhraseSet& comparison_bridges() const { return comparison_bridges_; }
  /// Phrases that give a thing its name right before it ("تحت اسم «X»"): X is that thing, no subject.
  const PhraseSet& naming_phrases() const { return naming_phrases_; }
  /// Nouns of a company's unit (ذراع، وحدة): a definite word after one says what the unit is, no deal.
  const PhraseSet& unit_nouns() const { return unit_nouns_; }
  /// Adverbials that are no date ("في وقت سابق من"، "مؤخرا"، "أيضا"): read like a date between a verb and its object.
  const PhraseSet& adverbials() const { return adverbials_; }
  /// Verbs whose subject leads a round (قادت X جولة): that subject is no raiser of the round.
  const PhraseSet& round_lead_verbs() const { return round_lead_verbs_; }
  /// Prepositions that introduce examples (بينها، مثل), folded as preposition_words() holds them.
  const std::vector<std::u32string>& example_prepositions() const { return example_prepositions_; }
  /// Words opening a subordinate clause after a comma (بعد، إذ، حيث).
  const PhraseSet& subordinators() const { return subordinators_; }
  /// Phrases opening a purpose adverbial after a comma (في محاولة، سعيا، بهدف).
  const PhraseSet& purpose_phrases() const { return purpose_phrases_; }
  /// Honorific pronouns (سموه) and the titles that introduce the person they stand for (الأمير، الشيخ).
  const PhraseSet& honorific_pronouns() const { return honorific_pronouns_; }
  const PhraseSet& honorific_titles() const { return honorific_titles_; }
  /// Participles introducing a name's backer or owner (المدعومة من، المملوكة لـ): no argument beyond them.
  const PhraseSet& owner_descriptors() const { return owner_descriptors_; }
  /// Verbs of launching a product (أطلقت، طرحت): an unknown Latin name as their object is a product.
  const PhraseSet& launch_verbs() const { return launch_verbs_; }
  /// Words that give a deal its price right before the amount (مقابل، بقيمة، قيمتها).
  const PhraseSet& deal_value_markers() const { return deal_value_markers_; }
  /// Prepositions with an attached pronoun ("فيها"): value = index into pronoun_preposition_words().
  const PhraseSet& pronoun_prepositions() const { return pronoun_prepositions_; }
  const std::vector<std::u32string>& pronoun_preposition_words() const { return pronoun_preposition_words_; }

 private:
  std::vector<Rule> rules_;
  std::vector<RelationType> relations_;
  PhraseSet triggers_;
  std::vector<std::vector<std::size_t>> trigger_rules_;
  PhraseSet status_cues_;
  std::vector<std::string> statuses_;
  std::vector<std::size_t> status_windows_;
  PhraseSet attribution_;
  std::string default_status_ = "completed";
  PhraseSet maker_nouns_, scales_, currencies_, qualifiers_, prepositions_, anaphors_, pair_anaphors_, former_anaphors_, product_nouns_, media_nouns_,
      person_titles_, relational_nouns_, relative_pronouns_, trigger_blockers_, trigger_cancel_after_, head_nouns_, fundraising_, chip_words_, list_bridges_, comparison_bridges_, naming_phrases_, unit_nouns_, adverbials_, round_lead_verbs_, launch_verbs_, owner_descriptors_, honorific_pronouns_, honorific_titles_, subordinators_, purpose_phrases_, deal_value_markers_, pronoun_prepositions_, head_anaphors_, head_anaphors_definite_, trade_anaphors_, nationality_anaphors_, name_contexts_, list_name_contexts_, object_enders_, company_descriptors_, subject_name_contexts_, lone_scales_, dual_scales_, number_words_, not_deal_, not_deal_after_, silent_phrases_;
  std::shared_ptr<PhraseSet> round_blockers_ = std::make_shared<PhraseSet>();
  std::vector<double> number_values_;
  std::size_t head_anaphor_count_ = 0;
  std::vector<std::string> nationality_countries_;
  std::vector<std::u32string> pronoun_preposition_words_;
  std::vector<double> scale_values_;
  std::vector<std::string> qualifier_names_;
  std::vector<std::u32string> preposition_words_;
  std::vector<std::u32string> example_prepositions_;
};

}  // namespace kgraph
