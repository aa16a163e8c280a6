// rules.cpp - loading, validating and compiling relation rules (see rules.h).
#include "kgraph/rules.h"

#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>

#include "kgraph/error.h"
#include "kgraph/json_util.h"
#include "kgraph/normalize.h"
#include "kgraph/resources.h"
#include "kgraph/utf8.h"

namespace kgraph {

// ---- PhraseSet -------------------------------------------------------------------------------------

void PhraseSet::add(const std::string& phrase, std::size_t value) {
  Phrase p;
  p.value = value;
  std::istringstream parts(phrase);
  std::string part;
  while (parts >> part) {
    bool star = !part.empty() && part.back() == '*';
    if (star) part.pop_back();
    std::vector<Token> toks = tokenize_phrase(decode_utf8(part, "<phrase>"));
    for (std::size_t k = 0; k < toks.size(); ++k) {
      p.words.push_back({toks[k].clitic + toks[k].text, star && k + 1 == toks.size()});
    }
  }
  if (p.words.empty()) return;
  // "شراكة*" must also find "شراكتها": before a suffix the feminine ending ة is written ت (folded ة is ه).
  std::vector<Phrase> forms{p};
  for (std::size_t k = 0; k < p.words.size(); ++k) {
    if (!p.words[k].prefix_match || p.words[k].text.size() < 3 || p.words[k].text.back() != U'\x0647') continue;
    Phrase q = forms.back();
    q.words[k].text.back() = U'\x062A';
    forms.push_back(q);
  }
  for (Phrase& f : forms) {
    std::size_t idx = phrases_.size();
    const std::u32string& w = f.words[0].text;
    if (f.words[0].prefix_match) {
      std::u32string lead = w.substr(0, std::min<std::size_t>(2, w.size()));
      prefix_first_[lead].push_back(idx);
      prefix_keys_[quick_key(lead, lead.size())] = true;
    } else {
      by_first_.emplace(w, idx);
      exact_keys_[quick_key(w, w.size())] = true;
    }
    phrases_.push_back(std::move(f));
  }
}

namespace {
bool word_matches(const std::u32string& pattern, bool prefix, const std::u32string& stem) {
  if (!prefix) return stem == pattern;
  if (stem.size() < pattern.size() || stem.compare(0, pattern.size(), pattern) != 0) return false;
  // A wildcard covers the noun's suffixed forms (استثماراتها), not the feminine adjective made from it
  // with the nisba ending ية (folded يه): "الشراكة الاستثمارية" says what kind of partnership, it invests
  // nothing. (A bare ي is also the plural before a genitive, "منافسي OpenAI", so it stays.)
  std::u32string_view rest(stem.data() + pattern.size(), stem.size() - pattern.size());
  return rest != U"\x064A\x0647";
}
// A later word of a phrase matches any reading of the token, or the token with its separate clitic.
bool token_matches(const PhraseSet* /*unused*/, const std::u32string& pattern, bool prefix, const Token& t) {
  if (!t.clitic.empty() && word_matches(pattern, prefix, t.clitic + t.text)) return true;
  for (const Variant& v : t.variants) {
    if (word_matches(pattern, prefix, v.stem)) return true;
  }
  return false;
}
}  // namespace

std::optional<PhraseSet::Hit> PhraseSet::match_ending_at(const std::vector<Token>& tokens, std::size_t first,
                                                         std::size_t k, std::size_t reach) const {
  for (std::size_t q = (k >= first + reach ? k - reach : first); q < k; ++q) {
    auto hit = match(tokens, q, k);
    if (hit && q + hit->tokens == k) return hit;
  }
  return std::nullopt;
}

std::optional<PhraseSet::Hit> PhraseSet::match(const std::vector<Token>& tokens, std::size_t i,
                                               std::size_t end) const {
  if (i >= end) return std::nullopt;
  const Token& first = tokens[i];
  std::optional<Hit> best;
  auto try_phrase = [&](const Phrase& p, const std::u32string& prefix) {
    if (i + p.words.size() > end) return;
    for (std::size_t k = 1; k < p.words.size(); ++k) {
      if (!token_matches(this, p.words[k].text, p.words[k].prefix_match, tokens[i + k])) return;
    }
    if (!best || p.words.size() > best->tokens) best = Hit{p.value, p.words.size(), first.clitic + prefix};
  };
  for (const Variant& v : first.variants) {
    // Most words start no phrase: a cheap key (length and first two letters) rules them out before a
    // string hash is computed.
    if (exact_keys_[quick_key(v.stem, v.stem.size())]) {
      auto [lo, hi] = by_first_.equal_range(v.stem);
      for (auto it = lo; it != hi; ++it) try_phrase(phrases_[it->second], v.prefix);
    }
    for (std::size_t lead = 1; lead <= 2 && lead <= v.stem.size(); ++lead) {
      if (!prefix_keys_[quick_key(v.stem, lead)]) continue;
      auto it = prefix_first_.find(v.stem.substr(0, lead));
      if (it == prefix_first_.end()) continue;
      for (std::size_t idx : it->second) {
        if (word_matches(phrases_[idx].words[0].text, true, v.stem)) try_phrase(phrases_[idx], v.prefix);
      }
    }
  }
  return best;
}

// ---- RuleSet ---------------------------------------------------------------------------------------

namespace {

std::vector<EntityType> types(const rapidjson::Value& o, const char* key) {
  std::vector<EntityType> out;
  for (const std::string& s : string_array(o, key)) out.push_back(*entity_type_from_string(s));
  return out;
}

ArgSpec parse_arg(const rapidjson::Value& a) {
  ArgSpec spec;
  spec.types = types(a, "types");
  for (const auto& s : a["slots"].GetArray()) {
    Slot slot;
    slot.side = std::string(s["side"].GetString()) == "before" ? Side::kBefore : Side::kAfter;
    if (s.HasMember("max")) slot.max_distance = s["max"].GetUint();
    if (s.HasMember("markers")) {
      std::vector<std::u32string> m;
      for (const auto& w : s["markers"].GetArray()) m.push_back(fold_utf8(w.GetString()));
      slot.markers = m;
    }
    if (s.HasMember("blockers")) {
      slot.blockers = std::make_shared<PhraseSet>();
      for (const auto& w : s["blockers"].GetArray()) slot.blockers->add(w.GetString(), 0);
    }
    spec.slots.push_back(slot);
  }
  std::string fb = a.HasMember("fallback") ? a["fallback"].GetString() : "none";
  spec.fallback = fb == "topic"        ? ArgSpec::Fallback::kTopic
                  : fb == "subject"    ? ArgSpec::Fallback::kSubject
                  : fb == "fundraiser" ? ArgSpec::Fallback::kFundraiser
                                       : ArgSpec::Fallback::kNone;
  return spec;
}


}  // namespace

const RelationType* RuleSet::relation(const std::string& name) const {
  for (const RelationType& r : relations_) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

std::shared_ptr<const RuleSet> RuleSet::compile(const std::vector<std::pair<std::string, std::string>>& sources) {
  auto rs = std::make_shared<RuleSet>();
  std::vector<std::pair<std::string, std::string>> trigger_src;  // (phrase, rule id) in order
  std::vector<std::size_t> rule_source;
  for (std::size_t s = 0; s < sources.size(); ++s) {
    const auto& [origin, text] = sources[s];
    rapidjson::Document doc = parse_json(text, origin);
    validate_json(doc, text, rules_schema_json(), origin);
    if (doc.HasMember("relations")) {
      for (const auto& r : doc["relations"].GetArray()) {
        RelationType rt;
        rt.name = r["name"].GetString();
        rt.symmetric = r.HasMember("symmetric") && r["symmetric"].GetBool();
        rt.money = r.HasMember("money") && r["money"].GetBool();
        rt.has_status = r.HasMember("status") && r["status"].GetBool();
        rt.makers_both_sides = r.HasMember("makers_both_sides") && r["makers_both_sides"].GetBool();
        rt.source_types = types(r, "source_types");
        rt.target_types = types(r, "target_types");
        bool replaced = false;
        for (RelationType& old : rs->relations_) {
          if (old.name == rt.name) old = rt, replaced = true;
        }
        if (!replaced) rs->relations_.push_back(rt);
      }
    }
    if (doc.HasMember("rules")) {
      for (const auto& r : doc["rules"].GetArray()) {
        Rule rule;
        rule.id = r["id"].GetString();
        rule.relation = r["relation"].GetString();
        rule.triggers = string_array(r, "triggers");
        rule.source = parse_arg(r["source"]);
        rule.target = parse_arg(r["target"]);
        rule.takes_amount = r.HasMember("amount") && r["amount"].GetBool();
        rule.source_first = r.HasMember("source_first") && r["source_first"].GetBool();
        rule.yields = r.HasMember("yields") && r["yields"].GetBool();
        if (r.HasMember("fundraiser_reach")) rule.fundraiser_reach = r["fundraiser_reach"].GetUint();
        rule.list_pairs = !r.HasMember("list_pairs") || r["list_pairs"].GetBool();
        rule.within_owner = r.HasMember("within_owner") && r["within_owner"].GetBool();
        rule.not_after_name = r.HasMember("not_after_name") && r["not_after_name"].GetBool();
        rule.pronoun_first = r.HasMember("pronoun_first") && r["pronoun_first"].GetBool();
        if (r.HasMember("confidence")) rule.confidence = r["confidence"].GetDouble();
        if (r.HasMember("object_pronoun")) rule.object_pronoun = r["object_pronoun"].GetString();
        if (r.HasMember("context_before")) {
          rule.context_before = std::make_shared<PhraseSet>();
          for (const auto& w : r["context_before"].GetArray()) rule.context_before->add(w.GetString(), 0);
          if (r.HasMember("context_window")) rule.context_window = r["context_window"].GetUint();
        }
        if (r.HasMember("not_after")) {
          rule.not_after = std::make_shared<PhraseSet>();
          for (const auto& w : r["not_after"].GetArray()) rule.not_after->add(w.GetString(), 0);
        }
        rule.priority = r.HasMember("priority") ? r["priority"].GetInt() : 0;
        rule.group = r.HasMember("group") ? r["group"].GetString() : "";
        bool replaced = false;
        for (std::size_t k = 0; k < rs->rules_.size(); ++k) {
          if (rs->rules_[k].id != rule.id) continue;
          if (rule_source[k] == s) {
            throw Error(ErrorCode::kBadInput, "rule id '" + rule.id + "' appears twice",
                        locate_text(origin, text, "\"" + rule.id + "\""));
          }
          rs->rules_[k] = rule, rule_source[k] = s, replaced = true;
        }
        if (!replaced) rs->rules_.push_back(rule), rule_source.push_back(s);
      }
    }
    if (doc.HasMember("status")) {
      const auto& st = doc["status"];
      if (st.HasMember("default")) rs->default_status_ = st["default"].GetString();
      if (st.HasMember("cues")) {
        for (const auto& c : st["cues"].GetArray()) {
          std::size_t idx = rs->statuses_.size();
          rs->statuses_.push_back(c["status"].GetString());
          rs->status_windows_.push_back(c.HasMember("window") ? c["window"].GetUint() : SIZE_MAX);
          for (const std::string& w : string_array(c, "words")) rs->status_cues_.add(w, idx);
        }
      }
    }
    if (doc.HasMember("money")) {
      const auto& m = doc["money"];
      if (m.HasMember("scales")) {
        for (const auto& sc : m["scales"].GetArray()) {
          std::size_t idx = rs->scale_values_.size();
          rs->scale_values_.push_back(sc["value"].GetDouble());
          for (const std::string& w : string_array(sc, "words")) rs->scales_.add(w, idx);
          for (const std::string& w : string_array(sc, "alone")) rs->lone_scales_.add(w, idx);
          for (const std::string& w : string_array(sc, "dual")) rs->dual_scales_.add(w, idx);
        }
      }
      if (m.HasMember("numbers")) {
        for (const auto& nw : m["numbers"].GetArray()) {
          std::size_t idx = rs->number_values_.size();
          rs->number_values_.push_back(nw["value"].GetDouble());
          for (const std::string& w : string_array(nw, "words")) rs->number_words_.add(w, idx);
        }
      }
      for (const std::string& w : string_array(m, "currencies")) rs->currencies_.add(w, 0);
      for (const std::string& w : string_array(m, "not_deal")) rs->not_deal_.add(w, 0);
      for (const std::string& w : string_array(m, "not_deal_after")) rs->not_deal_after_.add(w, 0);
      if (m.HasMember("qualifiers")) {
        for (const auto& q : m["qualifiers"].GetArray()) {
          std::size_t idx = rs->qualifier_names_.size();
          rs->qualifier_names_.push_back(q["qualifier"].GetString());
          for (const std::string& w : string_array(q, "words")) rs->qualifiers_.add(w, idx);
        }
      }
    }
    for (const std::string& w : string_array(doc, "prepositions")) {
      rs->prepositions_.add(w, rs->preposition_words_.size());
      rs->preposition_words_.push_back(fold_utf8(w));
    }
    for (const std::string& w : string_array(doc, "anaphors")) rs->anaphors_.add(w, 0);
    for (const std::string& w : string_array(doc, "pair_anaphors")) rs->pair_anaphors_.add(w, 0);
    for (const std::string& w : string_array(doc, "former_anaphors")) rs->former_anaphors_.add(w, 0);
    {
      // Values continue across files so a --rules file adds nouns without renumbering the defaults.
      std::size_t next = 0;
      for (const std::string& w : string_array(doc, "head_anaphors")) {
        rs->head_anaphors_.add(w, rs->head_anaphor_count_ + next);
        rs->head_anaphors_definite_.add("ال" + w, rs->head_anaphor_count_ + next);
        ++next;
      }
      rs->head_anaphor_count_ += next;
    }
    for (const std::string& w : string_array(doc, "attribution")) rs->attribution_.add(w, 0);
    for (const std::string& w : string_array(doc, "product_nouns")) rs->product_nouns_.add(w, 0);
    for (const std::string& w : string_array(doc, "media_nouns")) rs->media_nouns_.add(w, 0);
    for (const std::string& w : string_array(doc, "person_titles")) rs->person_titles_.add(w, 0);
    for (const std::string& w : string_array(doc, "maker_nouns")) rs->maker_nouns_.add(w, 0);
    for (const std::string& w : string_array(doc, "name_contexts")) rs->name_contexts_.add(w, 0);
    for (const std::string& w : string_array(doc, "list_name_contexts")) rs->list_name_contexts_.add(w, 0);
    for (const std::string& w : string_array(doc, "object_enders")) rs->object_enders_.add(w, 0);
    for (const std::string& w : string_array(doc, "company_descriptors")) rs->company_descriptors_.add(w, 0);
    for (const std::string& w : string_array(doc, "subject_name_contexts")) rs->subject_name_contexts_.add(w, 0);
    for (const std::string& w : string_array(doc, "relational_nouns")) rs->relational_nouns_.add(w, 0);
    for (const std::string& w : string_array(doc, "relative_pronouns")) rs->relative_pronouns_.add(w, 0);
    for (const std::string& w : string_array(doc, "trigger_blockers")) rs->trigger_blockers_.add(w, 0);
    for (const std::string& w : string_array(doc, "trigger_cancel_after")) rs->trigger_cancel_after_.add(w, 0);
    for (const std::string& w : string_array(doc, "head_nouns")) rs->head_nouns_.add(w, 0);
    for (const std::string& w : string_array(doc, "fundraising")) rs->fundraising_.add(w, 0);
    for (const std::string& w : string_array(doc, "round_blockers")) rs->round_blockers_->add(w, 0);
    for (const std::string& w : string_array(doc, "silent_phrases")) rs->silent_phrases_.add(w, 0);
    for (const std::string& w : string_array(doc, "chip_words")) rs->chip_words_.add(w, 0);
    for (const std::string& w : string_array(doc, "list_bridges")) rs->list_bridges_.add(w, 0);
    for (const std::string& w : string_array(doc, "comparison_bridges")) rs->comparison_bridges_.add(w, 0);
    for (const std::string& w : string_array(doc, "naming_phrases")) rs->naming_phrases_.add(w, 0);
    for (const std::string& w : string_array(doc, "unit_nouns")) rs->unit_nouns_.add(w, 0);
    for (const std::string& w : string_array(doc, "adverbials")) rs->adverbials_.add(w, 0);
    for (const std::string& w : string_array(doc, "round_lead_verbs")) rs->round_lead_verbs_.add(w, 0);
    for (const std::string& w : string_array(doc, "launch_verbs")) rs->launch_verbs_.add(w, 0);
    for (const std::string& w : string_array(doc, "owner_descriptors")) rs->owner_descriptors_.add(w, 0);
    for (const std::string& w : string_array(doc, "honorific_pronouns")) rs->honorific_pronouns_.add(w, 0);
    for (const std::string& w : string_array(doc, "honorific_titles")) rs->honorific_titles_.add(w, 0);
    for (const std::string& w : string_array(doc, "example_prepositions")) rs->example_prepositions_.push_back(fold_utf8(w));
    for (const std::string& w : string_array(doc, "subordinators")) rs->subordinators_.add(w, 0);
    for (const std::string& w : string_array(doc, "purpose_phrases")) rs->purpose_phrases_.add(w, 0);
    for (const std::string& w : string_array(doc, "deal_value_markers")) rs->deal_value_markers_.add(w, 0);
    if (doc.HasMember("nationality_anaphors")) {
      const auto& na = doc["nationality_anaphors"];
      std::vector<std::string> heads = string_array(na, "heads");
      for (const auto& c : na["countries"].GetArray()) {
        std::size_t idx = rs->nationality_countries_.size();
        rs->nationality_countries_.push_back(c["country"].GetString());
        for (const std::string& adj : string_array(c, "adjectives")) {
          for (const std::string& h : heads) rs->nationality_anaphors_.add(h + " " + adj, idx);
        }
      }
    }
    if (doc.HasMember("trade_anaphors")) {
      for (const auto& ta : doc["trade_anaphors"].GetArray()) {
        std::size_t kind = std::string(ta["sells"].GetString()) == "cloud" ? 1 : 0;
        for (const std::string& w : string_array(ta, "words")) rs->trade_anaphors_.add(w, kind);
      }
    }
    if (doc.HasMember("pronoun_prepositions")) {
      for (const auto& pp : doc["pronoun_prepositions"].GetArray()) {
        std::size_t idx = rs->pronoun_preposition_words_.size();
        rs->pronoun_preposition_words_.push_back(fold_utf8(pp["preposition"].GetString()));
        for (const std::string& w : string_array(pp, "words")) rs->pronoun_prepositions_.add(w, idx);
      }
    }
  }
  std::map<std::string, std::size_t> phrase_index;
  // Every rule must name a relation of the vocabulary; checked after all files so a --rules file can add
  // a relation and rules for it together.
  for (std::size_t k = 0; k < rs->rules_.size(); ++k) {
    const Rule& r = rs->rules_[k];
    if (!rs->relation(r.relation)) {
      const auto& [origin, text] = sources[rule_source[k]];
      throw Error(ErrorCode::kBadInput, "rule '" + r.id + "' yields unknown relation '" + r.relation + "'",
                  locate_text(origin, text, "\"" + r.relation + "\""));
    }
    for (const std::string& t : r.triggers) {
      // One phrase shared by several rules ("رئيس" for ceo_of and works_for) is compiled once and
      // remembers all of them.
      std::string key = encode_utf8(fold_utf8(t));
      auto [it, fresh] = phrase_index.emplace(key, rs->trigger_rules_.size());
      if (fresh) {
        rs->triggers_.add(t, it->second);
        rs->trigger_rules_.push_back({});
      }
      rs->trigger_rules_[it->second].push_back(k);
    }
  }
  return rs;
}

std::shared_ptr<const RuleSet> RuleSet::load(const std::vector<std::string>& extra_files) {
  std::vector<std::pair<std::string, std::string>> sources;
  sources.emplace_back("<default rules>", std::string(default_rules_json()));
  for (const std::string& path : extra_files) sources.emplace_back(path, read_file(path, "rules file"));
  return compile(sources);
}

}  // namespace kgraph
