// gold.cpp - reading the gold annotation (see gold.h).
//
// Design: the DOM from kgraph::parse_json is walked once with the JSON pointer of the current value in
// hand; only when something is wrong is the pointer turned into line:column (locate_pointer re-parses
// the text), so a good file costs one parse. The checks are stricter than kg_score.py, which would
// crash with a KeyError or score a misspelt key as absent; the values it accepts are read the same way
// (a missing "optional" is false, a null amount or status is not checked).
#include "eval/gold.h"

#include <rapidjson/document.h>

#include "kgraph/json_util.h"

namespace kgraph::eval {
namespace {

using rapidjson::Value;

class Walker {
 public:
  Walker(const std::string& text, const std::string& origin) : text_(text), origin_(origin) {}

  [[noreturn]] void fail(const std::string& pointer, const std::string& message) const {
    Location at = locate_in(pointer);
    throw Error(ErrorCode::kBadInput, message, at);
  }

  Location locate_in(const std::string& pointer) const {
    auto [line, col] = line_column(text_, locate_pointer(text_, pointer));
    return Location{origin_, line, col, {}};
  }

  const Value& member(const Value& obj, const std::string& pointer, const char* key) const {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) fail(pointer, std::string("missing \"") + key + "\"");
    return it->value;
  }

  const Value& object(const Value& v, const std::string& pointer, const char* what) const {
    if (!v.IsObject()) fail(pointer, std::string(what) + " must be a JSON object");
    return v;
  }

  const Value& array(const Value& v, const std::string& pointer, const char* what) const {
    if (!v.IsArray()) fail(pointer, std::string("\"") + what + "\" must be an array");
    return v;
  }

  std::string string(const Value& v, const std::string& pointer, const char* what, bool non_empty = true) const {
    if (!v.IsString()) fail(pointer, std::string("\"") + what + "\" must be a string");
    std::string s(v.GetString(), v.GetStringLength());
    if (non_empty && s.empty()) fail(pointer, std::string("\"") + what + "\" is empty");
    return s;
  }

  std::string required_string(const Value& obj, const std::string& pointer, const char* key) const {
    return string(member(obj, pointer, key), pointer + "/" + key, key);
  }

  // kg_score reads "optional" by truthiness; here it must be true, false or null.
  bool flag(const Value& obj, const std::string& pointer, const char* key) const {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return false;
    if (!it->value.IsBool()) fail(pointer + "/" + key, std::string("\"") + key + "\" must be true or false");
    return it->value.GetBool();
  }

  std::vector<std::string> strings(const Value& v, const std::string& pointer, const char* what) const {
    array(v, pointer, what);
    std::vector<std::string> out;
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
      out.push_back(string(v[i], pointer + "/" + std::to_string(i), what));
    }
    return out;
  }

 private:
  const std::string& text_;
  const std::string& origin_;
};

GoldEntity read_entity(const Walker& w, const Value& v, const std::string& p) {
  w.object(v, p, "an entity");
  GoldEntity e;
  e.id = w.required_string(v, p, "id");
  e.mentions = w.strings(w.member(v, p, "mentions"), p + "/mentions", "mentions");
  e.optional = w.flag(v, p, "optional");
  return e;
}

GoldRelation read_relation(const Walker& w, const Value& v, const std::string& p) {
  w.object(v, p, "a relation");
  GoldRelation r;
  r.src = w.required_string(v, p, "src");
  r.rel = w.required_string(v, p, "rel");
  r.dst = w.required_string(v, p, "dst");
  if (auto it = v.FindMember("alt"); it != v.MemberEnd()) r.alt = w.strings(it->value, p + "/alt", "alt");
  if (auto it = v.FindMember("amount_usd"); it != v.MemberEnd() && !it->value.IsNull()) {
    if (!it->value.IsNumber()) w.fail(p + "/amount_usd", "\"amount_usd\" must be a number or null");
    r.amount_usd = it->value.GetDouble();
  }
  if (auto it = v.FindMember("status"); it != v.MemberEnd() && !it->value.IsNull()) {
    r.status = w.string(it->value, p + "/status", "status", false);
  }
  r.optional = w.flag(v, p, "optional");
  return r;
}

}  // namespace

Location locate(const GoldFile& gold, const std::string& pointer) {
  return Walker(gold.text, gold.path).locate_in(pointer);
}

GoldFile parse_gold(const std::string& text, const std::string& origin) {
  GoldFile gold;
  gold.path = origin;
  gold.text = text;
  const rapidjson::Document d = parse_json(gold.text, origin);
  const Walker w(gold.text, gold.path);
  w.object(d, "", "the gold file");
  const Value& docs = w.array(w.member(d, "", "docs"), "/docs", "docs");
  for (rapidjson::SizeType i = 0; i < docs.Size(); ++i) {
    const std::string p = "/docs/" + std::to_string(i);
    const Value& v = w.object(docs[i], p, "a document");
    GoldDoc doc;
    doc.id = w.required_string(v, p, "id");
    doc.pointer = p + "/id";
    const Value& ents = w.array(w.member(v, p, "entities"), p + "/entities", "entities");
    for (rapidjson::SizeType k = 0; k < ents.Size(); ++k) {
      doc.entities.push_back(read_entity(w, ents[k], p + "/entities/" + std::to_string(k)));
    }
    const Value& rels = w.array(w.member(v, p, "relations"), p + "/relations", "relations");
    for (rapidjson::SizeType k = 0; k < rels.Size(); ++k) {
      GoldRelation r = read_relation(w, rels[k], p + "/relations/" + std::to_string(k));
      gold.vocabulary.insert(r.rel);
      gold.vocabulary.insert(r.alt.begin(), r.alt.end());
      doc.relations.push_back(std::move(r));
    }
    gold.docs.push_back(std::move(doc));
  }
  return gold;
}

GoldFile load_gold(const std::string& path) { return parse_gold(read_file(path, "gold file"), path); }

}  // namespace kgraph::eval
