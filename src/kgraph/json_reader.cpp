// json_reader.cpp - node-link JSON back into a KnowledgeGraph (see json_reader.h).
//
// Design: the document is parsed once into a RapidJSON DOM (parse_json reports syntax errors with line
// and column) and then walked field by field. The DOM keeps no source positions, so when a field is
// wrong the reader knows only its JSON pointer (/links/3/source); a second, SAX pass over the text
// (Locator) then finds the byte where that value starts. Errors are rare, so the cost of the second pass
// is paid only when there is something to report. A missing field is reported at the object that
// should hold it.
//
// Lossless round trip: every field is taken as written, not recomputed (an edge's status, amount and
// in_cycle flag are the writer's, not a re-merge of its evidence), and the graph is rebuilt through
// KnowledgeGraph::add_node/add_edge, which copy the properties as given. Numbers are parsed with full
// precision, so a double written in shortest round-trip form comes back bit for bit. A link may come
// without evidence (graphs from other tools, or converted from their GraphML): its list is then empty,
// and it is written back as "evidence": [].
#include "kgraph/json_reader.h"

#include <rapidjson/reader.h>

#include <set>
#include <tuple>
#include <vector>

#include "kgraph/error.h"
#include "kgraph/json_util.h"

namespace kgraph {

namespace {

using rapidjson::Value;

const char* type_name(const Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "a boolean";
  if (v.IsNumber()) return "a number";
  if (v.IsString()) return "a string";
  if (v.IsArray()) return "an array";
  return "an object";
}

// "/links/3/source" -> "links[3].source", the way people write paths in messages.
std::string display_path(const std::string& pointer) {
  std::string out;
  std::size_t i = 0;
  while (i < pointer.size()) {
    std::size_t j = pointer.find('/', i + 1);
    std::string part = pointer.substr(i + 1, j == std::string::npos ? std::string::npos : j - i - 1);
    bool index = !part.empty() && part.find_first_not_of("0123456789") == std::string::npos;
    if (index) {
      out += "[" + part + "]";
    } else {
      if (!out.empty()) out += '.';
      out += part;
    }
    if (j == std::string::npos) break;
    i = j;
  }
  return out.empty() ? "the document" : out;
}

class Walker {
 public:
  Walker(std::string_view text, const std::string& origin) : text_(text), origin_(origin) {}

  [[noreturn]] void fail(const std::string& pointer, const std::string& message, const Value* shown) const {
    auto [line, col] = line_column(text_, locate_pointer(text_, pointer));
    std::string fragment;
    if (shown) {
      fragment = to_json(*shown);
      if (fragment.size() > 40) {
        std::size_t cut = 37;
        while (cut > 0 && (static_cast<unsigned char>(fragment[cut]) & 0xC0) == 0x80) --cut;
        fragment = fragment.substr(0, cut) + "...";
      }
    }
    throw Error(ErrorCode::kBadInput, display_path(pointer) + ": " + message, Location{origin_, line, col, fragment});
  }

  [[noreturn]] void wrong_type(const std::string& pointer, const char* expected, const Value& v) const {
    fail(pointer, std::string("expected ") + expected + ", found " + type_name(v), &v);
  }

  // The member `key` of `obj` (at `pointer`), or nullptr; a required one that is missing is an error
  // reported at the object.
  const Value* member(const Value& obj, const std::string& pointer, const char* key, bool required) const {
    auto it = obj.FindMember(key);
    if (it != obj.MemberEnd()) return &it->value;
    if (required) fail(pointer, std::string("missing \"") + key + "\"", nullptr);
    return nullptr;
  }

  std::string string(const Value& obj, const std::string& pointer, const char* key, bool required = false) const {
    const Value* v = member(obj, pointer, key, required);
    if (!v) return {};
    if (!v->IsString()) wrong_type(pointer + "/" + key, "a string", *v);
    return std::string(v->GetString(), v->GetStringLength());
  }

  // A string that may be null (part_of): null and missing both mean "".
  std::string string_or_null(const Value& obj, const std::string& pointer, const char* key) const {
    const Value* v = member(obj, pointer, key, false);
    if (!v || v->IsNull()) return {};
    if (!v->IsString()) wrong_type(pointer + "/" + key, "a string or null", *v);
    return std::string(v->GetString(), v->GetStringLength());
  }

  std::set<std::string> string_set(const Value& obj, const std::string& pointer, const char* key) const {
    std::set<std::string> out;
    const Value* v = member(obj, pointer, key, false);
    if (!v) return out;
    std::string p = pointer + "/" + key;
    if (!v->IsArray()) wrong_type(p, "an array of strings", *v);
    for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
      const Value& s = (*v)[i];
      if (!s.IsString()) wrong_type(p + "/" + std::to_string(i), "a string", s);
      out.emplace(s.GetString(), s.GetStringLength());
    }
    return out;
  }

  std::size_t count(const Value& obj, const std::string& pointer, const char* key) const {
    const Value* v = member(obj, pointer, key, false);
    if (!v) return 0;
    if (!v->IsUint64()) wrong_type(pointer + "/" + key, "a non-negative integer", *v);
    return static_cast<std::size_t>(v->GetUint64());
  }

  double number(const Value& obj, const std::string& pointer, const char* key, double fallback) const {
    const Value* v = member(obj, pointer, key, false);
    if (!v) return fallback;
    if (!v->IsNumber()) wrong_type(pointer + "/" + key, "a number", *v);
    return v->GetDouble();
  }

  std::optional<double> amount(const Value& obj, const std::string& pointer, const char* key) const {
    const Value* v = member(obj, pointer, key, false);
    if (!v || v->IsNull()) return std::nullopt;
    if (!v->IsNumber()) wrong_type(pointer + "/" + key, "a number or null", *v);
    return v->GetDouble();
  }

  bool boolean(const Value& obj, const std::string& pointer, const char* key) const {
    const Value* v = member(obj, pointer, key, false);
    if (!v) return false;
    if (!v->IsBool()) wrong_type(pointer + "/" + key, "true or false", *v);
    return v->GetBool();
  }

  const Value& object_at(const Value& v, const std::string& pointer) const {
    if (!v.IsObject()) wrong_type(pointer, "an object", v);
    return v;
  }

  NodeProps node(const Value& v, const std::string& p) const {
    object_at(v, p);
    NodeProps n;
    n.id = string(v, p, "id", true);
    n.label = string(v, p, "label");
    n.label_ar = string(v, p, "label_ar");
    n.label_en = string(v, p, "label_en");
    if (const Value* t = member(v, p, "type", false)) {
      if (!t->IsString()) wrong_type(p + "/type", "a string", *t);
      auto type = entity_type_from_string(std::string_view(t->GetString(), t->GetStringLength()));
      if (!type) fail(p + "/type", "unknown entity type (expected ORG, PERSON, PRODUCT, MEDIA or PLACE)", t);
      n.type = *type;
    }
    n.aliases = string_set(v, p, "aliases");
    n.documents = string_set(v, p, "documents");
    n.mentions = count(v, p, "mentions");
    n.part_of = string_or_null(v, p, "part_of");
    n.confidence = number(v, p, "confidence", 1.0);
    n.method = string(v, p, "method");
    return n;
  }

  Span span(const Value& v, const std::string& p, const char* begin_key, const char* end_key) const {
    return Span{count(v, p, begin_key), count(v, p, end_key)};
  }

  Evidence evidence(const Value& v, const std::string& p) const {
    object_at(v, p);
    Evidence ev;
    ev.doc_id = string(v, p, "doc_id");
    ev.sentence = string(v, p, "sentence");
    ev.sentence_span = span(v, p, "sentence_start", "sentence_end");
    ev.source_span = span(v, p, "source_start", "source_end");
    ev.target_span = span(v, p, "target_start", "target_end");
    ev.trigger_span = span(v, p, "trigger_start", "trigger_end");
    ev.rule_id = string(v, p, "rule");
    ev.amount_usd = amount(v, p, "amount_usd");
    ev.amount_text = string(v, p, "amount_text");
    ev.amount_qualifier = string(v, p, "amount_qualifier");
    ev.status = string_or_null(v, p, "status");
    ev.status_cue = string(v, p, "status_cue");
    ev.date = string(v, p, "date");
    ev.event_date = string(v, p, "event_date");
    ev.event_date_text = string(v, p, "event_date_text");
    ev.reported_by = string_or_null(v, p, "reported_by");
    ev.confidence = number(v, p, "confidence", 1.0);
    return ev;
  }

  std::vector<Evidence> evidence_list(const Value& v, const std::string& p) const {
    if (!v.IsArray()) wrong_type(p, "an array of objects", v);
    std::vector<Evidence> out;
    out.reserve(v.Size());
    for (rapidjson::SizeType k = 0; k < v.Size(); ++k) out.push_back(evidence(v[k], p + "/" + std::to_string(k)));
    return out;
  }

  // The graph's document table: {"id": {"title", "date", "url", "source"}}, each field a string or null.
  std::map<std::string, DocumentInfo> document_info(const Value& v, const std::string& p) const {
    if (!v.IsObject()) wrong_type(p, "an object of documents", v);
    std::map<std::string, DocumentInfo> out;
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string id(it->name.GetString(), it->name.GetStringLength());
      std::string q = p + "/" + id;
      if (!it->value.IsObject()) wrong_type(q, "an object", it->value);
      out[id] = DocumentInfo{string_or_null(it->value, q, "title"), string_or_null(it->value, q, "date"),
                             string_or_null(it->value, q, "url"), string_or_null(it->value, q, "source")};
    }
    return out;
  }

  KnowledgeGraph graph(const rapidjson::Document& doc) const {
    KnowledgeGraph kg;
    object_at(doc, "");
    GraphProps& gp = kg.graph()[boost::graph_bundle];
    if (const Value* gv = member(doc, "", "graph", false)) {
      object_at(*gv, "/graph");
      if (gv->HasMember("name")) gp.name = string(*gv, "/graph", "name");
      gp.documents = string_set(*gv, "/graph", "documents");
      if (const Value* info = member(*gv, "/graph", "document_info", false)) {
        gp.document_info = document_info(*info, "/graph/document_info");
      }
    }

    const Value* nodes = member(doc, "", "nodes", true);
    if (!nodes->IsArray()) wrong_type("/nodes", "an array", *nodes);
    {
      const char* key = doc.HasMember("links") ? "links" : "edges";
      std::size_t edges = doc.HasMember(key) && doc[key].IsArray() ? doc[key].Size() : 0;
      kg.reserve(nodes->Size(), edges);
    }
    for (rapidjson::SizeType i = 0; i < nodes->Size(); ++i) {
      std::string p = "/nodes/" + std::to_string(i);
      NodeProps n = node((*nodes)[i], p);
      // add_node would merge a repeated id silently; in a file that is a mistake worth reporting.
      if (kg.find(n.id)) fail(p + "/id", "a node with this id comes earlier", &(*nodes)[i]["id"]);
      kg.add_node(n);
    }

    // NetworkX's node_link_data calls the edge list "links"; some tools (and NetworkX >= 3.4's option)
    // call it "edges".
    const char* links_key = doc.HasMember("links") ? "links" : "edges";
    const Value* links = member(doc, "", links_key, false);
    if (!links) return kg;
    std::string lp = std::string("/") + links_key;
    if (!links->IsArray()) wrong_type(lp, "an array", *links);
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (rapidjson::SizeType i = 0; i < links->Size(); ++i) {
      std::string p = lp + "/" + std::to_string(i);
      const Value& v = object_at((*links)[i], p);
      std::string source = string(v, p, "source", true);
      std::string target = string(v, p, "target", true);
      if (!kg.find(source)) fail(p + "/source", "names no node of this graph", &v["source"]);
      if (!kg.find(target)) fail(p + "/target", "names no node of this graph", &v["target"]);

      EdgeProps e;
      e.relation = string(v, p, "relation", true);
      e.amount_usd = amount(v, p, "amount_usd");
      e.amount_qualifier = string(v, p, "amount_qualifier");
      if (const Value* a = member(v, p, "amounts", false)) {
        if (!a->IsArray()) wrong_type(p + "/amounts", "an array of numbers", *a);
        for (rapidjson::SizeType k = 0; k < a->Size(); ++k) {
          if (!(*a)[k].IsNumber()) wrong_type(p + "/amounts/" + std::to_string(k), "a number", (*a)[k]);
          e.amounts.insert((*a)[k].GetDouble());
        }
      }
      e.status = string_or_null(v, p, "status");
      e.statuses = string_set(v, p, "statuses");
      number(v, p, "weight", 0.0);  // derived from the evidence; checked for type only
      e.reported_by = string_set(v, p, "reported_by");
      e.first_seen = string_or_null(v, p, "first_seen");
      e.last_seen = string_or_null(v, p, "last_seen");
      e.in_cycle = boolean(v, p, "in_cycle");
      e.confidence = number(v, p, "confidence", 1.0);
      if (const Value* evs = member(v, p, "evidence", false)) e.evidence = evidence_list(*evs, p + "/evidence");

      // The graph keeps a symmetric relation once, smaller id first (graph.h); so does this reader.
      if (is_symmetric(e.relation) && target < source) {
        std::swap(source, target);
        for (Evidence& ev : e.evidence) std::swap(ev.source_span, ev.target_span);
      }
      // kgraph merges all evidence for one (source, relation, target) into one link, so a second such link
      // with evidence is a mistake; links without evidence come from other tools' multigraphs, where
      // parallel edges are legitimate, and are kept as they are.
      if (!e.evidence.empty() && !seen.emplace(source, e.relation, target).second) {
        fail(p, "a link " + source + " -" + e.relation + "-> " + target + " comes earlier", nullptr);
      }
      kg.add_edge(source, e, target);
    }
    return kg;
  }

 private:
  std::string_view text_;
  const std::string& origin_;
};

}  // namespace

KnowledgeGraph JsonReader::read(std::string_view text, const std::string& origin) const {
  rapidjson::Document doc = parse_json(text, origin);
  return Walker(text, origin).graph(doc);
}

std::map<std::string, DocumentInfo> read_document_info_json(std::string_view text, const std::string& origin) {
  rapidjson::Document doc = parse_json(text, origin);
  return Walker(text, origin).document_info(doc, "");
}

std::vector<Evidence> read_evidence_json(std::string_view text, const std::string& origin) {
  rapidjson::Document doc = parse_json(text, origin);
  return Walker(text, origin).evidence_list(doc, "");
}

}  // namespace kgraph
