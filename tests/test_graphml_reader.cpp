// Reading GraphML back (xml.h, graphml_reader.h): the XML pull parser's events and positions, lossless
// round trips with kgraph's own GraphML and JSON, GraphML in the shapes NetworkX, igraph and Gephi write,
// and errors that name the exact message, line and column.
#define BOOST_TEST_MODULE test_graphml_reader
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "kgraph/cycles.h"
#include "kgraph/error.h"
#include "kgraph/graphml_reader.h"
#include "kgraph/graphml_writer.h"
#include "kgraph/json_reader.h"
#include "kgraph/json_writer.h"
#include "kgraph/writer.h"
#include "kgraph/xml.h"

using namespace kgraph;

namespace {

// --- XML --------------------------------------------------------------------------------------------------

// The events of `text` as one line each: "<name a=v>", "</name>", "'text'" (white-space-only data left out).
std::string events(const std::string& text) {
  XmlPullParser p(text, "t.xml");
  std::string out;
  for (;;) {
    auto e = p.next();
    if (e == XmlPullParser::Event::kEndDocument) break;
    if (e == XmlPullParser::Event::kStartElement) {
      out.append("<").append(p.name());
      for (const XmlAttribute& a : p.attributes()) out.append(" ").append(a.name).append("=").append(a.value);
      out.append(">");
    } else if (e == XmlPullParser::Event::kEndElement) {
      out.append("</").append(p.name()).append(">");
    } else if (p.text().find_first_not_of(" \t\n") != std::string_view::npos) {
      out.append("'").append(p.text()).append("'");
    }
  }
  return out;
}

// The error parsing `text` gives, as describe() prints it.
std::string xml_error(const std::string& text) {
  try {
    XmlPullParser p(text, "t.xml");
    while (p.next() != XmlPullParser::Event::kEndDocument) {
    }
  } catch (const Error& e) {
    BOOST_TEST((e.code() == ErrorCode::kBadInput));
    return e.describe();
  }
  return "no error";
}

// --- graphs -----------------------------------------------------------------------------------------------

EntityRecord entity(const std::string& id, EntityType type, const std::string& en, const std::string& ar,
                    std::vector<std::string> aliases) {
  EntityRecord e;
  e.id = id;
  e.type = type;
  e.label_en = en;
  e.label_ar = ar;
  e.aliases.insert(aliases.begin(), aliases.end());
  e.mentions = 1;
  e.method = "lexicon";
  return e;
}

RelationRecord relation(const std::string& src, const std::string& rel, const std::string& dst,
                        const std::string& doc, const std::string& sentence) {
  RelationRecord r;
  r.source = src;
  r.relation = rel;
  r.target = dst;
  r.evidence.doc_id = doc;
  r.evidence.sentence = sentence;
  r.evidence.sentence_span = {3, 40};
  r.evidence.source_span = {5, 9};
  r.evidence.target_span = {20, 27};
  r.evidence.trigger_span = {10, 14};
  r.evidence.rule_id = "r";
  return r;
}

// Arabic ids, an id the GraphML writer must escape (kg_id), three relations between one pair, amounts
// 22400000000 and 0.1, empty fields (no English label, no aliases, no status, no dates), quotes,
// ampersands, a tab and a line break in sentences, and a money cycle.
KnowledgeGraph hand_made() {
  ArticleResult a;
  a.doc_id = "doc-1";
  a.entities = {entity("أرامكو", EntityType::kOrg, "", "أرامكو", {"أرامكو", "أرامكو السعودية"}),
                entity("openai", EntityType::kOrg, "OpenAI", "أوبن إيه آي", {"OpenAI"}),
                entity("x & y/z", EntityType::kProduct, "X&Y \"Z\"", "", {}),
                entity("هيوماين", EntityType::kOrg, "Humain", "هيوماين", {"هيوماين"})};
  a.entities[2].method = "";
  a.entities[3].confidence = 0.1;
  RelationRecord invest = relation("أرامكو", "invests_in", "openai", a.doc_id, "ضخت أرامكو \"22.4 مليار\" & أكثر");
  invest.evidence.amount_usd = 22400000000.0;
  invest.evidence.amount_text = "22.4 مليار دولار";
  invest.evidence.status = "completed";
  invest.evidence.reported_by = "reuters";
  invest.evidence.date = "2025-10-01";
  RelationRecord small = relation("أرامكو", "invests_in", "openai", a.doc_id, "line one\nline\ttwo");
  small.evidence.amount_usd = 0.1;
  small.evidence.amount_qualifier = "about";
  small.evidence.status = "planned";
  small.evidence.status_cue = "تعتزم";
  small.evidence.confidence = 0.35;
  RelationRecord partner = relation("openai", "partners_with", "أرامكو", a.doc_id, "شراكة");
  RelationRecord buys = relation("openai", "buys_services_from", "أرامكو", a.doc_id, "تشتري");
  buys.evidence.event_date = "2025-09";
  buys.evidence.event_date_text = "في سبتمبر";
  RelationRecord develops = relation("هيوماين", "develops", "x & y/z", a.doc_id, "");
  develops.evidence.status = "";
  a.relations = {invest, small, partner, buys, develops};

  ArticleResult b;
  b.doc_id = "وثيقة 2";
  b.entities = {entity("openai", EntityType::kOrg, "OpenAI", "أوبن إيه آي", {"أوبن إيه آي"})};

  KnowledgeGraph g;
  g.merge(a);
  g.merge(b);
  g.graph()[boost::graph_bundle].name = "يد & \"hand\"";
  mark_cycles(g, find_money_cycles(g));
  return g;
}

std::string write(const GraphWriter& w, const KnowledgeGraph& g) {
  std::ostringstream os;
  w.write(g, os);
  return os.str();
}
std::string to_json(const KnowledgeGraph& g) { return write(JsonWriter(), g); }
std::string to_graphml(const KnowledgeGraph& g) { return write(GraphmlWriter(), g); }
KnowledgeGraph from_graphml(const std::string& text) { return GraphmlReader().read(text, "g.graphml"); }
KnowledgeGraph from_json(const std::string& text) { return JsonReader().read(text, "g.json"); }

std::string graphml_error(const std::string& text) {
  try {
    from_graphml(text);
  } catch (const Error& e) {
    BOOST_TEST((e.code() == ErrorCode::kBadInput));
    return e.describe();
  }
  return "no error";
}

// The GraphML header up to and including <graph ...>, with the given keys.
std::string graphml(const std::string& keys, const std::string& body, const std::string& edgedefault = "directed") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" +
         keys + "<graph edgedefault=\"" + edgedefault + "\">\n" + body + "</graph>\n</graphml>\n";
}

const NodeProps& node(const KnowledgeGraph& g, const std::string& id) {
  auto v = g.find(id);
  BOOST_REQUIRE_MESSAGE(v, "no node " << id);
  return g.graph()[*v];
}

// "source -relation-> target" for every edge, in writer order.
std::vector<std::string> edge_list(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  const Graph& G = g.graph();
  for (Edge e : g.sorted_edges()) {
    out.push_back(G[boost::source(e, G)].id + " -" + G[e].relation + "-> " + G[boost::target(e, G)].id);
  }
  return out;
}

const EdgeProps& edge(const KnowledgeGraph& g, std::size_t index) { return g.graph()[g.sorted_edges().at(index)]; }

}  // namespace

// --- XML pull parser --------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(xml_events_entities_cdata_and_skipped_markup) {
  const std::string text =
      "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<!DOCTYPE g [ <!ELEMENT g ANY> <!-- ] > --> ]>\n"
      "<!-- a comment -->\n"
      "<g a=\"1 &amp; 2\" b='&quot;q&quot;' c=\"x\ty\r\nz\">"
      "t&lt;&gt;&apos;&#65;&#x627;<![CDATA[<raw & ]]>end<?pi data?>more"
      "<e/><f x='&#10;'></f></g>\n<!-- after -->\n";
  BOOST_TEST(events(text) ==
             "<g a=1 & 2 b=\"q\" c=x y z>'t<>'A\xD8\xA7<raw & endmore'<e></e><f x=\n></f></g>");
}

BOOST_AUTO_TEST_CASE(xml_line_ends_are_normalised_in_text) {
  BOOST_TEST(events("<a>x\r\ny\rz<![CDATA[1\r\n2]]></a>") == "<a>'x\ny\nz1\n2'</a>");
}

BOOST_AUTO_TEST_CASE(xml_positions_count_lines_and_code_points) {
  XmlPullParser p("<r>\n  <عنصر/>\n\t<b c='d'>نص</b>\n</r>", "t.xml");
  std::vector<std::string> seen;
  for (auto e = p.next(); e != XmlPullParser::Event::kEndDocument; e = p.next()) {
    if (e == XmlPullParser::Event::kStartElement) {
      seen.push_back(std::string(p.name()) + "@" + std::to_string(p.line()) + ":" + std::to_string(p.column()));
    }
  }
  BOOST_TEST(seen == (std::vector<std::string>{"r@1:1", "عنصر@2:3", "b@3:2"}));
}

BOOST_AUTO_TEST_CASE(xml_element_text_skips_nested_elements) {
  XmlPullParser p("<a><d>one <y:Shape>ignored</y:Shape>two&amp;</d><d/></a>", "t.xml");
  p.next();
  p.next();
  std::size_t offset = 0;
  BOOST_TEST(p.element_text(offset) == "one two&");
  BOOST_TEST(offset == 6u);
  p.next();
  BOOST_TEST(p.element_text(offset) == "");
  BOOST_TEST((p.next() == XmlPullParser::Event::kEndElement));
  BOOST_TEST((p.next() == XmlPullParser::Event::kEndDocument));
}

BOOST_AUTO_TEST_CASE(xml_errors_name_line_column_and_fragment) {
  BOOST_TEST(xml_error("<a>\n <b>\n </c>\n</a>") ==
             "t.xml:3:2: end tag </c> does not match the start tag <b> at line 2, column 2 (near '</c>')");
  BOOST_TEST(xml_error("<a>\n <b>x</b>") == "t.xml:2:10: the document ends inside <a> (opened at line 1, column 1)");
  BOOST_TEST(xml_error("<a>AT&T;</a>") ==
             "t.xml:1:6: unknown entity &T; (XML defines only &lt; &gt; &amp; &quot; &apos; and character "
             "references) (near '&T;')");
  BOOST_TEST(xml_error("<a>R & D</a>") ==
             "t.xml:1:6: '&' must start an entity or a character reference ending in ';' (write &amp; for '&') "
             "(near '& D</a>')");
  BOOST_TEST(xml_error("<a>&#0;</a>") ==
             "t.xml:1:4: character reference &#0; names a character XML does not allow (near '&#0;')");
  BOOST_TEST(xml_error("<a>&#xZZ;</a>") == "t.xml:1:4: malformed character reference &#xZZ; (near '&#xZZ;')");
  BOOST_TEST(xml_error("<a b=\"1\" b=\"2\"/>") == "t.xml:1:10: attribute 'b' appears twice in <a> (near 'b=\"2\"/>')");
  BOOST_TEST(xml_error("<a b=1/>") == "t.xml:1:6: the value of attribute 'b' of <a> must be in quotes (near '1/>')");
  BOOST_TEST(xml_error("<a b=\"1\"c=\"2\"/>") ==
             "t.xml:1:9: expected white space and an attribute name, '>' or '/>' in the start tag <a> "
             "(near 'c=\"2\"/>')");
  BOOST_TEST(xml_error("<a b=\"<\"/>") ==
             "t.xml:1:7: '<' is not allowed in an attribute value (write &lt;) (near '<\"/>')");
  BOOST_TEST(xml_error("<a></a>\n<b/>") == "t.xml:2:1: a second root element <b>; an XML document has one (near '<b/>')");
  BOOST_TEST(xml_error("<a></a>\ntext") == "t.xml:2:1: text after the root element (near 'text')");
  BOOST_TEST(xml_error("  \n") == "t.xml:2:1: the document has no root element");
  BOOST_TEST(xml_error("<a><!-- open</a>") == "t.xml:1:4: comment is not closed ('-->' missing) (near '<!-- open</a>')");
  BOOST_TEST(xml_error("<a>\n<![CDATA[x</a>") ==
             "t.xml:2:1: CDATA section is not closed (']]>' missing) (near '<![CDATA[x</a>')");
  BOOST_TEST(xml_error("<a>\n</a >\n<?xml version=\"1.0\"?>") ==
             "t.xml:3:1: the XML declaration must be the first thing in the document (near '<?xml version=\"1.0\"?>')");
  BOOST_TEST(xml_error("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>") ==
             "t.xml:1:31: encoding 'ISO-8859-1' is not supported; kgraph reads XML in UTF-8 (near 'ISO-8859-1')");
  BOOST_TEST(xml_error("<a>\n\xD8\xA8\xFF</a>") == "t.xml:2:2: invalid UTF-8: byte 0xFF (near '0xFF')");
  BOOST_TEST(xml_error("<a>\x01</a>") == "t.xml:1:4: character U+0001 is not allowed in XML (near '0x01')");
  BOOST_TEST(xml_error("\xFF\xFE<\0a\0/\0>\0") ==
             "t.xml:1:1: the document is in UTF-16; kgraph reads XML in UTF-8 (convert it, e.g. with iconv) (near '0xFF 0xFE')");
  BOOST_TEST(xml_error("<a") == "t.xml:1:1: the start tag <a> is not closed ('>' missing) (near '<a')");
  BOOST_TEST(xml_error("<a></ a>") == "t.xml:1:6: expected an element name after '</' (near ' a>')");
}

// --- round trips ------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(json_graphml_json_is_byte_identical) {
  const std::string json = to_json(hand_made());
  const std::string graphml = to_graphml(from_json(json));
  BOOST_TEST(to_json(from_graphml(graphml)) == json);
}

BOOST_AUTO_TEST_CASE(graphml_json_graphml_is_byte_identical) {
  const std::string graphml = to_graphml(hand_made());
  const std::string json = to_json(from_graphml(graphml));
  BOOST_TEST(to_graphml(from_json(json)) == graphml);
  BOOST_TEST(to_graphml(from_graphml(graphml)) == graphml);
}

BOOST_AUTO_TEST_CASE(round_trip_keeps_ids_amounts_and_parallel_relations) {
  KnowledgeGraph g = from_graphml(to_graphml(hand_made()));
  BOOST_TEST(g.node_count() == 4u);
  BOOST_TEST(edge_list(g) == (std::vector<std::string>{
                                 "openai -buys_services_from-> أرامكو", "openai -partners_with-> أرامكو",
                                 "أرامكو -invests_in-> openai", "هيوماين -develops-> x & y/z"}));
  const EdgeProps& invest = edge(g, 2);
  BOOST_TEST(invest.amount_usd.value() == 22400000000.0);
  BOOST_TEST((invest.amounts == std::set<double>{0.1, 22400000000.0}));
  BOOST_TEST(invest.evidence.size() == 2u);
  BOOST_TEST(invest.evidence[1].amount_usd.value() == 0.1);
  BOOST_TEST(invest.evidence[1].sentence == "line one\nline\ttwo");
  BOOST_TEST(invest.status == "planned");
  BOOST_TEST((invest.reported_by == std::set<std::string>{"reuters"}));
  BOOST_TEST(invest.in_cycle);
  const NodeProps& odd = node(g, "x & y/z");
  BOOST_TEST(odd.label == "X&Y \"Z\"");
  BOOST_TEST(odd.aliases.empty());
  BOOST_TEST(odd.method == "");
  BOOST_TEST(to_string(odd.type) == "PRODUCT");
  BOOST_TEST(node(g, "هيوماين").confidence == 0.1);
  BOOST_TEST((node(g, "openai").documents == std::set<std::string>{"doc-1", "وثيقة 2"}));
  BOOST_TEST((g.graph()[boost::graph_bundle].documents == std::set<std::string>{"doc-1", "وثيقة 2"}));
  BOOST_TEST(g.graph()[boost::graph_bundle].name == "يد & \"hand\"");
}

BOOST_AUTO_TEST_CASE(edges_without_evidence_round_trip) {
  KnowledgeGraph g;
  NodeProps a, b;
  a.id = "a";
  b.id = "b";
  g.add_node(a);
  g.add_node(b);
  EdgeProps e;
  e.relation = "related_to";
  e.amount_usd = 5.0;
  g.add_edge("a", e, "b");
  g.add_edge("a", e, "b");  // a multigraph's parallel edges, as other tools write them
  const std::string graphml = to_graphml(g);
  BOOST_TEST(graphml.find("e-a-related_to-b-2") != std::string::npos);
  KnowledgeGraph back = from_graphml(graphml);
  BOOST_TEST(back.edge_count() == 2u);
  BOOST_TEST(to_graphml(back) == graphml);
  const std::string json = to_json(back);
  BOOST_TEST(json.find("\"evidence\": []") != std::string::npos);
  BOOST_TEST(to_json(from_json(json)) == json);
  BOOST_TEST(to_graphml(from_json(json)) == graphml);
}

// --- other producers --------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(networkx_style_typed_keys_and_defaults) {
  // What nx.write_graphml writes: keys d0, d1... declared by attr.name and attr.type, a <default>, edge
  // ids from multigraph keys, a long amount and a double one.
  const std::string text = graphml(
      "<key id=\"d0\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n"
      "<key id=\"d1\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "<key id=\"d2\" for=\"node\" attr.name=\"type\" attr.type=\"string\"><default>ORG</default></key>\n"
      "<key id=\"d3\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>\n"
      "<key id=\"d4\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
      "<key id=\"d5\" for=\"edge\" attr.name=\"amount_usd\" attr.type=\"long\"/>\n"
      "<key id=\"d6\" for=\"edge\" attr.name=\"amount_usd\" attr.type=\"double\"/>\n"
      "<key id=\"d7\" for=\"edge\" attr.name=\"in_cycle\" attr.type=\"boolean\"><default>false</default></key>\n"
      "<key id=\"d8\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n",
      "<data key=\"d0\">nx</data>\n"
      "<node id=\"nvidia\"><data key=\"d1\">Nvidia</data><data key=\"d3\">3</data></node>\n"
      "<node id=\"jensen\"><data key=\"d2\">PERSON</data></node>\n"
      "<node id=\"openai\"/>\n"
      "<edge source=\"nvidia\" target=\"openai\" id=\"invests_in\"><data key=\"d4\">invests_in</data>"
      "<data key=\"d5\">100000000000</data><data key=\"d7\">True</data><data key=\"d8\">4.0</data></edge>\n"
      "<edge source=\"openai\" target=\"nvidia\" id=\"buys_chips_from\"><data key=\"d4\">buys_chips_from</data>"
      "<data key=\"d6\">22400000000.5</data></edge>\n"
      "<edge source=\"jensen\" target=\"nvidia\" id=\"0\"/>\n");
  KnowledgeGraph g = from_graphml(text);
  BOOST_TEST(g.graph()[boost::graph_bundle].name == "nx");
  BOOST_TEST(node(g, "nvidia").label == "Nvidia");
  BOOST_TEST(node(g, "nvidia").mentions == 3u);
  BOOST_TEST(to_string(node(g, "nvidia").type) == "ORG");
  BOOST_TEST(to_string(node(g, "jensen").type) == "PERSON");
  BOOST_TEST(node(g, "openai").label == "openai");  // KnowledgeGraph::add_node falls back to the id
  BOOST_TEST(edge_list(g) == (std::vector<std::string>{"jensen -related_to-> nvidia", "nvidia -invests_in-> openai",
                                                        "openai -buys_chips_from-> nvidia"}));
  BOOST_TEST(edge(g, 1).amount_usd.value() == 100000000000.0);
  BOOST_TEST(edge(g, 1).in_cycle);
  BOOST_TEST(edge(g, 1).evidence.empty());
  BOOST_TEST(edge(g, 2).amount_usd.value() == 22400000000.5);
  BOOST_TEST(!edge(g, 2).in_cycle);
  BOOST_TEST(!edge(g, 0).amount_usd.has_value());
}

BOOST_AUTO_TEST_CASE(igraph_style_ids_names_and_undirected_parallel_edges) {
  // igraph writes n0, n1... as XML ids, keeps the ids it read in a vertex attribute "id", and names in
  // "name"; an undirected graph's edges are stored once, as written; parallel edges stay.
  const std::string text = graphml(
      "<key id=\"v_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
      "<key id=\"v_id\" for=\"node\" attr.name=\"id\" attr.type=\"string\"/>\n"
      "<key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "<key id=\"e_w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n",
      "<node id=\"n0\"><data key=\"v_name\">Amazon</data><data key=\"v_id\">amazon</data></node>\n"
      "<node id=\"n1\"><data key=\"v_name\">أنثروبيك</data></node>\n"
      "<edge source=\"n1\" target=\"n0\"><data key=\"e_label\">partners_with</data></edge>\n"
      "<edge source=\"n0\" target=\"n1\"><data key=\"e_label\">invests_in</data><data key=\"e_w\">2</data></edge>\n"
      "<edge source=\"n0\" target=\"n1\"><data key=\"e_label\">invests_in</data></edge>\n",
      "undirected");
  KnowledgeGraph g = from_graphml(text);
  BOOST_TEST(node(g, "amazon").label == "Amazon");
  BOOST_TEST(node(g, "n1").label == "أنثروبيك");
  BOOST_TEST(edge_list(g) == (std::vector<std::string>{"amazon -invests_in-> n1", "amazon -invests_in-> n1",
                                                        "amazon -partners_with-> n1"}));
}

BOOST_AUTO_TEST_CASE(gephi_style_keys_for_all_and_edges_before_nodes) {
  // Gephi names keys after their attributes, declares some for="all", and adds x, y, size, r, g, b;
  // GraphML also lets an edge come before the nodes it names.
  const std::string text = graphml(
      "<key attr.name=\"label\" attr.type=\"string\" for=\"all\" id=\"label\"/>\n"
      "<key attr.name=\"Type\" attr.type=\"string\" for=\"node\" id=\"Type\"/>\n"
      "<key attr.name=\"type\" attr.type=\"string\" for=\"node\" id=\"kind\"/>\n"
      "<key attr.name=\"size\" attr.type=\"float\" for=\"node\" id=\"size\"/>\n"
      "<key attr.name=\"Weight\" attr.type=\"double\" for=\"edge\" id=\"weight\"/>\n",
      "<edge id=\"0\" source=\"1\" target=\"2\"><data key=\"weight\">1.0</data></edge>\n"
      "<node id=\"1\"><data key=\"label\">SoftBank</data><data key=\"size\">10.0</data>"
      "<data key=\"kind\">Company</data></node>\n"
      "<node id=\"2\"><data key=\"label\">Sam Altman</data><data key=\"kind\">person</data></node>\n"
      "<edge id=\"1\" source=\"2\" target=\"1\"><data key=\"label\">works_for</data></edge>\n");
  KnowledgeGraph g = from_graphml(text);
  BOOST_TEST(node(g, "1").label == "SoftBank");
  BOOST_TEST(to_string(node(g, "1").type) == "ORG");
  BOOST_TEST(to_string(node(g, "2").type) == "PERSON");
  BOOST_TEST(edge_list(g) == (std::vector<std::string>{"1 -related_to-> 2", "2 -works_for-> 1"}));
}

BOOST_AUTO_TEST_CASE(yed_graphics_and_nested_graphs_are_skipped) {
  const std::string text = graphml(
      "<key for=\"node\" id=\"d6\" yfiles.type=\"nodegraphics\"/>\n"
      "<key id=\"l\" for=\"node\" attr.name=\"label\"/>\n",
      "<node id=\"a\"><data key=\"d6\"><y:ShapeNode><y:NodeLabel>A</y:NodeLabel></y:ShapeNode></data>"
      "<data key=\"l\"><![CDATA[A & B]]></data>"
      "<graph id=\"inner\" edgedefault=\"directed\"><node id=\"a::x\"/></graph></node>\n"
      "<hyperedge><endpoint node=\"a\"/></hyperedge>\n");
  KnowledgeGraph g = from_graphml(text);
  BOOST_TEST(g.node_count() == 1u);
  BOOST_TEST(node(g, "a").label == "A & B");
}

BOOST_AUTO_TEST_CASE(symmetric_relations_are_stored_from_the_smaller_id) {
  const std::string text = graphml("<key id=\"r\" for=\"edge\" attr.name=\"relation\"/>\n",
                                   "<node id=\"b\"/><node id=\"a\"/>\n"
                                   "<edge source=\"b\" target=\"a\"><data key=\"r\">competes_with</data></edge>\n");
  BOOST_TEST(edge_list(from_graphml(text)) == std::vector<std::string>{"a -competes_with-> b"});
}

// --- errors -----------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(malformed_xml_is_reported_with_its_position) {
  BOOST_TEST(graphml_error(graphml("", "<node id=\"a\">\n</nod>\n")) ==
             "g.graphml:5:1: end tag </nod> does not match the start tag <node> at line 4, column 1 (near '</nod>')");
}

BOOST_AUTO_TEST_CASE(unknown_key_reference) {
  BOOST_TEST(graphml_error(graphml("", "<node id=\"a\">\n  <data key=\"d9\">x</data></node>\n")) ==
             "g.graphml:5:3: <data> names key 'd9', which no <key> declares (near '<data key=\"d9\">x</data></node>')");
}

BOOST_AUTO_TEST_CASE(edge_to_a_missing_node) {
  BOOST_TEST(graphml_error(graphml("", "<node id=\"a\"/>\n<edge source=\"a\" target=\"ghost\"/>\n")) ==
             "g.graphml:5:26: edge target 'ghost' is not a node of this graph (near 'ghost\"/>')");
  BOOST_TEST(graphml_error(graphml("", "<edge source=\"nobody\" target=\"a\"/>\n<node id=\"a\"/>\n")) ==
             "g.graphml:4:15: edge source 'nobody' is not a node of this graph (near 'nobody\" target=\"a\"/>')");
}

BOOST_AUTO_TEST_CASE(wrong_typed_values) {
  const std::string keys = "<key id=\"amt\" for=\"edge\" attr.name=\"amount_usd\" attr.type=\"double\"/>\n"
                           "<key id=\"m\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
                           "<key id=\"c\" for=\"edge\" attr.name=\"in_cycle\" attr.type=\"boolean\"/>\n"
                           "<key id=\"s\" for=\"edge\" attr.name=\"amount_usd\" attr.type=\"string\"/>\n";
  const std::string nodes = "<node id=\"a\"/><node id=\"b\"/>\n";
  BOOST_TEST(graphml_error(graphml(keys, nodes + "<edge source=\"a\" target=\"b\"><data key=\"amt\">abc</data></edge>\n")) ==
             "g.graphml:9:45: 'abc' is not a double (attribute 'amount_usd', key 'amt') (near 'abc')");
  BOOST_TEST(graphml_error(graphml(keys, "<node id=\"a\"><data key=\"m\">2.5</data></node>\n")) ==
             "g.graphml:8:28: '2.5' is not an int (attribute 'mentions', key 'm') (near '2.5')");
  BOOST_TEST(graphml_error(graphml(keys, nodes + "<edge source=\"a\" target=\"b\"><data key=\"c\">yes</data></edge>\n")) ==
             "g.graphml:9:43: 'yes' is not a boolean (true or false) (attribute 'in_cycle', key 'c') (near 'yes')");
  BOOST_TEST(graphml_error(graphml(keys, nodes + "<edge source=\"a\" target=\"b\"><data key=\"s\">$4B</data></edge>\n")) ==
             "g.graphml:9:43: '$4B' is not a number (attribute 'amount_usd', key 's') (near '$4B')");
  BOOST_TEST(graphml_error(graphml("<key id=\"k\" for=\"node\" attr.name=\"x\" attr.type=\"long\"><default>many</default></key>\n",
                                   "")) ==
             "g.graphml:3:64: 'many' is not a long (attribute 'x', key 'k') (near 'many')");
}

BOOST_AUTO_TEST_CASE(missing_graph_element) {
  BOOST_TEST(graphml_error("<?xml version=\"1.0\"?>\n<graphml>\n <key id=\"d0\" for=\"node\"/>\n</graphml>\n") ==
             "g.graphml:2:1: the document has no <graph> element (near '<graphml>')");
}

BOOST_AUTO_TEST_CASE(other_structural_errors) {
  BOOST_TEST(graphml_error("<graph/>") == "g.graphml:1:1: the root element is <graph>, not <graphml> (near '<graph/>')");
  BOOST_TEST(graphml_error(graphml("", "<node id=\"a\"/>\n<node id=\"a\"/>\n")) ==
             "g.graphml:5:1: a node with id 'a' comes earlier (near '<node id=\"a\"/>')");
  BOOST_TEST(graphml_error(graphml("", "<node/>\n")) == "g.graphml:4:1: a <node> needs a id attribute (near '<node/>')");
  BOOST_TEST(graphml_error(graphml("", "<edge source=\"a\"/>\n")) ==
             "g.graphml:4:1: an <edge> needs source and target attributes (near '<edge source=\"a\"/>')");
  BOOST_TEST(graphml_error(graphml("", "", "mixed")) ==
             "g.graphml:3:21: edgedefault must be 'directed' or 'undirected', found 'mixed' (near 'mixed\">')");
  BOOST_TEST(graphml_error(graphml("<key id=\"k\" attr.type=\"text\"/>\n", "")) ==
             "g.graphml:3:24: attr.type 'text' of key 'k' is not a GraphML type (boolean, int, long, float, double, "
             "string) (near 'text\"/>')");
  BOOST_TEST(graphml_error(graphml("<key id=\"k\" for=\"edge\"/>\n<key id=\"k\" for=\"node\"/>\n", "")) ==
             "g.graphml:4:1: key 'k' is declared twice (near '<key id=\"k\" for=\"node\"/>')");
  BOOST_TEST(graphml_error(graphml("<key id=\"k\" for=\"edge\" attr.name=\"w\"/>\n",
                                   "<node id=\"a\"><data key=\"k\">1</data></node>\n")) ==
             "g.graphml:5:14: key 'k' is declared for edges, not for nodes (near '<data key=\"k\">1</data></node>')");
  BOOST_TEST(graphml_error(graphml("<key id=\"ev\" for=\"edge\" attr.name=\"evidence\"/>\n",
                                   "<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><data key=\"ev\">"
                                   "[{&quot;doc_id&quot;: 7}]</data></edge>\n")) ==
             "g.graphml:6:44: evidence (attribute 'evidence', key 'ev'): [0].doc_id: expected a string, found a "
             "number (near '[{&quot;doc_id&quot;: 7}]</dat')");
}

BOOST_AUTO_TEST_CASE(repeated_edge_with_evidence_is_an_error) {
  std::string graphml_text = to_graphml(hand_made());
  std::size_t start = graphml_text.find("  <edge ");
  std::size_t end = graphml_text.find("</edge>\n", start) + 8;
  graphml_text.insert(end, graphml_text.substr(start, end - start));
  std::string message = graphml_error(graphml_text);
  BOOST_TEST(message.find(": an edge openai -buys_services_from-> أرامكو with evidence comes earlier") !=
             std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(read_graph_file_picks_graphml_by_extension) {
  BOOST_TEST(format_from_path("g.GRAPHML") == "graphml");
  BOOST_TEST(make_reader("graphml")->format() == "graphml");
}
