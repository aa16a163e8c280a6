// lexicon.cpp - loading, validating and compiling the lexicon (see lexicon.h).
#include "kgraph/lexicon.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "kgraph/error.h"
#include "kgraph/json_util.h"
#include "kgraph/normalize.h"
#include "kgraph/phonetic.h"
#include "kgraph/resources.h"
#include "kgraph/utf8.h"

namespace kgraph {
namespace {

std::string get_string(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it == o.MemberEnd() ? std::string() : std::string(it->value.GetString(), it->value.GetStringLength());
}


// Key of one token in the trie: its folded text, with any clitic written apart kept in front, so the
// alias "Bain & Company" and the text "Bain & Company" produce the same keys.
std::u32string key_of(const Token& t) { return t.clitic + t.text; }

bool short_caps_alias(const std::vector<Token>& toks) {
  return toks.size() == 1 && toks[0].kind == TokenKind::kLatin && toks[0].all_caps && toks[0].text.size() <= 5;
}

void fill(WordSet& set, const std::vector<std::string>& words) {
  for (const std::string& w : words) set.words.insert(fold_utf8(w));
}

}  // namespace

bool WordSet::contains_token(const Token& t) const {
  for (const Variant& v : t.variants) {
    if (words.count(v.stem)) return true;
  }
  return false;
}

bool WordSet::contains_token_or_definite(const Token& t) const {
  for (const Variant& v : t.variants) {
    if (words.count(v.stem) || (starts_with_al(v.stem) && words.count(v.stem.substr(2)))) return true;
  }
  return false;
}

const LexEntity* Lexicon::find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entities_[it->second];
}

void Lexicon::insert_alias(std::size_t entity, const std::string& alias, const std::string& origin,
                           std::string_view text, bool epithet) {
  std::vector<Token> toks = tokenize_phrase(decode_utf8(alias, origin));
  if (toks.empty()) return;
  std::size_t node = 0;
  for (const Token& t : toks) {
    auto it = trie_[node].next.find(key_of(t));
    if (it == trie_[node].next.end()) {
      trie_.emplace_back();
      it = trie_[node].next.emplace(key_of(t), trie_.size() - 1).first;
    }
    node = it->second;
  }
  Node& n = trie_[node];
  if (n.entity && *n.entity != entity) {
    // Two entries of one source claim the same folded alias: the text would be ambiguous.
    throw Error(ErrorCode::kBadInput,
                "alias '" + alias + "' of '" + entities_[entity].id + "' is already an alias of '" +
                    entities_[*n.entity].id + "' (after folding)",
                locate_text(origin, text, "\"" + alias + "\""));
  }
  n.entity = entity;
  n.caps_only = short_caps_alias(toks);
  n.epithet = epithet;
  if (!epithet) ++alias_count_;
}

std::shared_ptr<const Lexicon> Lexicon::compile(const std::vector<std::pair<std::string, std::string>>& sources) {
  auto lex = std::make_shared<Lexicon>();
  // Collect entries first so that a later file can replace an id, then compile the trie once.
  std::map<std::string, std::pair<std::size_t, std::size_t>> where;  // id -> (source index, order)
  std::vector<std::pair<LexEntity, std::size_t>> entries;              // entity, source index
  for (std::size_t s = 0; s < sources.size(); ++s) {
    const auto& [origin, text] = sources[s];
    rapidjson::Document doc = parse_json(text, origin);
    validate_json(doc, text, lexicon_schema_json(), origin);
    for (const auto& e : doc["entities"].GetArray()) {
      LexEntity le;
      le.id = get_string(e, "id");
      le.type = *entity_type_from_string(get_string(e, "type"));
      le.label_en = get_string(e, "label_en");
      le.label_ar = get_string(e, "label_ar");
      le.part_of = get_string(e, "part_of");
      le.made_by = get_string(e, "made_by");
      le.homonym = get_string(e, "homonym");
      le.country = get_string(e, "country");
      for (const std::string& what : string_array(e, "sells")) {
        (what == "chips" ? le.sells_chips : le.sells_cloud) = true;
      }
      le.aliases = string_array(e, "aliases");
      le.epithets = string_array(e, "epithets");
      auto it = where.find(le.id);
      if (it != where.end() && it->second.first == s) {
        throw Error(ErrorCode::kBadInput, "entity id '" + le.id + "' appears twice",
                    locate_text(origin, text, "\"" + le.id + "\""));
      }
      if (it != where.end()) {
        entries[it->second.second] = {le, s};  // a later source replaces the entry in place
        it->second.first = s;
      } else {
        where[le.id] = {s, entries.size()};
        entries.emplace_back(le, s);
      }
    }
    fill(lex->ignore_, string_array(doc, "ignore"));
    fill(lex->designators_, string_array(doc, "org_designators"));
    fill(lex->given_names_, string_array(doc, "given_names"));
    fill(lex->stopwords_, string_array(doc, "name_stopwords"));
    fill(lex->letter_names_, string_array(doc, "letter_names"));
    fill(lex->org_suffixes_, string_array(doc, "org_suffixes"));
    fill(lex->legal_suffixes_, string_array(doc, "legal_suffixes"));
    fill(lex->arm_suffixes_, string_array(doc, "arm_suffixes"));
  }
  lex->trie_.emplace_back();
  for (auto& [e, s] : entries) {
    lex->by_id_[e.id] = lex->entities_.size();
    lex->entities_.push_back(e);
  }
  // Aliases: each source's aliases in order; an alias claimed by an entity of an earlier source is
  // taken over by the later source (that is what overriding means), but not within one source.
  std::map<std::u32string, std::size_t> owner_source;
  for (std::size_t i = 0; i < lex->entities_.size(); ++i) {
    const LexEntity& e = lex->entities_[i];
    std::size_t s = entries[i].second;
    const auto& [origin, text] = sources[s];
    std::vector<std::string> names = e.aliases;
    if (!e.label_en.empty()) names.push_back(e.label_en);
    if (!e.label_ar.empty()) names.push_back(e.label_ar);
    std::map<std::u32string, bool> seen;
    for (const std::string& a : names) {
      std::u32string key = fold_utf8(a);
      if (seen.count(key)) continue;  // the same name listed twice for one entity is harmless
      seen[key] = true;
      try {
        lex->insert_alias(i, a, origin, text);
      } catch (const Error& err) {
        // Conflict across sources: the later source wins. Within one source it is an error.
        auto prev = owner_source.find(key);
        if (prev == owner_source.end() || prev->second == s) throw;
        std::vector<Token> toks = tokenize_phrase(decode_utf8(a, origin));
        std::size_t node = 0;
        for (const Token& t : toks) node = lex->trie_[node].next.at(key_of(t));
        lex->trie_[node].entity = i;
      }
      owner_source[key] = s;
    }
    // Sound keys of the names, for spellings the lexicon does not list. Short keys are left out: they are
    // ordinary words as often as names.
    for (const std::string& a : names) {
      std::u32string u = decode_utf8(a, origin);
      bool arabic = false;
      for (char32_t ch : u) arabic |= is_arabic_letter(ch);
      std::string key = arabic ? arabic_key(fold(u)) : latin_key(u);
      auto add = [&](auto& map, const std::string& k) {
        std::size_t words = 0;
        for (const Token& t : tokenize_phrase(u)) words += t.is_word() ? 1 : 0;
        auto [it, fresh] = map.emplace(k, KeyHit{i, a, words, !arabic});
        if (!fresh && it->second && it->second->entity != i) it->second.reset();  // two entities: ambiguous
      };
      if (key.size() >= 4) add(lex->sound_, key);
      if (!arabic) {
        std::string compact = latin_compact(u);
        if (compact.size() >= 4) add(lex->compact_, compact);
      }
    }
    // Epithets go into the same trie, marked: the mentions stage accepts them only for an entity the
    // article also names (عملاق الرقائق is Nvidia only where Nvidia is in the story).
    for (const std::string& ep : e.epithets) {
      std::u32string key = fold_utf8(ep);
      if (seen.count(key)) continue;
      seen[key] = true;
      lex->insert_alias(i, ep, origin, text, true);
    }
  }
  for (const LexEntity& e : lex->entities_) {
    if (!e.part_of.empty()) lex->units_[e.part_of].push_back(e.id);
  }
  // Head words: a first word that is no alias itself and opens names of one entity only.
  for (const auto& [word, child] : lex->trie_[0].next) {
    if (lex->trie_[child].entity) continue;
    std::set<std::size_t> owners;
    std::vector<std::size_t> stack{child};
    while (!stack.empty() && owners.size() < 2) {
      const Node& n = lex->trie_[stack.back()];
      stack.pop_back();
      if (n.entity && !n.epithet) owners.insert(*n.entity);
      for (const auto& [k, nx] : n.next) stack.push_back(nx);
    }
    if (owners.size() == 1) lex->head_words_[word] = *owners.begin();
  }
  for (const LexEntity& e : lex->entities_) {
    for (auto [field, value] : {std::pair{"part_of", &e.part_of}, {"made_by", &e.made_by}, {"homonym", &e.homonym}}) {
      if (value->empty() || lex->find(*value)) continue;
      const auto& [origin, text] = sources[entries[lex->by_id_[e.id]].second];
      throw Error(ErrorCode::kBadInput,
                  "entity '" + e.id + "' is " + field + " unknown entity '" + *value + "'",
                  locate_text(origin, text, "\"" + *value + "\""));
    }
  }
  return lex;
}

std::shared_ptr<const Lexicon> Lexicon::load(const std::vector<std::string>& extra_files) {
  std::vector<std::pair<std::string, std::string>> sources;
  sources.emplace_back("<default lexicon>", std::string(default_lexicon_json()));
  for (const std::string& path : extra_files) sources.emplace_back(path, read_file(path, "lexicon file"));
  return compile(sources);
}

std::optional<Lexicon::KeyHit> Lexicon::by_sound(const std::string& key) const {
  auto it = sound_.find(key);
  return it == sound_.end() ? std::nullopt : it->second;
}

const std::vector<std::string>& Lexicon::units_of(const std::string& id) const {
  static const std::vector<std::string> kNone;
  auto it = units_.find(id);
  return it == units_.end() ? kNone : it->second;
}

std::optional<std::size_t> Lexicon::by_head_word(const std::u32string& word) const {
  auto it = head_words_.find(word);
  return it == head_words_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

std::optional<Lexicon::KeyHit> Lexicon::by_compact_latin(const std::string& compact) const {
  auto it = compact_.find(compact);
  return it == compact_.end() ? std::nullopt : it->second;
}

std::optional<LexMatch> Lexicon::match(const std::vector<Token>& tokens, std::size_t i, std::size_t end) const {
  if (i >= end || !tokens[i].is_word()) return std::nullopt;
  std::optional<LexMatch> best;
  const Token& first = tokens[i];
  for (const Variant& v : first.variants) {
    // A name read under a stripped proclitic must keep some substance: "كواس" is not ك + واس (SPA). A
    // short first word is enough when the name goes on: "ودي إس تي غلوبال" is و + DST Global.
    bool short_stem = false;
    if (!v.prefix.empty()) {
      bool kaf_or_fa = v.prefix.find(U'\x0643') != std::u32string::npos || v.prefix.find(U'\x0641') != std::u32string::npos;
      short_stem = v.stem.size() < (kaf_or_fa ? 4u : 3u);
      if (short_stem && v.stem.size() < 2) continue;
    }
    auto it = trie_[0].next.find(v.stem);
    if (it == trie_[0].next.end()) continue;
    std::size_t node = it->second;
    std::size_t k = i + 1;
    auto consider = [&](std::size_t nd, std::size_t len) {
      const Node& n = trie_[nd];
      if (!n.entity) return;
      if (n.caps_only && !(len == 1 && first.all_caps)) return;
      if (short_stem && len < 2) return;
      // Longest wins; on equal length the reading with fewer stripped letters wins (variants come in
      // order of prefix length, so the first found is kept).
      if (!best || len > best->tokens) best = LexMatch{*n.entity, len, first.clitic + v.prefix, n.epithet};
    };
    consider(node, 1);
    while (k < end) {
      auto nx = trie_[node].next.find(key_of(tokens[k]));
      if (nx == trie_[node].next.end()) break;
      node = nx->second;
      ++k;
      consider(node, k - i);
    }
  }
  return best;
}

}  // namespace kgraph
