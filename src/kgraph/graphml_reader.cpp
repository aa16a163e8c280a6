// graphml_reader.cpp - GraphML back into a KnowledgeGraph (see graphml_reader.h for what maps to what).
//
// Design: one pass with the pull parser (xml.h), building the graph as elements arrive, so memory is the
// graph plus the document text and time is linear in the file. Keys are resolved to a Field once, when
// they are declared, so a <data> element costs one lookup of its key id and one conversion of its text.
// GraphML lets an edge name a node declared after it; such an edge waits in a list until its <graph>
// ends (the usual file declares nodes first, so the list stays empty). Errors point at the element or
// value at fault; positions are byte offsets until an error needs a line and a column.
//
// Lossless for kgraph's own files: every NodeProps and EdgeProps field the GraphML writer writes is read
// as written (not recomputed), exact decimal numbers come back as the same doubles (from_chars), and the
// derived attributes (weight, evidence_count, sentence, r/g/b) are left to the writers, which compute
// them from the same fields. Two things the GraphML file does not hold are rebuilt from what it does:
// an edge's list of amounts (every amount its evidence reports, as KnowledgeGraph::merge collects them)
// and the graph's document list (kgraph writes only its size: the documents its nodes and evidence
// name). A graph built by kgraph satisfies both, so GraphML -> JSON -> GraphML and JSON -> GraphML ->
// JSON are byte-identical; a hand-made JSON whose amounts or documents say otherwise loses the
// difference in GraphML.
#include "kgraph/graphml_reader.h"

#include <boost/range/iterator_range.hpp>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "kgraph/error.h"
#include "kgraph/json_reader.h"
#include "kgraph/xml.h"

namespace kgraph {

namespace {

using Event = XmlPullParser::Event;
constexpr std::size_t kNone = std::string_view::npos;

enum class Domain { kGraph, kNode, kEdge, kAll, kOther };
enum class AttrType { kString, kInt, kLong, kFloat, kDouble, kBoolean };

// What an attribute becomes, by its attr.name and the kind of element it is on.
enum class Field {
  kDropped,
  kGraphName, kGraphDocuments, kGraphDocumentInfo,
  kNodeId, kKgId, kLabel, kName, kLabelAr, kLabelEn, kType, kAliases, kDocuments, kMentions, kPartOf,
  kNodeConfidence, kMethod,
  kRelation, kEdgeLabel, kEdgeType, kAmount, kAmountQualifier, kStatus, kStatuses, kReportedBy, kFirstSeen,
  kLastSeen, kInCycle, kEdgeConfidence, kEvidence,
};

Field graph_field(std::string_view name) {
  if (name == "name") return Field::kGraphName;
  if (name == "documents") return Field::kGraphDocuments;
  if (name == "document_info") return Field::kGraphDocumentInfo;
  return Field::kDropped;
}

Field node_field(std::string_view name) {
  static const std::unordered_map<std::string_view, Field> kFields = {
      {"id", Field::kNodeId},           {"kg_id", Field::kKgId},         {"label", Field::kLabel},
      {"name", Field::kName},           {"label_ar", Field::kLabelAr},   {"label_en", Field::kLabelEn},
      {"type", Field::kType},           {"aliases", Field::kAliases},    {"documents", Field::kDocuments},
      {"mentions", Field::kMentions},   {"part_of", Field::kPartOf},     {"confidence", Field::kNodeConfidence},
      {"method", Field::kMethod}};
  auto it = kFields.find(name);
  return it == kFields.end() ? Field::kDropped : it->second;
}

Field edge_field(std::string_view name) {
  static const std::unordered_map<std::string_view, Field> kFields = {
      {"relation", Field::kRelation},
      {"label", Field::kEdgeLabel},
      {"type", Field::kEdgeType},
      {"amount_usd", Field::kAmount},
      {"amount_qualifier", Field::kAmountQualifier},
      {"status", Field::kStatus},
      {"statuses", Field::kStatuses},
      {"reported_by", Field::kReportedBy},
      {"first_seen", Field::kFirstSeen},
      {"last_seen", Field::kLastSeen},
      {"in_cycle", Field::kInCycle},
      {"confidence", Field::kEdgeConfidence},
      {"evidence", Field::kEvidence}};
  auto it = kFields.find(name);
  return it == kFields.end() ? Field::kDropped : it->second;
}

struct Key {
  std::string id;
  std::string name;  ///< attr.name; "" for keys without one (yEd's graphics), which are dropped
  Domain domain = Domain::kAll;
  AttrType type = AttrType::kString;
  Field graph = Field::kDropped, node = Field::kDropped, edge = Field::kDropped;
  bool has_default = false;
  std::string default_value;
  std::size_t default_offset = 0;
};

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\n";
  std::size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool parse_int(std::string_view text, std::int64_t& out) {
  std::string_view s = trim(text);
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

// XSD's double (INF, -INF, NaN), and the inf/nan that Python writes.
bool parse_double(std::string_view text, double& out) {
  std::string_view s = trim(text);
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  std::string l = lower(s);
  if (l == "inf" || l == "infinity") return out = HUGE_VAL, true;
  if (l == "-inf" || l == "-infinity") return out = -HUGE_VAL, true;
  if (l == "nan" || l == "-nan") return out = std::nan(""), true;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out, std::chars_format::general);
  return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

// XSD's boolean, and Python's True/False.
bool parse_bool(std::string_view text, bool& out) {
  std::string l = lower(trim(text));
  if (l == "true" || l == "1") return out = true, true;
  if (l == "false" || l == "0") return out = false, true;
  return false;
}

// Other tools' words for kgraph's entity types; anything unknown is an organisation, kgraph's default.
EntityType entity_type(std::string_view text) {
  if (auto t = entity_type_from_string(text)) return *t;
  static const std::unordered_map<std::string, EntityType> kSynonyms = {
      {"org", EntityType::kOrg},          {"organization", EntityType::kOrg},  {"organisation", EntityType::kOrg},
      {"company", EntityType::kOrg},      {"person", EntityType::kPerson},     {"people", EntityType::kPerson},
      {"per", EntityType::kPerson},       {"product", EntityType::kProduct},   {"media", EntityType::kMedia},
      {"outlet", EntityType::kMedia},     {"place", EntityType::kPlace},       {"location", EntityType::kPlace},
      {"loc", EntityType::kPlace},        {"gpe", EntityType::kPlace},         {"country", EntityType::kPlace},
      {"city", EntityType::kPlace}};
  auto it = kSynonyms.find(lower(trim(text)));
  return it == kSynonyms.end() ? EntityType::kOrg : it->second;
}

std::set<std::string> split_list(std::string_view text) {
  std::set<std::string> out;
  if (text.empty()) return out;
  for (std::size_t start = 0;;) {
    std::size_t bar = text.find(" | ", start);
    out.emplace(text.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (bar == std::string_view::npos) break;
    start = bar + 3;
  }
  return out;
}

std::string shown(std::string_view value) {
  if (value.size() <= 40) return std::string(value);
  std::size_t cut = 37;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return std::string(value.substr(0, cut)) + "...";
}

const char* domain_name(Domain d) {
  switch (d) {
    case Domain::kGraph: return "graphs";
    case Domain::kNode: return "nodes";
    case Domain::kEdge: return "edges";
    default: return "other elements";
  }
}

// What a node or an edge says about itself beyond its props, settled when its element ends.
struct NodeExtras {
  std::optional<std::string> kg_id, id, name;
  bool has_label = false;
};

struct EdgeExtras {
  std::optional<std::string> relation, label, type;
};

// An edge whose ends are not both known yet (GraphML allows nodes after the edges that name them).
struct PendingEdge {
  std::string source, target;
  std::size_t source_offset, target_offset, offset;
  EdgeProps props;
};

class GraphmlParser {
 public:
  // Builds into `kg`, which the caller returns, so the graph is never copied (Boost's adjacency_list has
  // no move constructor: returning a member would copy every vertex and edge).
  GraphmlParser(std::string_view text, const std::string& origin, KnowledgeGraph& kg)
      : xml_(text, origin), origin_(origin), kg_(kg) {}

  void run() {
    Event e = xml_.next();
    while (e == Event::kText) e = xml_.next();
    std::size_t root = xml_.offset();
    if (xml_.local_name() != "graphml") {
      fail(root, "the root element is <" + std::string(xml_.name()) + ">, not <graphml>");
    }
    bool graph_read = false;
    while ((e = xml_.next()) != Event::kEndElement) {
      if (e != Event::kStartElement) continue;
      std::string_view name = xml_.local_name();
      if (name == "key") {
        read_key();
      } else if (name == "graph" && !graph_read) {
        read_graph();
        graph_read = true;
      } else {
        xml_.skip_element();  // desc, graphml-level data, graphs after the first
      }
    }
    xml_.next();  // the end of the document (the parser checks that nothing but comments follows)
    if (!graph_read) fail(root, "the document has no <graph> element");
    finish_documents();
  }

 private:
  [[noreturn]] void fail(std::size_t offset, const std::string& message, std::string fragment = {}) const {
    xml_.fail_at(offset, message, std::move(fragment));
  }

  std::optional<std::string_view> attr(std::string_view name) const {
    const XmlAttribute* a = xml_.attribute(name);
    if (!a) return std::nullopt;
    return a->value;
  }

  std::string_view required_attr(std::string_view name, const char* element) const {
    auto v = attr(name);
    if (!v) fail(xml_.offset(), std::string("a <") + element + "> needs a " + std::string(name) + " attribute");
    return *v;
  }

  // --- keys -------------------------------------------------------------------------------------------------

  void read_key() {
    std::size_t offset = xml_.offset();
    Key k;
    k.id = std::string(required_attr("id", "key"));
    std::string domain = std::string(attr("for").value_or("all"));
    k.domain = domain == "graph" ? Domain::kGraph
               : domain == "node" ? Domain::kNode
               : domain == "edge" ? Domain::kEdge
               : domain == "all"  ? Domain::kAll
                                  : Domain::kOther;  // graphml, hyperedge, port, endpoint: nothing kgraph has
    k.name = std::string(attr("attr.name").value_or(""));
    if (auto type = attr("attr.type")) {
      static const std::map<std::string_view, AttrType> kTypes = {
          {"string", AttrType::kString}, {"int", AttrType::kInt},       {"long", AttrType::kLong},
          {"float", AttrType::kFloat},   {"double", AttrType::kDouble}, {"boolean", AttrType::kBoolean}};
      auto it = kTypes.find(*type);
      if (it == kTypes.end()) {
        fail(xml_.attribute("attr.type")->offset,
             "attr.type '" + std::string(*type) + "' of key '" + k.id +
                 "' is not a GraphML type (boolean, int, long, float, double, string)");
      }
      k.type = it->second;
    }
    if (!k.name.empty()) {
      if (k.domain == Domain::kGraph || k.domain == Domain::kAll) k.graph = graph_field(k.name);
      if (k.domain == Domain::kNode || k.domain == Domain::kAll) k.node = node_field(k.name);
      if (k.domain == Domain::kEdge || k.domain == Domain::kAll) k.edge = edge_field(k.name);
    }
    const std::size_t depth = xml_.depth();
    Event e;
    while ((e = xml_.next()) != Event::kEndElement || xml_.depth() >= depth) {
      if (e != Event::kStartElement) continue;
      if (xml_.local_name() == "default") {
        k.default_value = std::string(xml_.element_text(k.default_offset));
        k.has_default = true;
        check_value(k, k.default_value, k.default_offset);
      } else {
        xml_.skip_element();  // desc
      }
    }
    if (keys_.count(k.id)) fail(offset, "key '" + k.id + "' is declared twice");
    std::string id = k.id;
    keys_.emplace(std::move(id), std::move(k));
  }

  // Checks `text` against the key's attr.type. False for an empty value of a non-string type, which
  // means "no value" (NetworkX writes nothing else for a missing one).
  bool check_value(const Key& k, std::string_view text, std::size_t offset) const {
    if (k.type == AttrType::kString) return true;
    if (trim(text).empty()) return false;
    std::int64_t i = 0;
    double d = 0;
    bool b = false;
    bool ok = true;
    const char* what = "";
    switch (k.type) {
      case AttrType::kInt: ok = parse_int(text, i), what = "an int"; break;
      case AttrType::kLong: ok = parse_int(text, i), what = "a long"; break;
      case AttrType::kFloat: ok = parse_double(text, d), what = "a float"; break;
      case AttrType::kDouble: ok = parse_double(text, d), what = "a double"; break;
      case AttrType::kBoolean: ok = parse_bool(text, b), what = "a boolean (true or false)"; break;
      case AttrType::kString: break;
    }
    if (!ok) bad_value(k, text, offset, what);
    return true;
  }

  [[noreturn]] void bad_value(const Key& k, std::string_view text, std::size_t offset, const char* what) const {
    fail(offset, "'" + shown(text) + "' is not " + what + " (attribute '" + k.name + "', key '" + k.id + "')",
         shown(text));
  }

  double number(const Key& k, std::string_view text, std::size_t offset) const {
    double d = 0;
    if (!parse_double(text, d)) bad_value(k, text, offset, "a number");
    return d;
  }

  std::size_t count(const Key& k, std::string_view text, std::size_t offset) const {
    std::int64_t i = 0;
    double d = 0;
    if (parse_int(text, i) && i >= 0) return static_cast<std::size_t>(i);
    if (parse_double(text, d) && d >= 0 && d == std::floor(d) && d < 9.2e18) return static_cast<std::size_t>(d);
    bad_value(k, text, offset, "a non-negative integer");
  }

  bool boolean(const Key& k, std::string_view text, std::size_t offset) const {
    bool b = false;
    if (!parse_bool(text, b)) bad_value(k, text, offset, "true or false");
    return b;
  }

  // After a <data> start tag inside an element of `domain`: its key, checked to exist and to be declared
  // for that kind of element.
  const Key& data_key(Domain domain) const {
    std::size_t offset = xml_.offset();
    std::string_view id = required_attr("key", "data");
    auto it = keys_.find(id);
    if (it == keys_.end()) fail(offset, "<data> names key '" + std::string(id) + "', which no <key> declares");
    const Key& k = it->second;
    if (k.domain != domain && k.domain != Domain::kAll) {
      fail(offset, "key '" + k.id + "' is declared for " + domain_name(k.domain) + ", not for " + domain_name(domain));
    }
    return k;
  }

  // The keys with a <default> that apply to elements of `domain`, in declaration order.
  std::vector<const Key*> defaults_for(Domain domain) const {
    std::vector<const Key*> out;
    for (const auto& [id, k] : keys_) {
      if (k.has_default && (k.domain == domain || k.domain == Domain::kAll)) out.push_back(&k);
    }
    return out;
  }

  // --- graph ------------------------------------------------------------------------------------------------

  void read_graph() {
    if (auto dir = attr("edgedefault"); dir && *dir != "directed" && *dir != "undirected") {
      fail(xml_.attribute("edgedefault")->offset,
           "edgedefault must be 'directed' or 'undirected', found '" + std::string(*dir) + "'");
    }
    node_defaults_ = defaults_for(Domain::kNode);
    edge_defaults_ = defaults_for(Domain::kEdge);
    GraphProps& gp = kg_.graph()[boost::graph_bundle];
    for (const Key* k : defaults_for(Domain::kGraph)) apply_graph(gp, *k, k->default_value, k->default_offset);
    const std::size_t depth = xml_.depth();
    Event e;
    while ((e = xml_.next()) != Event::kEndElement || xml_.depth() >= depth) {
      if (e != Event::kStartElement) continue;
      std::string_view name = xml_.local_name();
      if (name == "node") {
        read_node();
      } else if (name == "edge") {
        read_edge();
      } else if (name == "data") {
        const Key& k = data_key(Domain::kGraph);
        std::size_t offset = 0;
        std::string_view text = xml_.element_text(offset);
        apply_graph(gp, k, text, offset);
      } else {
        xml_.skip_element();  // desc, hyperedge, anything else
      }
    }
    for (PendingEdge& p : pending_) {
      add_edge(p.source, p.target, std::move(p.props), p.source_offset, p.target_offset, p.offset, true);
    }
    pending_.clear();
  }

  void apply_graph(GraphProps& gp, const Key& k, std::string_view text, std::size_t offset) {
    if (!check_value(k, text, offset)) return;
    if (k.graph == Field::kGraphName) {
      gp.name = std::string(text);
    } else if (k.graph == Field::kGraphDocumentInfo && !trim(text).empty()) {
      try {
        gp.document_info = read_document_info_json(text, origin_);
      } catch (const Error& err) {
        fail(offset, "document_info (attribute '" + k.name + "', key '" + k.id + "'): " + err.message());
      }
    } else if (k.graph == Field::kGraphDocuments && k.type == AttrType::kString) {
      gp.documents = split_list(text);
      documents_listed_ = true;
    }  // a count of documents (what kgraph writes) says nothing the nodes do not: see finish_documents
  }

  // Without a list of the graph's documents, they are the documents its nodes and evidence name.
  void finish_documents() {
    if (documents_listed_) return;
    const Graph& g = kg_.graph();
    std::set<std::string> docs;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) docs.insert(g[v].documents.begin(), g[v].documents.end());
    for (Edge e : boost::make_iterator_range(boost::edges(g))) {
      for (const Evidence& ev : g[e].evidence) {
        if (!ev.doc_id.empty()) docs.insert(ev.doc_id);
      }
    }
    kg_.graph()[boost::graph_bundle].documents = std::move(docs);
  }

  // --- nodes ------------------------------------------------------------------------------------------------

  void read_node() {
    std::size_t offset = xml_.offset();
    std::string xml_id(required_attr("id", "node"));
    NodeProps n;
    NodeExtras x;
    for (const Key* k : node_defaults_) apply_node(n, x, *k, k->default_value, k->default_offset);
    const std::size_t depth = xml_.depth();
    Event e;
    while ((e = xml_.next()) != Event::kEndElement || xml_.depth() >= depth) {
      if (e != Event::kStartElement) continue;
      if (xml_.local_name() == "data") {
        const Key& k = data_key(Domain::kNode);
        std::size_t data_offset = 0;
        std::string_view text = xml_.element_text(data_offset);
        apply_node(n, x, k, text, data_offset);
      } else {
        xml_.skip_element();  // port, nested graph, desc
      }
    }
    n.id = x.kg_id ? *x.kg_id : x.id ? *x.id : xml_id;
    if (!x.has_label && x.name) n.label = *x.name;
    if (kg_.find(n.id)) fail(offset, "a node with id '" + n.id + "' comes earlier");
    Vertex v = kg_.add_node(n);
    if (!nodes_.emplace(std::move(xml_id), v).second) fail(offset, "a node with id '" + n.id + "' comes earlier");
  }

  void apply_node(NodeProps& n, NodeExtras& x, const Key& k, std::string_view text, std::size_t offset) {
    if (!check_value(k, text, offset)) return;
    switch (k.node) {
      // igraph writes "" for a vertex that lacks an attribute other vertices have: no id then.
      case Field::kKgId:
        if (!text.empty()) x.kg_id = std::string(text);
        break;
      case Field::kNodeId:
        if (!trim(text).empty()) x.id = std::string(trim(text));
        break;
      case Field::kLabel: n.label = std::string(text), x.has_label = true; break;
      case Field::kName: x.name = std::string(text); break;
      case Field::kLabelAr: n.label_ar = std::string(text); break;
      case Field::kLabelEn: n.label_en = std::string(text); break;
      case Field::kType: n.type = entity_type(text); break;
      case Field::kAliases: n.aliases = split_list(text); break;
      case Field::kDocuments: n.documents = split_list(text); break;
      case Field::kMentions: n.mentions = count(k, text, offset); break;
      case Field::kPartOf: n.part_of = std::string(text); break;
      case Field::kNodeConfidence: n.confidence = number(k, text, offset); break;
      case Field::kMethod: n.method = std::string(text); break;
      default: break;
    }
  }

  // --- edges ------------------------------------------------------------------------------------------------

  void read_edge() {
    std::size_t offset = xml_.offset();
    if (!xml_.attribute("source") || !xml_.attribute("target")) {
      fail(offset, "an <edge> needs source and target attributes");
    }
    std::string source(xml_.attribute("source")->value), target(xml_.attribute("target")->value);
    std::size_t source_offset = xml_.attribute("source")->offset, target_offset = xml_.attribute("target")->offset;
    EdgeProps e;
    EdgeExtras x;
    for (const Key* k : edge_defaults_) apply_edge(e, x, *k, k->default_value, k->default_offset);
    const std::size_t depth = xml_.depth();
    Event ev;
    while ((ev = xml_.next()) != Event::kEndElement || xml_.depth() >= depth) {
      if (ev != Event::kStartElement) continue;
      if (xml_.local_name() == "data") {
        const Key& k = data_key(Domain::kEdge);
        std::size_t data_offset = 0;
        std::string_view text = xml_.element_text(data_offset);
        apply_edge(e, x, k, text, data_offset);
      } else {
        xml_.skip_element();  // desc
      }
    }
    e.relation = x.relation ? *x.relation : x.label ? *x.label : x.type ? *x.type : "related_to";
    for (const Evidence& item : e.evidence) {
      if (item.amount_usd) e.amounts.insert(*item.amount_usd);
    }
    add_edge(source, target, std::move(e), source_offset, target_offset, offset, false);
  }

  void apply_edge(EdgeProps& e, EdgeExtras& x, const Key& k, std::string_view text, std::size_t offset) {
    if (!check_value(k, text, offset)) return;
    auto non_empty = [&](std::optional<std::string>& slot) {
      if (!text.empty()) slot = std::string(text);
    };
    switch (k.edge) {
      case Field::kRelation: non_empty(x.relation); break;
      case Field::kEdgeLabel: non_empty(x.label); break;
      case Field::kEdgeType: non_empty(x.type); break;
      case Field::kAmount: {
        double amount = number(k, text, offset);
        if (!std::isnan(amount)) e.amount_usd = amount;  // igraph's NaN means "no value"
        break;
      }
      case Field::kAmountQualifier: e.amount_qualifier = std::string(text); break;
      case Field::kStatus: e.status = std::string(text); break;
      case Field::kStatuses: e.statuses = split_list(text); break;
      case Field::kReportedBy: e.reported_by = split_list(text); break;
      case Field::kFirstSeen: e.first_seen = std::string(text); break;
      case Field::kLastSeen: e.last_seen = std::string(text); break;
      case Field::kInCycle: e.in_cycle = boolean(k, text, offset); break;
      case Field::kEdgeConfidence: e.confidence = number(k, text, offset); break;
      case Field::kEvidence:
        if (trim(text).empty()) break;
        try {
          e.evidence = read_evidence_json(text, origin_);
        } catch (const Error& err) {
          fail(offset, "evidence (attribute '" + k.name + "', key '" + k.id + "'): " + err.message());
        }
        break;
      default: break;
    }
  }

  // Adds the edge now if both ends are known, else (unless `final`) keeps it for the end of the graph.
  void add_edge(const std::string& source, const std::string& target, EdgeProps e, std::size_t source_offset,
                std::size_t target_offset, std::size_t offset, bool final) {
    auto s = nodes_.find(source);
    auto t = nodes_.find(target);
    if (s == nodes_.end() || t == nodes_.end()) {
      if (!final) {
        pending_.push_back(PendingEdge{source, target, source_offset, target_offset, offset, std::move(e)});
        return;
      }
      bool no_source = s == nodes_.end();
      fail(no_source ? source_offset : target_offset,
           std::string("edge ") + (no_source ? "source" : "target") + " '" + (no_source ? source : target) +
               "' is not a node of this graph");
    }
    const Graph& g = kg_.graph();
    std::string src = g[s->second].id, dst = g[t->second].id;
    if (is_symmetric(e.relation) && dst < src) {
      std::swap(src, dst);
      for (Evidence& ev : e.evidence) std::swap(ev.source_span, ev.target_span);
    }
    if (!e.evidence.empty() && !merged_.insert(src + '\x1F' + e.relation + '\x1F' + dst).second) {
      fail(offset, "an edge " + src + " -" + e.relation + "-> " + dst + " with evidence comes earlier");
    }
    kg_.add_edge(src, e, dst);
  }

  XmlPullParser xml_;
  const std::string& origin_;
  KnowledgeGraph& kg_;
  std::map<std::string, Key, std::less<>> keys_;
  std::vector<const Key*> node_defaults_, edge_defaults_;
  std::unordered_map<std::string, Vertex> nodes_;  ///< XML id -> vertex
  std::unordered_set<std::string> merged_;         ///< (source, relation, target) of edges with evidence
  std::vector<PendingEdge> pending_;
  bool documents_listed_ = false;
};

}  // namespace

KnowledgeGraph GraphmlReader::read(std::string_view text, const std::string& origin) const {
  KnowledgeGraph kg;
  GraphmlParser(text, origin, kg).run();
  return kg;
}

}  // namespace kgraph
