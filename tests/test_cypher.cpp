// The query language (cypher.h) and its evaluation (query.h): tokens and their positions, the syntax tree,
// every syntax and evaluation error with its exact three-line message and position, and answers on a small
// graph built here (patterns, directions, variable length, paths, WHERE, aggregates, OPTIONAL MATCH,
// ORDER BY / SKIP / LIMIT, parameters, names in either script, null logic) and the subgraph a query binds.
#define BOOST_TEST_MODULE test_cypher
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

#include "kgraph/cypher.h"
#include "kgraph/error.h"
#include "kgraph/query.h"
#include "kgraph/table.h"

using namespace kgraph;

namespace {

std::shared_ptr<const cypher::Source> source(const std::string& text) {
  auto s = std::make_shared<cypher::Source>();
  s->text = text;
  return s;
}

// nvidia invests $100B in openai (planned) and $10B in anthropic; openai buys nvidia chips; amazon invests
// $8B in anthropic, which buys services from aws (part of amazon); jensen_huang is nvidia's CEO;
// anthropic competes with openai.
KnowledgeGraph tiny() {
  KnowledgeGraph g;
  auto node = [&](const std::string& id, EntityType t, const std::string& en, const std::string& ar,
                  const std::string& part_of = "") {
    NodeProps n;
    n.id = id, n.type = t, n.label_en = en, n.label_ar = ar, n.part_of = part_of;
    if (!en.empty()) n.aliases.insert(en);
    if (!ar.empty()) n.aliases.insert(ar);
    n.mentions = 2;
    g.add_node(n);
  };
  auto edge = [&](const std::string& s, const std::string& rel, const std::string& t, std::optional<double> usd,
                  const std::string& status) {
    EdgeProps e;
    e.relation = rel, e.amount_usd = usd, e.status = status;
    if (!status.empty()) e.statuses = {status};
    Evidence ev;
    ev.doc_id = "d_" + s;
    ev.sentence = s + " " + rel + " " + t;
    e.evidence = {ev};
    g.add_edge(s, e, t);
  };
  node("amazon", EntityType::kOrg, "Amazon", "\u0623\u0645\u0627\u0632\u0648\u0646");  // أمازون
  node("anthropic", EntityType::kOrg, "Anthropic", "");
  node("aws", EntityType::kOrg, "AWS", "", "amazon");
  node("jensen_huang", EntityType::kPerson, "Jensen Huang", "");
  // إنفيديا, with the hamza seat that folding removes
  node("nvidia", EntityType::kOrg, "Nvidia", "\u0625\u0646\u0641\u064a\u062f\u064a\u0627");
  node("openai", EntityType::kOrg, "OpenAI", "");
  edge("nvidia", "invests_in", "openai", 1e11, "planned");
  edge("nvidia", "invests_in", "anthropic", 1e10, "completed");
  edge("openai", "buys_chips_from", "nvidia", std::nullopt, "planned");
  edge("amazon", "invests_in", "anthropic", 8e9, "completed");
  edge("anthropic", "buys_services_from", "aws", std::nullopt, "denied");
  edge("jensen_huang", "ceo_of", "nvidia", std::nullopt, "");
  edge("anthropic", "competes_with", "openai", std::nullopt, "");
  return g;
}

const KnowledgeGraph& graph() {
  static const KnowledgeGraph g = tiny();
  return g;
}

// The answer as TSV (header line, then one line per row).
std::string ask(const std::string& q, const QueryParams& params = {}) {
  ResultTable t = run_query(graph(), cypher::parse_query(source(q)), params);
  std::ostringstream out;
  write_table(t, TableFormat::kTsv, out);
  return out.str();
}

std::string jsonl(const std::string& q) {
  ResultTable t = run_query(graph(), cypher::parse_query(source(q)));
  std::ostringstream out;
  write_table(t, TableFormat::kJsonl, out);
  return out.str();
}

// The full message of the error a query raises (parse or run), and its position.
struct Failure {
  std::string what;
  std::size_t line = 0, column = 0;
};
Failure failure(const std::string& q, const QueryParams& params = {}) {
  try {
    ask(q, params);
  } catch (const Error& e) {
    BOOST_TEST((e.code() == ErrorCode::kBadInput));
    return {e.what(), e.where().line, e.where().column};
  }
  return {"no error", 0, 0};
}

}  // namespace

// ---- lexer and parser -------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(tokens_keep_line_and_column_in_code_points) {
  auto toks = cypher::tokenize(cypher::Source{"q", "MATCH (n {name: '\u0625\u0646'})\n  RETURN n.id <> 1.5e3"});
  BOOST_TEST(toks.size() == 16u);
  BOOST_TEST((toks[4].kind == cypher::Tok::kIdent && toks[4].text == "name"));
  BOOST_TEST((toks[6].kind == cypher::Tok::kString));
  BOOST_TEST(toks[6].span.column == 17u);
  BOOST_TEST((toks[7].kind == cypher::Tok::kRBrace));
  BOOST_TEST(toks[7].span.column == 21u);  // after two Arabic letters and the quotes
  BOOST_TEST(toks[9].text == "RETURN");
  BOOST_TEST(toks[9].span.line == 2u);
  BOOST_TEST(toks[9].span.column == 3u);
  BOOST_TEST((toks[13].kind == cypher::Tok::kNe));
  BOOST_TEST((toks[14].kind == cypher::Tok::kFloat && toks[14].text == "1.5e3"));
  BOOST_TEST((toks[15].kind == cypher::Tok::kEnd));
}

BOOST_AUTO_TEST_CASE(parses_patterns_directions_types_and_lengths) {
  cypher::Query q = cypher::parse_query(source(
      "MATCH p = (a:ORG {id: 'nvidia'})-[r:invests_in|buys_chips_from*1..4]->(b)<-[:ceo_of]-(c), (b)--(d)-[*]-(e)\n"
      "OPTIONAL MATCH (b)-[*2]->(f)-[*..3]->(g)-[*2..]->(h) RETURN DISTINCT a, count(*) AS n ORDER BY n DESC SKIP 1 LIMIT 2"));
  BOOST_TEST(q.clauses.size() == 3u);
  const cypher::Clause& m = q.clauses[0];
  BOOST_TEST(m.patterns.size() == 2u);
  const cypher::PatternPart& p = m.patterns[0];
  BOOST_TEST(p.path_var == "p");
  BOOST_TEST(p.nodes.size() == 3u);
  BOOST_TEST(p.nodes[0].labels == std::vector<std::string>{"ORG"});
  BOOST_TEST(p.nodes[0].props[0].key == "id");
  BOOST_TEST((p.rels[0].direction == cypher::Direction::kRight));
  BOOST_TEST((p.rels[0].types == std::vector<std::string>{"invests_in", "buys_chips_from"}));
  BOOST_TEST(p.rels[0].var_length);
  BOOST_TEST(p.rels[0].min_hops == 1u);
  BOOST_TEST(*p.rels[0].max_hops == 4u);
  BOOST_TEST((p.rels[1].direction == cypher::Direction::kLeft));
  BOOST_TEST(!p.rels[1].var_length);
  const cypher::PatternPart& p2 = m.patterns[1];
  BOOST_TEST((p2.rels[0].direction == cypher::Direction::kBoth));
  BOOST_TEST((p2.rels[1].var_length && p2.rels[1].min_hops == 1u && !p2.rels[1].max_hops));
  const cypher::Clause& o = q.clauses[1];
  BOOST_TEST(o.optional);
  BOOST_TEST((o.patterns[0].rels[0].min_hops == 2u && *o.patterns[0].rels[0].max_hops == 2u));
  BOOST_TEST((o.patterns[0].rels[1].min_hops == 1u && *o.patterns[0].rels[1].max_hops == 3u));
  BOOST_TEST((o.patterns[0].rels[2].min_hops == 2u && !o.patterns[0].rels[2].max_hops));
  const cypher::Clause& r = q.clauses[2];
  BOOST_TEST(r.distinct);
  BOOST_TEST(r.items.size() == 2u);
  BOOST_TEST(r.items[1].alias == "n");
  BOOST_TEST(r.order_by[0].descending);
  BOOST_TEST(q.text_of(r.items[1].expr->span) == "count(*)");
}

BOOST_AUTO_TEST_CASE(script_splits_on_semicolons_and_counts_lines_from_its_start) {
  auto qs = cypher::parse_script(source("RETURN 1;\n// comment\nRETURN 2 AS two;;\n"));
  BOOST_TEST(qs.size() == 2u);
  BOOST_TEST(qs[1].span.line == 3u);
  BOOST_TEST(qs[1].clauses[0].items[0].alias == "two");
}

BOOST_AUTO_TEST_CASE(syntax_errors_have_message_position_and_caret) {
  Failure f = failure("MATCH (a)-[r:invests_in]->(b) RETURN a.id,, b.id");
  BOOST_TEST(f.what ==
             "query:1:43: expected an expression, found ','\n"
             "MATCH (a)-[r:invests_in]->(b) RETURN a.id,, b.id\n"
             "                                          ^");
  BOOST_TEST(f.line == 1u);
  BOOST_TEST(f.column == 43u);

  BOOST_TEST(failure("MATCH (a {name: 'Nvidia}) RETURN a").what ==
             "query:1:17: unterminated string\n"
             "MATCH (a {name: 'Nvidia}) RETURN a\n"
             "                ^");
  BOOST_TEST(failure("RETURN 'a\\qb'").what ==
             "query:1:10: bad escape '\\q' in string\n"
             "RETURN 'a\\qb'\n"
             "         ^^");
  BOOST_TEST(failure("MATCH (a) RETURN a # b").what ==
             "query:1:20: unexpected character '#'\n"
             "MATCH (a) RETURN a # b\n"
             "                   ^");
  BOOST_TEST(failure("MATCH (a)-[r]->(b) RETURN a.id ORDR BY a.id").what ==
             "query:1:32: expected ';' or end of query, found 'ORDR'\n"
             "MATCH (a)-[r]->(b) RETURN a.id ORDR BY a.id\n"
             "                               ^^^^");
  BOOST_TEST(failure("MATCH (a)-[r]->(b").what ==
             "query:1:18: expected ')' to close the node pattern, found end of query\n"
             "MATCH (a)-[r]->(b\n"
             "                 ^");
  BOOST_TEST(failure("MATCH (a)-[*3..1]->(b) RETURN a").what ==
             "query:1:16: bad length range: the maximum is below the minimum\n"
             "MATCH (a)-[*3..1]->(b) RETURN a\n"
             "               ^");
  BOOST_TEST(failure("MATCH (a)<-[r]->(b) RETURN a").what ==
             "query:1:16: a relationship cannot point both ways\n"
             "MATCH (a)<-[r]->(b) RETURN a\n"
             "               ^");
  BOOST_TEST(failure("  ").what == "query:1:3: empty query: expected MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN\n"
                                    "  \n"
                                    "  ^");
  BOOST_TEST(failure("MATCH (a) DELETE a").what ==
             "query:1:11: kgraph queries only read: DELETE is not supported\n"
             "MATCH (a) DELETE a\n"
             "          ^^^^^^");
  BOOST_TEST(failure("RETURN 1; RETURN 2").what ==
             "query:1:11: one query expected, found a second one (use -f FILE for a script)\n"
             "RETURN 1; RETURN 2\n"
             "          ^^^^^^");
}

BOOST_AUTO_TEST_CASE(caret_is_placed_by_display_width_on_the_error_line) {
  // Line 2 starts with Arabic: the caret counts one column per letter.
  Failure f = failure("MATCH (n {name: '\u0625\u0646\u0641\u064a\u062f\u064a\u0627'})\nRETURN n.nam");
  BOOST_TEST(f.line == 2u);
  BOOST_TEST(f.column == 10u);
  BOOST_TEST(f.what ==
             "query:2:10: unknown node property 'nam' (id, name, label, label_ar, label_en, type, aliases, documents, "
             "mentions, part_of, confidence, method)\n"
             "RETURN n.nam\n"
             "         ^^^");
  BOOST_TEST(cypher::caret_lines("\u0623\u0628 x", cypher::Span{1, 4, 5, 6}) == "\u0623\u0628 x\n   ^");
}

// ---- errors found when planning or running ----------------------------------------------------------

BOOST_AUTO_TEST_CASE(name_errors_point_at_the_name) {
  BOOST_TEST(failure("MATCH (a) RETURN b").what == "query:1:18: unknown variable 'b'\nMATCH (a) RETURN b\n                 ^");
  BOOST_TEST(failure("MATCH (a) RETURN lenght(a)").what ==
             "query:1:18: unknown function 'lenght'\nMATCH (a) RETURN lenght(a)\n                 ^^^^^^");
  BOOST_TEST(failure("MATCH (a) WHERE a.id = $who RETURN a").what ==
             "query:1:24: missing parameter $who (give it with --param who=VALUE)\n"
             "MATCH (a) WHERE a.id = $who RETURN a\n"
             "                       ^^^^");
  BOOST_TEST(failure("MATCH (a:COMPANY) RETURN a").what ==
             "query:1:10: unknown label 'COMPANY' (ORG, PERSON, PRODUCT, MEDIA, PLACE, Entity)\n"
             "MATCH (a:COMPANY) RETURN a\n"
             "         ^^^^^^^");
  BOOST_TEST(failure("MATCH ()-[r {amount: 1}]->() RETURN r").what ==
             "query:1:14: unknown relationship property 'amount' (relation, amount_usd, amount_qualifier, status, "
             "statuses, reported_by, first_seen, last_seen, in_cycle, confidence, weight, evidence_count, sentence, "
             "documents)\n"
             "MATCH ()-[r {amount: 1}]->() RETURN r\n"
             "             ^^^^^^");
  BOOST_TEST(failure("MATCH (a) WHERE count(*) > 1 RETURN a").what ==
             "query:1:17: aggregate function 'count' is not allowed here\n"
             "MATCH (a) WHERE count(*) > 1 RETURN a\n"
             "                ^^^^^");
  BOOST_TEST(failure("MATCH (a) RETURN size(a.id, 2)").what ==
             "query:1:18: function 'size' takes 1 argument, got 2\n"
             "MATCH (a) RETURN size(a.id, 2)\n"
             "                 ^^^^");
  BOOST_TEST(failure("MATCH (a) RETURN count(count(a))").what ==
             "query:1:24: aggregate function 'count' inside another aggregate\n"
             "MATCH (a) RETURN count(count(a))\n"
             "                       ^^^^^");
  BOOST_TEST(failure("MATCH (a) WHERE (a)-->(z) RETURN a").what ==
             "query:1:23: unknown variable 'z'\nMATCH (a) WHERE (a)-->(z) RETURN a\n                      ^^^");
  BOOST_TEST(failure("MATCH (a)").what == "query:1:10: a query must end with RETURN\nMATCH (a)\n         ^");
}

BOOST_AUTO_TEST_CASE(runtime_errors_point_at_the_operator) {
  BOOST_TEST(failure("RETURN 1 / 0").what == "query:1:10: division by zero\nRETURN 1 / 0\n         ^");
  BOOST_TEST(failure("RETURN 7 % 0.0").what == "query:1:10: division by zero\nRETURN 7 % 0.0\n         ^");
  BOOST_TEST(failure("RETURN 'a' - 1").what ==
             "query:1:12: cannot apply '-' to a string and an integer\nRETURN 'a' - 1\n           ^");
  BOOST_TEST(failure("RETURN NOT 3").what == "query:1:8: cannot apply 'NOT' to an integer\nRETURN NOT 3\n       ^^^");
  BOOST_TEST(failure("MATCH (a) WHERE a.id RETURN a").what ==
             "query:1:17: WHERE needs a boolean, got a string\nMATCH (a) WHERE a.id RETURN a\n                ^^^^");
  BOOST_TEST(failure("MATCH (a)-[r]->() RETURN sum(a.id)").what ==
             "query:1:26: function 'sum' needs numbers, got a string\n"
             "MATCH (a)-[r]->() RETURN sum(a.id)\n"
             "                         ^^^");
  BOOST_TEST(failure("RETURN toUpper(1)").what ==
             "query:1:8: function 'toUpper' needs a string, got an integer\nRETURN toUpper(1)\n       ^^^^^^^");
  BOOST_TEST(failure("RETURN 1 LIMIT -1").what ==
             "query:1:16: LIMIT needs a non-negative integer, got -1\nRETURN 1 LIMIT -1\n               ^^");
  BOOST_TEST(failure("RETURN 9223372036854775807 + 1").what ==
             "query:1:28: integer overflow\nRETURN 9223372036854775807 + 1\n                           ^");
}

// ---- answers ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(one_hop_patterns_in_each_direction) {
  BOOST_TEST(ask("MATCH (a)-[r:invests_in]->(b {id: 'anthropic'}) RETURN a.id, r.amount_usd ORDER BY a.id") ==
             "a.id\tr.amount_usd\namazon\t8000000000\nnvidia\t10000000000\n");
  BOOST_TEST(ask("MATCH (n {id: 'nvidia'})<-[r]-(m) RETURN m.id, type(r) ORDER BY m.id") ==
             "m.id\ttype(r)\njensen_huang\tceo_of\nopenai\tbuys_chips_from\n");
  BOOST_TEST(ask("MATCH (n {id: 'openai'})-[r]-(m) RETURN m.id, type(r), startNode(r) = n AS out ORDER BY m.id, type(r)") ==
             "m.id\ttype(r)\tout\nanthropic\tcompetes_with\tfalse\nnvidia\tbuys_chips_from\ttrue\n"
             "nvidia\tinvests_in\tfalse\n");
  BOOST_TEST(ask("MATCH (:PERSON)-->(c:ORG) RETURN c") == "c\nnvidia\n");
}

// A query written for the Neo4j export (neo4j_export.h) runs unchanged: upper-case relation types, :Entity.
BOOST_AUTO_TEST_CASE(neo4j_spelling_of_types_and_the_entity_label) {
  BOOST_TEST(ask("MATCH (a:Entity)-[r:INVESTS_IN]->(b {id: 'anthropic'}) RETURN a.id ORDER BY a.id") ==
             "a.id\namazon\nnvidia\n");
  BOOST_TEST(ask("MATCH (a)-[:Invests_In|BUYS_CHIPS_FROM]->(b:entity:ORG {id: 'nvidia'}) RETURN a.id") == "a.id\nopenai\n");
}

BOOST_AUTO_TEST_CASE(names_match_any_alias_in_either_script_folded) {
  // انفيديا without the hamza, as people type it, finds إنفيديا.
  BOOST_TEST(ask("MATCH (n {name: '\u0627\u0646\u0641\u064a\u062f\u064a\u0627'}) RETURN n.id, n.name") ==
             "n.id\tn.name\nnvidia\tNvidia\n");
  BOOST_TEST(ask("MATCH (n) WHERE n.name = 'NVIDIA' RETURN n.id") == "n.id\nnvidia\n");
  BOOST_TEST(ask("MATCH (n) WHERE n.name IN ['openai', '\u0623\u0645\u0627\u0632\u0648\u0646'] RETURN n.id ORDER BY n.id") ==
             "n.id\namazon\nopenai\n");
  BOOST_TEST(ask("MATCH (n:ORG) WHERE n.name <> 'nvidia' AND n.part_of IS NULL RETURN count(*) AS c") == "c\n3\n");
}

BOOST_AUTO_TEST_CASE(variable_length_paths_and_path_functions) {
  BOOST_TEST(ask("MATCH p = (a {id: 'amazon'})-[*1..3]->(b {id: 'nvidia'}) RETURN p, length(p)") ==
             "p\tlength(p)\namazon -> anthropic -> openai -> nvidia\t3\n");
  BOOST_TEST(ask("MATCH p = (a {id: 'jensen_huang'})-[*1..3]->(b) RETURN p, length(p) ORDER BY length(p), p") ==
             "p\tlength(p)\n"
             "jensen_huang -> nvidia\t1\n"
             "jensen_huang -> nvidia -> anthropic\t2\n"
             "jensen_huang -> nvidia -> openai\t2\n"
             "jensen_huang -> nvidia -> anthropic -> aws\t3\n"
             "jensen_huang -> nvidia -> anthropic -> openai\t3\n"
             "jensen_huang -> nvidia -> openai -> nvidia\t3\n");
  BOOST_TEST(ask("MATCH (a {id: 'amazon'})-[r*2]-(b) RETURN b.id, size(r) ORDER BY b.id") ==
             "b.id\tsize(r)\naws\t2\nnvidia\t2\nopenai\t2\n");
  BOOST_TEST(ask("MATCH (u {id: 'aws'})-[:part_of*0..1]->(p) RETURN p.id") == "p.id\naws\n");
  BOOST_TEST(ask("MATCH p = (:PERSON)-[*2]->(x) RETURN nodes(p)[1].id AS mid, relationships(p)[-1] AS last ORDER BY last") ==
             "mid\tlast\nnvidia\tnvidia-[invests_in]->anthropic\nnvidia\tnvidia-[invests_in]->openai\n");
}

BOOST_AUTO_TEST_CASE(where_logic_and_null_semantics) {
  BOOST_TEST(ask("RETURN 1 < 'a' AS lt, 1 = 'a' AS eq, null = null AS nn, null AND false AS af, null OR true AS ot, "
                 "true XOR true AS x, 7 / 2 AS i, 7 / 2.0 AS f, 'a' + 1 AS s, [1] + 2 AS l, 2 ^ 3 AS p") ==
             "lt\teq\tnn\taf\tot\tx\ti\tf\ts\tl\tp\n\tfalse\t\tfalse\ttrue\tfalse\t3\t3.5\ta1\t1, 2\t8\n");
  BOOST_TEST(ask("MATCH (a)-[r]->(b) WHERE r.amount_usd >= 1e10 AND NOT a.id STARTS WITH 'x' RETURN a.id, b.id "
                 "ORDER BY r.amount_usd DESC") ==
             "a.id\tb.id\nnvidia\topenai\nnvidia\tanthropic\n");
  BOOST_TEST(ask("MATCH (a)-[r]->(b) WHERE r.status IN ['denied', 'stalled'] OR b.label ENDS WITH 'Huang' "
                 "RETURN a.id, r.status") == "a.id\tr.status\nanthropic\tdenied\n");
  BOOST_TEST(ask("MATCH (a:ORG) WHERE a.label CONTAINS 'o' AND a.label_ar IS NOT NULL RETURN a.id") == "a.id\namazon\n");
}

BOOST_AUTO_TEST_CASE(pattern_predicates) {
  // Who invests in a company that buys from it?
  BOOST_TEST(ask("MATCH (a)-[:invests_in]->(b) WHERE (b)-[:buys_chips_from]->(a) RETURN a.id, b.id") ==
             "a.id\tb.id\nnvidia\topenai\n");
  BOOST_TEST(ask("MATCH (a)-[:invests_in]->(b) WHERE NOT exists((b)-->(a)) RETURN a.id, b.id ORDER BY a.id, b.id") ==
             "a.id\tb.id\namazon\tanthropic\nnvidia\tanthropic\n");
}

BOOST_AUTO_TEST_CASE(aggregates_group_by_the_other_items) {
  BOOST_TEST(ask("MATCH (a)-[r:invests_in]->(b) WITH a, r, b ORDER BY b.id "
                 "RETURN a.id AS investor, count(*) AS n, sum(r.amount_usd) AS total, avg(r.amount_usd) AS mean, "
                 "min(b.id) AS first, max(r.amount_usd) AS top, collect(b.id) AS into ORDER BY total DESC") ==
             "investor\tn\ttotal\tmean\tfirst\ttop\tinto\n"
             "nvidia\t2\t110000000000\t55000000000\tanthropic\t100000000000\tanthropic, openai\n"
             "amazon\t1\t8000000000\t8000000000\tanthropic\t8000000000\tanthropic\n");
  BOOST_TEST(ask("MATCH (a)-[r]->(b) RETURN count(DISTINCT a) AS sources, count(r.amount_usd) AS priced") ==
             "sources\tpriced\n5\t3\n");
  BOOST_TEST(ask("MATCH (a {id: 'nobody'}) RETURN count(*) AS n, sum(1) AS s, collect(a) AS c") == "n\ts\tc\n0\t0\t\n");
  BOOST_TEST(ask("MATCH (a:ORG) RETURN a.type, count(*) * 10 AS tens") == "a.type\ttens\nORG\t50\n");
}

BOOST_AUTO_TEST_CASE(optional_match_keeps_rows_with_nulls) {
  BOOST_TEST(ask("MATCH (o:ORG) OPTIONAL MATCH (p:PERSON)-[:ceo_of]->(o) RETURN o.id, p.id ORDER BY o.id") ==
             "o.id\tp.id\namazon\t\nanthropic\t\naws\t\nnvidia\tjensen_huang\nopenai\t\n");
  BOOST_TEST(ask("MATCH (o {id: 'aws'}) OPTIONAL MATCH (o)-[:invests_in]->(x) OPTIONAL MATCH (x)-->(y) "
                 "RETURN o.id, x, y") == "o.id\tx\ty\naws\t\t\n");
}

BOOST_AUTO_TEST_CASE(order_skip_limit_distinct_unwind_and_with) {
  BOOST_TEST(ask("MATCH (a)-[r]->() RETURN DISTINCT a.type AS t ORDER BY t") == "t\nORG\nPERSON\n");
  BOOST_TEST(ask("MATCH (a) RETURN a.id ORDER BY a.id DESC SKIP 1 LIMIT 2") == "a.id\nnvidia\njensen_huang\n");
  BOOST_TEST(ask("UNWIND [3, 1, 2] AS x WITH x WHERE x > 1 RETURN x ORDER BY x") == "x\n2\n3\n");
  BOOST_TEST(ask("MATCH (a)-[r]->(b) WITH a, count(*) AS degree WHERE degree > 1 RETURN a.id, degree ORDER BY a.id") ==
             "a.id\tdegree\nanthropic\t2\nnvidia\t2\n");
  BOOST_TEST(ask("MATCH (a {id: 'nvidia'})-[r]->(b) RETURN b.id ORDER BY r.amount_usd LIMIT $n",
                 {{"n", parse_param_value("1")}}) == "b.id\nanthropic\n");
}

BOOST_AUTO_TEST_CASE(functions_and_properties) {
  BOOST_TEST(ask("MATCH (n {id: 'aws'}) RETURN labels(n), id(n), toUpper(n.id), toLower('AbC'), n.part_of, "
                 "coalesce(n.label_ar, n.label) AS name, toString(n.mentions) + '!' AS m, size(n.aliases) AS k") ==
             "labels(n)\tid(n)\ttoUpper(n.id)\ttoLower('AbC')\tn.part_of\tname\tm\tk\n"
             "ORG\taws\tAWS\tabc\tamazon\tAWS\t2!\t1\n");
  BOOST_TEST(ask("MATCH ()-[r {status: 'denied'}]->() RETURN r, r.sentence, r.documents, r.weight, r.in_cycle") ==
             "r\tr.sentence\tr.documents\tr.weight\tr.in_cycle\n"
             "anthropic-[buys_services_from]->aws\tanthropic buys_services_from aws\td_anthropic\t1\tfalse\n");
  BOOST_TEST(jsonl("MATCH (n {id: 'nvidia'})-[r:invests_in]->(m {id: 'openai'}) RETURN n, r, [1, 'x', null] AS l") ==
             "{\"n\":{\"id\":\"nvidia\",\"label\":\"Nvidia\",\"type\":\"ORG\"},"
             "\"r\":{\"source\":\"nvidia\",\"relation\":\"invests_in\",\"target\":\"openai\"},\"l\":[1,\"x\",null]}\n");
}

BOOST_AUTO_TEST_CASE(param_values_are_typed_when_they_read_as_a_type) {
  BOOST_TEST((parse_param_value("42").kind == cypher::Literal::Kind::kInt && parse_param_value("42").i == 42));
  BOOST_TEST((parse_param_value("-1.5e3").kind == cypher::Literal::Kind::kFloat && parse_param_value("-1.5e3").f == -1500));
  BOOST_TEST((parse_param_value("true").kind == cypher::Literal::Kind::kBool && parse_param_value("true").b));
  BOOST_TEST((parse_param_value("null").kind == cypher::Literal::Kind::kNull));
  BOOST_TEST((parse_param_value("4x").kind == cypher::Literal::Kind::kString && parse_param_value("4x").s == "4x"));
  BOOST_TEST((parse_param_value("").kind == cypher::Literal::Kind::kString));
}

BOOST_AUTO_TEST_CASE(subgraph_holds_every_bound_element) {
  KnowledgeGraph part = query_subgraph(graph(), cypher::parse_query(source(
                                                    "MATCH (p:PERSON)-[*2]->(x)-[:buys_services_from]->() RETURN x")));
  std::vector<std::string> nodes, edges;
  for (Vertex v : part.sorted_vertices()) nodes.push_back(part.graph()[v].id);
  for (Edge e : part.sorted_edges()) {
    const Graph& G = part.graph();
    edges.push_back(G[boost::source(e, G)].id + " " + G[e].relation + " " + G[boost::target(e, G)].id);
  }
  BOOST_TEST((nodes == std::vector<std::string>{"anthropic", "aws", "jensen_huang", "nvidia"}));
  BOOST_TEST((edges == std::vector<std::string>{"anthropic buys_services_from aws", "jensen_huang ceo_of nvidia",
                                                "nvidia invests_in anthropic"}));
  const Graph& G = part.graph();
  Edge inv = part.sorted_edges()[2];
  BOOST_TEST(*G[inv].amount_usd == 1e10);
  BOOST_TEST(G[inv].evidence.front().sentence == "nvidia invests_in anthropic");
  BOOST_TEST(G[*part.find("aws")].part_of == "amazon");
}
