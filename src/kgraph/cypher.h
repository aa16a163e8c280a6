// cypher.h - the openCypher subset kgraph answers: lexer, recursive-descent parser and syntax tree.
//
// Queries are typed by people, so a mistake must be easy to find: every token and every tree node keeps
// the line and column where it starts (code points, 1-based) and its byte range in the source, and every
// error - syntax here, unknown names and runtime failures in query.cpp - is thrown as a kgraph::Error
// whose message is three lines:
//     query:1:27: unknown function 'lenght'
//     MATCH (a) RETURN a.id, lenght(a)
//                            ^^^^^^
// so the CLI prints it as it is. The tree is plain data; query.cpp resolves names and evaluates it.
//
// Supported: MATCH / OPTIONAL MATCH with comma-separated patterns, node patterns (v:LABEL {k: v}),
// relationship patterns -[r:T1|T2 {k: v} *min..max]-> <-[..]- -[..]-, path variables p = (...); WHERE;
// WITH and RETURN with DISTINCT, AS, ORDER BY, SKIP, LIMIT; UNWIND; expressions with AND OR XOR NOT,
// comparisons, IN, CONTAINS, STARTS WITH, ENDS WITH, IS [NOT] NULL, arithmetic, lists, $parameters,
// function calls (count(*), count(DISTINCT x)), pattern predicates; // line comments.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kgraph/error.h"

namespace kgraph::cypher {

/// Where something is in the query text: 1-based line and column in code points, byte range in the source.
struct Span {
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t begin = 0;  ///< byte offset of the first character
  std::size_t end = 0;    ///< byte offset after the last character
};

/// The query text and the name it goes by in messages ("query", a script's path, "<stdin>").
struct Source {
  std::string origin = "query";
  std::string text;
};

/// Builds the three-line error described above: "ORIGIN:LINE:COLUMN: message", the query line, and a
/// caret under the span (as wide as the span on that line, at least one column). Error::where() holds
/// origin, line and column, so callers can test the position without parsing the text.
Error query_error(const Source& source, const Span& at, const std::string& message);

/// The second and third lines of such a message: the line of `at` and the caret under it.
std::string caret_lines(std::string_view text, const Span& at);

// ---- tokens -----------------------------------------------------------------------------------------

enum class Tok {
  kEnd, kIdent, kString, kInteger, kFloat, kParam,
  kLParen, kRParen, kLBracket, kRBracket, kLBrace, kRBrace,
  kComma, kDot, kDotDot, kColon, kPipe, kSemicolon,
  kPlus, kMinus, kStar, kSlash, kPercent, kCaret,
  kEq, kNe, kLt, kLe, kGt, kGe,
};

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;   ///< as written (for strings: the decoded value; for $p and `q`: the bare name)
  Span span;
  bool quoted = false;  ///< an identifier written in `backticks` (never a keyword)
};

/// Splits `source.text` into tokens, ending with a kEnd token. Throws query_error for an unterminated
/// string, a bad escape or a character that starts no token.
std::vector<Token> tokenize(const Source& source);

// ---- syntax tree ------------------------------------------------------------------------------------

/// A literal value in the query (or a --param value).
struct Literal {
  enum class Kind { kNull, kBool, kInt, kFloat, kString };
  Kind kind = Kind::kNull;
  bool b = false;
  std::int64_t i = 0;
  double f = 0;
  std::string s;
};

struct PatternPart;

struct Expr {
  enum class Kind {
    kLiteral,   ///< literal
    kParam,     ///< name ($name)
    kVar,       ///< name
    kProperty,  ///< args[0].name
    kList,      ///< [args...]
    kUnary,     ///< op args[0]: "NOT", "-", "+"
    kBinary,    ///< args[0] op args[1]: OR XOR AND = <> < <= > >= + - * / % ^ IN CONTAINS STARTS ENDS
    kIsNull,    ///< args[0] IS NULL (negated: IS NOT NULL)
    kCall,      ///< name(args...), distinct for count(DISTINCT x); star for count(*)
    kPattern,   ///< a pattern predicate: pattern
    kIndex,     ///< args[0][args[1]]
  };
  Kind kind = Kind::kLiteral;
  Span span;            ///< the whole expression as written (its text names an unaliased column)
  Span op_span;         ///< the operator or function name, where errors about it point
  Literal literal;
  std::string name;     ///< variable, property, parameter or function name; the operator of kUnary/kBinary
  std::vector<std::unique_ptr<Expr>> args;
  bool distinct = false;
  bool star = false;
  bool negated = false;
  std::shared_ptr<PatternPart> pattern;
};
using ExprPtr = std::unique_ptr<Expr>;

/// One `key: value` of a property map in a pattern.
struct PropertyMatch {
  std::string key;
  Span key_span;
  ExprPtr value;
};

struct NodePattern {
  std::string var;                 ///< "" when anonymous
  Span span;
  std::vector<std::string> labels; ///< alternatives (ORG|PERSON), upper case; empty = any
  std::vector<Span> label_spans;
  std::vector<PropertyMatch> props;
};

enum class Direction { kRight, kLeft, kBoth };  ///< -[]->, <-[]-, -[]-

struct RelPattern {
  std::string var;
  Span span;
  Direction direction = Direction::kBoth;
  std::vector<std::string> types;  ///< alternatives; empty = any relation
  std::vector<PropertyMatch> props;
  bool var_length = false;         ///< written with '*': binds a list of relationships
  std::size_t min_hops = 1;
  std::optional<std::size_t> max_hops;  ///< nullopt = unbounded
};

/// (a)-[r]->(b)<-[s]-(c): nodes.size() == rels.size() + 1; rels[i] joins nodes[i] and nodes[i+1].
struct PatternPart {
  std::string path_var;  ///< p in p = (...), or ""
  Span span;
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
};

struct ReturnItem {
  ExprPtr expr;
  std::string alias;  ///< "" when none: the column is named by the expression text
  Span alias_span;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Clause {
  enum class Kind { kMatch, kWith, kReturn, kUnwind };
  Kind kind = Kind::kMatch;
  Span span;  ///< the keyword
  // MATCH
  bool optional = false;
  std::vector<PatternPart> patterns;
  ExprPtr where;  ///< MATCH ... WHERE and WITH ... WHERE
  // WITH / RETURN
  bool distinct = false;
  std::vector<ReturnItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip;
  ExprPtr limit;
  // UNWIND expr AS alias (in items[0])
};

struct Query {
  std::shared_ptr<const Source> source;
  Span span;  ///< the whole statement
  std::vector<Clause> clauses;
  /// The text of an expression as written (whitespace inside kept).
  std::string text_of(const Span& s) const { return source->text.substr(s.begin, s.end - s.begin); }
};

/// Parses one query. Throws query_error.
Query parse_query(std::shared_ptr<const Source> source);

/// Parses a script: queries separated by ';' (a trailing ';' and empty statements are allowed; a script
/// with no query at all is an error). Positions count from the start of the script.
std::vector<Query> parse_script(std::shared_ptr<const Source> source);

/// Keywords are matched without regard to case; `text` is compared with an upper-case keyword.
bool is_keyword(const Token& t, std::string_view upper);

}  // namespace kgraph::cypher
