// cypher.cpp - see cypher.h.
//
// The lexer works on bytes but counts columns in code points (a byte that is not a UTF-8 continuation
// byte starts one), so a caret lands under the right character after Arabic text. Arrows are not tokens:
// '<', '-' and '>' are, and the pattern parser reads "<-", "->" and "--" from them, because "a<-1" in an
// expression must stay "a < -1". The parser is one function per grammar rule of the openCypher grammar,
// with its precedence levels (OR < XOR < AND < NOT < comparison < string/list/null predicates < + - <
// * / % < ^ < unary < property and index access).
#include "kgraph/cypher.h"

#include <algorithm>
#include <cctype>

#include "kgraph/table.h"
#include "kgraph/utf8.h"

namespace kgraph::cypher {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string caret_lines(std::string_view text, const Span& at) {
  std::size_t begin = std::min(at.begin, text.size());
  std::size_t line_start = text.substr(0, begin).rfind('\n');
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::size_t line_end = text.find('\n', line_start);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::string line(text.substr(line_start, line_end - line_start));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  // Tabs would move the caret by a terminal-dependent amount; a space moves it by one.
  std::replace(line.begin(), line.end(), '\t', ' ');
  std::size_t prefix_bytes = std::min(begin - line_start, line.size());
  std::size_t end = std::clamp(at.end, begin, line_start + line.size());
  std::size_t indent = display_width(line.substr(0, prefix_bytes));
  std::size_t width = display_width(line.substr(prefix_bytes, end - begin));
  return line + "\n" + std::string(indent, ' ') + std::string(std::max<std::size_t>(width, 1), '^');
}

Error query_error(const Source& source, const Span& at, const std::string& message) {
  return Error(ErrorCode::kBadInput, message + "\n" + caret_lines(source.text, at),
               Location{source.origin, at.line, at.column, ""});
}

bool is_keyword(const Token& t, std::string_view upper_kw) {
  if (t.kind != Tok::kIdent || t.quoted || t.text.size() != upper_kw.size()) return false;
  for (std::size_t k = 0; k < upper_kw.size(); ++k) {
    if (std::toupper(static_cast<unsigned char>(t.text[k])) != upper_kw[k]) return false;
  }
  return true;
}

// ---- lexer ------------------------------------------------------------------------------------------

namespace {

class Lexer {
 public:
  explicit Lexer(const Source& src) : src_(src), s_(src.text) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    for (;;) {
      skip_space_and_comments();
      Token t;
      t.span = here();
      if (pos_ >= s_.size()) {
        t.kind = Tok::kEnd;
        t.span.end = pos_;
        out.push_back(t);
        return out;
      }
      lex_one(t);
      t.span.end = pos_;
      out.push_back(std::move(t));
    }
  }

 private:
  Span here() const { return Span{line_, col_, pos_, pos_}; }

  void advance(std::size_t n = 1) {
    for (std::size_t k = 0; k < n && pos_ < s_.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(s_[pos_++]);
      if (c == '\n') ++line_, col_ = 1;
      else if (!is_continuation(c)) ++col_;
    }
  }

  char peek(std::size_t ahead = 0) const { return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : '\0'; }

  [[noreturn]] void fail(const Span& at, const std::string& message) const { throw query_error(src_, at, message); }

  void skip_space_and_comments() {
    for (;;) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        advance();
      } else if (c == '/' && peek(1) == '/') {
        while (pos_ < s_.size() && peek() != '\n') advance();
      } else if (c == '/' && peek(1) == '*') {
        Span start = here();
        advance(2);
        while (pos_ < s_.size() && !(peek() == '*' && peek(1) == '/')) advance();
        if (pos_ >= s_.size()) fail(Span{start.line, start.column, start.begin, start.begin + 2}, "unterminated comment");
        advance(2);
      } else {
        return;
      }
    }
  }

  static bool ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
  static bool ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

  void lex_one(Token& t) {
    const char c = peek();
    const unsigned char uc = static_cast<unsigned char>(c);
    auto single = [&](Tok k) { t.kind = k, t.text = std::string(1, c), advance(); };
    auto two = [&](Tok k) { t.kind = k, t.text = s_.substr(pos_, 2), advance(2); };
    if (ident_start(uc)) {
      std::size_t b = pos_;
      while (pos_ < s_.size() && ident_char(static_cast<unsigned char>(peek()))) advance();
      t.kind = Tok::kIdent, t.text = s_.substr(b, pos_ - b);
      return;
    }
    if (std::isdigit(uc) || (c == '.' && std::isdigit(static_cast<unsigned char>(peek(1))))) return lex_number(t);
    switch (c) {
      case '\'': case '"': return lex_string(t);
      case '`': {
        Span start = here();
        advance();
        std::size_t b = pos_;
        while (pos_ < s_.size() && peek() != '`' && peek() != '\n') advance();
        if (peek() != '`') fail(Span{start.line, start.column, start.begin, start.begin + 1}, "unterminated `name`");
        t.kind = Tok::kIdent, t.text = s_.substr(b, pos_ - b), t.quoted = true;
        advance();
        return;
      }
      case '$': {
        advance();
        std::size_t b = pos_;
        while (pos_ < s_.size() && ident_char(static_cast<unsigned char>(peek()))) advance();
        if (pos_ == b) fail(Span{t.span.line, t.span.column, t.span.begin, t.span.begin + 1}, "expected a parameter name after '$'");
        t.kind = Tok::kParam, t.text = s_.substr(b, pos_ - b);
        return;
      }
      case '(': return single(Tok::kLParen);
      case ')': return single(Tok::kRParen);
      case '[': return single(Tok::kLBracket);
      case ']': return single(Tok::kRBracket);
      case '{': return single(Tok::kLBrace);
      case '}': return single(Tok::kRBrace);
      case ',': return single(Tok::kComma);
      case ':': return single(Tok::kColon);
      case '|': return single(Tok::kPipe);
      case ';': return single(Tok::kSemicolon);
      case '+': return single(Tok::kPlus);
      case '-': return single(Tok::kMinus);
      case '*': return single(Tok::kStar);
      case '/': return single(Tok::kSlash);
      case '%': return single(Tok::kPercent);
      case '^': return single(Tok::kCaret);
      case '=': return single(Tok::kEq);
      case '.': return peek(1) == '.' ? two(Tok::kDotDot) : single(Tok::kDot);
      case '<':
        if (peek(1) == '=') return two(Tok::kLe);
        if (peek(1) == '>') return two(Tok::kNe);
        return single(Tok::kLt);
      case '>': return peek(1) == '=' ? two(Tok::kGe) : single(Tok::kGt);
      case '!':
        if (peek(1) == '=') return two(Tok::kNe);
        break;
      default: break;
    }
    std::size_t n = 1;
    while (pos_ + n < s_.size() && is_continuation(static_cast<unsigned char>(s_[pos_ + n]))) ++n;
    fail(Span{t.span.line, t.span.column, pos_, pos_ + n}, "unexpected character '" + s_.substr(pos_, n) + "'");
  }

  void lex_number(Token& t) {
    std::size_t b = pos_;
    bool is_float = false;
    while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    // "1..3" is a range, not the number "1." followed by ".3".
    if (peek() == '.' && peek(1) != '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
      is_float = true;
      advance();
      while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (std::isdigit(static_cast<unsigned char>(peek(1))) ||
         ((peek(1) == '-' || peek(1) == '+') && std::isdigit(static_cast<unsigned char>(peek(2)))))) {
      is_float = true;
      advance(2);
      while (std::isdigit(static_cast<unsigned char>(peek()))) advance();
    }
    if (ident_char(static_cast<unsigned char>(peek()))) {
      while (pos_ < s_.size() && ident_char(static_cast<unsigned char>(peek()))) advance();
      fail(Span{t.span.line, t.span.column, b, pos_}, "invalid number '" + s_.substr(b, pos_ - b) + "'");
    }
    t.kind = is_float ? Tok::kFloat : Tok::kInteger;
    t.text = s_.substr(b, pos_ - b);
    if (!is_float && (t.text.size() > 19 || (t.text.size() == 19 && t.text > "9223372036854775807"))) {
      fail(Span{t.span.line, t.span.column, b, pos_}, "integer too large '" + t.text + "'");
    }
  }

  void lex_string(Token& t) {
    const char quote = peek();
    const Span start = here();
    advance();
    std::string value;
    for (;;) {
      if (pos_ >= s_.size()) fail(Span{start.line, start.column, start.begin, start.begin + 1}, "unterminated string");
      char c = peek();
      if (c == quote) {
        advance();
        break;
      }
      if (c != '\\') {
        value += c;
        advance();
        continue;
      }
      Span esc = here();
      char e = peek(1);
      advance(2);
      switch (e) {
        case '\\': value += '\\'; break;
        case '\'': value += '\''; break;
        case '"': value += '"'; break;
        case 'n': value += '\n'; break;
        case 't': value += '\t'; break;
        case 'r': value += '\r'; break;
        case 'u': {
          std::string hex = s_.substr(pos_, 4);
          bool ok = hex.size() == 4 && std::all_of(hex.begin(), hex.end(), [](char h) { return std::isxdigit(static_cast<unsigned char>(h)); });
          char32_t cp = ok ? static_cast<char32_t>(std::stoul(hex, nullptr, 16)) : 0;
          if (!ok || (cp >= 0xD800 && cp <= 0xDFFF)) {
            fail(Span{esc.line, esc.column, esc.begin, std::min(pos_ + 4, s_.size())}, "bad escape in string, expected \\uXXXX");
          }
          append_utf8(value, cp);
          advance(4);
          break;
        }
        default:
          fail(Span{esc.line, esc.column, esc.begin, esc.begin + 2},
               std::string("bad escape '\\") + (e ? std::string(1, e) : std::string()) + "' in string");
      }
    }
    t.kind = Tok::kString;
    t.text = std::move(value);
  }

  const Source& src_;
  const std::string& s_;
  std::size_t pos_ = 0, line_ = 1, col_ = 1;
};

}  // namespace

std::vector<Token> tokenize(const Source& source) {
  // Invalid UTF-8 is reported by the decoder with its own position; the lexer can then count columns
  // by lead bytes.
  (void)decode_utf8(source.text, source.origin);
  return Lexer(source).run();
}

// ---- parser -----------------------------------------------------------------------------------------

namespace {

const char* const kReserved[] = {"MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "ORDER", "BY", "SKIP", "LIMIT",
                                 "AND", "OR", "XOR", "NOT", "IN", "CONTAINS", "STARTS", "ENDS", "IS", "AS",
                                 "DISTINCT", "ASC", "DESC", "ASCENDING", "DESCENDING", "UNWIND", "NULL", "TRUE",
                                 "FALSE", "CREATE", "DELETE", "SET", "MERGE", "REMOVE", "UNION", "CASE"};

bool reserved(const Token& t) {
  for (const char* k : kReserved) {
    if (is_keyword(t, k)) return true;
  }
  return false;
}

class Parser {
 public:
  Parser(std::shared_ptr<const Source> src, std::vector<Token> toks) : src_(std::move(src)), t_(std::move(toks)) {}

  std::vector<Query> script(bool single) {
    std::vector<Query> out;
    for (;;) {
      while (at(Tok::kSemicolon)) ++i_;
      if (at(Tok::kEnd)) break;
      out.push_back(statement());
      if (at(Tok::kSemicolon)) {
        ++i_;
        if (single) {
          while (at(Tok::kSemicolon)) ++i_;
          if (!at(Tok::kEnd)) fail(cur(), "one query expected, found a second one (use -f FILE for a script)");
        }
        continue;
      }
      if (!at(Tok::kEnd)) expected("';' or end of query");
    }
    if (out.empty()) fail(cur(), "empty query: expected MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN");
    return out;
  }

 private:
  // -- token helpers
  const Token& cur() const { return t_[i_]; }
  const Token& ahead(std::size_t n) const { return t_[std::min(i_ + n, t_.size() - 1)]; }
  bool at(Tok k) const { return cur().kind == k; }
  bool at_kw(std::string_view kw) const { return is_keyword(cur(), kw); }
  bool accept(Tok k) {
    if (!at(k)) return false;
    ++i_;
    return true;
  }
  bool accept_kw(std::string_view kw) {
    if (!at_kw(kw)) return false;
    ++i_;
    return true;
  }

  std::string shown(const Token& t) const {
    if (t.kind == Tok::kEnd) return "end of query";
    return "'" + src_->text.substr(t.span.begin, t.span.end - t.span.begin) + "'";
  }

  [[noreturn]] void fail(const Token& t, const std::string& message) const {
    Span s = t.span;
    // At the end, point just past the last character, where the missing token belongs.
    if (t.kind == Tok::kEnd) s.end = s.begin;
    throw query_error(*src_, s, message);
  }
  [[noreturn]] void expected(const std::string& what) const { fail(cur(), "expected " + what + ", found " + shown(cur())); }

  const Token& expect(Tok k, const char* what) {
    if (!at(k)) expected(what);
    return t_[i_++];
  }
  void expect_kw(std::string_view kw) {
    if (!accept_kw(kw)) expected(std::string(kw));
  }

  std::string name(const char* what, Span* span = nullptr) {
    if (!at(Tok::kIdent) || reserved(cur())) expected(what);
    if (span) *span = cur().span;
    return t_[i_++].text;
  }

  Span from(const Span& start) const {
    Span s = start;
    s.end = t_[i_ == 0 ? 0 : i_ - 1].span.end;
    return s;
  }

  // -- statements and clauses
  Query statement() {
    Query q;
    q.source = src_;
    q.span = cur().span;
    for (;;) {
      if (at_kw("MATCH") || at_kw("OPTIONAL")) {
        q.clauses.push_back(match());
      } else if (at_kw("WITH") || at_kw("RETURN")) {
        q.clauses.push_back(projection());
        if (q.clauses.back().kind == Clause::Kind::kReturn) break;
      } else if (at_kw("UNWIND")) {
        q.clauses.push_back(unwind());
      } else if (q.clauses.empty() || !(at(Tok::kSemicolon) || at(Tok::kEnd))) {
        if (is_keyword(cur(), "CREATE") || is_keyword(cur(), "DELETE") || is_keyword(cur(), "SET") ||
            is_keyword(cur(), "MERGE") || is_keyword(cur(), "REMOVE")) {
          fail(cur(), "kgraph queries only read: " + upper(cur().text) + " is not supported");
        }
        expected(q.clauses.empty() ? "MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN"
                                   : "MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, ';' or end of query");
      } else {
        break;
      }
    }
    q.span = from(q.span);
    return q;
  }

  Clause match() {
    Clause c;
    c.kind = Clause::Kind::kMatch;
    c.span = cur().span;
    if (accept_kw("OPTIONAL")) {
      c.optional = true;
      if (!at_kw("MATCH")) expected("MATCH after OPTIONAL");
    }
    c.span = from(c.span);
    ++i_;  // MATCH
    do {
      c.patterns.push_back(pattern_part(true));
    } while (accept(Tok::kComma));
    if (accept_kw("WHERE")) c.where = expr();
    return c;
  }

  Clause unwind() {
    Clause c;
    c.kind = Clause::Kind::kUnwind;
    c.span = cur().span;
    ++i_;
    ReturnItem item;
    item.expr = expr();
    expect_kw("AS");
    item.alias = name("a variable name after AS", &item.alias_span);
    c.items.push_back(std::move(item));
    return c;
  }

  Clause projection() {
    Clause c;
    c.kind = at_kw("WITH") ? Clause::Kind::kWith : Clause::Kind::kReturn;
    c.span = cur().span;
    ++i_;
    c.distinct = accept_kw("DISTINCT");
    do {
      ReturnItem item;
      item.expr = expr();
      if (accept_kw("AS")) item.alias = name("a column name after AS", &item.alias_span);
      c.items.push_back(std::move(item));
    } while (accept(Tok::kComma));
    if (accept_kw("ORDER")) {
      expect_kw("BY");
      do {
        SortItem s;
        s.expr = expr();
        if (accept_kw("DESC") || accept_kw("DESCENDING")) s.descending = true;
        else if (accept_kw("ASC") || accept_kw("ASCENDING")) s.descending = false;
        c.order_by.push_back(std::move(s));
      } while (accept(Tok::kComma));
    }
    if (accept_kw("SKIP")) c.skip = expr();
    if (accept_kw("LIMIT")) c.limit = expr();
    if (c.kind == Clause::Kind::kWith && accept_kw("WHERE")) c.where = expr();
    return c;
  }

  // -- patterns
  PatternPart pattern_part(bool allow_path_var) {
    PatternPart p;
    p.span = cur().span;
    if (allow_path_var && at(Tok::kIdent) && !reserved(cur()) && ahead(1).kind == Tok::kEq) {
      p.path_var = t_[i_].text;
      i_ += 2;
    }
    if (!at(Tok::kLParen)) expected("'(' to start a node pattern");
    p.nodes.push_back(node_pattern());
    while (at(Tok::kMinus) || (at(Tok::kLt) && ahead(1).kind == Tok::kMinus)) {
      p.rels.push_back(rel_pattern());
      if (!at(Tok::kLParen)) expected("'(' to start a node pattern");
      p.nodes.push_back(node_pattern());
    }
    p.span = from(p.span);
    return p;
  }

  NodePattern node_pattern() {
    NodePattern n;
    n.span = cur().span;
    expect(Tok::kLParen, "'('");
    if (at(Tok::kIdent) && !reserved(cur())) n.var = t_[i_++].text;
    if (accept(Tok::kColon)) {
      do {
        accept(Tok::kColon);
        Span s;
        n.labels.push_back(upper(name("a label (ORG, PERSON, PRODUCT, MEDIA, PLACE)", &s)));
        n.label_spans.push_back(s);
      } while (accept(Tok::kPipe) || at(Tok::kColon));
    }
    if (at(Tok::kLBrace)) n.props = property_map();
    expect(Tok::kRParen, "')' to close the node pattern");
    n.span = from(n.span);
    return n;
  }

  RelPattern rel_pattern() {
    RelPattern r;
    r.span = cur().span;
    bool left = accept(Tok::kLt);
    expect(Tok::kMinus, "'-'");
    if (accept(Tok::kLBracket)) {
      if (at(Tok::kIdent) && !reserved(cur())) r.var = t_[i_++].text;
      if (accept(Tok::kColon)) {
        do {
          accept(Tok::kColon);
          r.types.push_back(name("a relation type"));
        } while (accept(Tok::kPipe));
      }
      if (accept(Tok::kStar)) {
        r.var_length = true;
        r.min_hops = 1;
        if (at(Tok::kInteger)) {
          r.min_hops = hops();
          r.max_hops = r.min_hops;
        }
        if (accept(Tok::kDotDot)) {
          r.max_hops.reset();
          if (at(Tok::kInteger)) r.max_hops = hops();
        }
        if (r.max_hops && *r.max_hops < r.min_hops) {
          fail(t_[i_ - 1], "bad length range: the maximum is below the minimum");
        }
      }
      if (at(Tok::kLBrace)) r.props = property_map();
      expect(Tok::kRBracket, "']' to close the relationship pattern");
    }
    expect(Tok::kMinus, "'-'");
    bool right = accept(Tok::kGt);
    if (left && right) fail(t_[i_ - 1], "a relationship cannot point both ways");
    r.direction = left ? Direction::kLeft : right ? Direction::kRight : Direction::kBoth;
    r.span = from(r.span);
    return r;
  }

  std::size_t hops() {
    const Token& t = t_[i_++];
    if (t.text.size() > 4) fail(t, "path length too large: " + t.text);
    return static_cast<std::size_t>(std::stoul(t.text));
  }

  std::vector<PropertyMatch> property_map() {
    std::vector<PropertyMatch> out;
    expect(Tok::kLBrace, "'{'");
    if (!at(Tok::kRBrace)) {
      do {
        PropertyMatch m;
        if (!at(Tok::kIdent)) expected("a property name");
        m.key_span = cur().span;
        m.key = t_[i_++].text;
        expect(Tok::kColon, "':' after the property name");
        m.value = expr();
        out.push_back(std::move(m));
      } while (accept(Tok::kComma));
    }
    expect(Tok::kRBrace, "'}' or ','");
    return out;
  }

  // -- expressions
  ExprPtr make(Expr::Kind k, const Span& start) {
    auto e = std::make_unique<Expr>();
    e->kind = k;
    e->span = start;
    e->op_span = start;
    return e;
  }
  ExprPtr binary(std::string op, const Span& op_span, ExprPtr l, ExprPtr r) {
    auto e = make(Expr::Kind::kBinary, l->span);
    e->name = std::move(op);
    e->op_span = op_span;
    e->span.end = r->span.end;
    e->args.push_back(std::move(l));
    e->args.push_back(std::move(r));
    return e;
  }

  ExprPtr expr() { return or_expr(); }

  ExprPtr or_expr() {
    ExprPtr l = xor_expr();
    while (at_kw("OR")) {
      Span op = t_[i_++].span;
      l = binary("OR", op, std::move(l), xor_expr());
    }
    return l;
  }
  ExprPtr xor_expr() {
    ExprPtr l = and_expr();
    while (at_kw("XOR")) {
      Span op = t_[i_++].span;
      l = binary("XOR", op, std::move(l), and_expr());
    }
    return l;
  }
  ExprPtr and_expr() {
    ExprPtr l = not_expr();
    while (at_kw("AND")) {
      Span op = t_[i_++].span;
      l = binary("AND", op, std::move(l), not_expr());
    }
    return l;
  }
  ExprPtr not_expr() {
    if (at_kw("NOT")) {
      Span start = t_[i_++].span;
      auto e = make(Expr::Kind::kUnary, start);
      e->name = "NOT";
      e->args.push_back(not_expr());
      e->span.end = e->args[0]->span.end;
      return e;
    }
    return comparison();
  }
  ExprPtr comparison() {
    ExprPtr l = predicate();
    for (;;) {
      const char* op = at(Tok::kEq) ? "=" : at(Tok::kNe) ? "<>" : at(Tok::kLt) ? "<" : at(Tok::kLe) ? "<=" :
                       at(Tok::kGt) ? ">" : at(Tok::kGe) ? ">=" : nullptr;
      if (!op) return l;
      Span s = t_[i_++].span;
      l = binary(op, s, std::move(l), predicate());
    }
  }
  ExprPtr predicate() {
    ExprPtr l = additive();
    for (;;) {
      Span s = cur().span;
      if (accept_kw("IN")) {
        l = binary("IN", s, std::move(l), additive());
      } else if (accept_kw("CONTAINS")) {
        l = binary("CONTAINS", s, std::move(l), additive());
      } else if (at_kw("STARTS") || at_kw("ENDS")) {
        std::string op = upper(cur().text);
        ++i_;
        expect_kw("WITH");
        l = binary(op + " WITH", from(s), std::move(l), additive());
      } else if (accept_kw("IS")) {
        auto e = make(Expr::Kind::kIsNull, l->span);
        e->negated = accept_kw("NOT");
        expect_kw("NULL");
        e->op_span = from(s);
        e->span.end = e->op_span.end;
        e->args.push_back(std::move(l));
        l = std::move(e);
      } else {
        return l;
      }
    }
  }
  ExprPtr additive() {
    ExprPtr l = multiplicative();
    while (at(Tok::kPlus) || at(Tok::kMinus)) {
      const Token& op = t_[i_++];
      l = binary(op.text, op.span, std::move(l), multiplicative());
    }
    return l;
  }
  ExprPtr multiplicative() {
    ExprPtr l = power();
    while (at(Tok::kStar) || at(Tok::kSlash) || at(Tok::kPercent)) {
      const Token& op = t_[i_++];
      l = binary(op.text, op.span, std::move(l), power());
    }
    return l;
  }
  ExprPtr power() {
    ExprPtr l = unary();
    while (at(Tok::kCaret)) {
      const Token& op = t_[i_++];
      l = binary("^", op.span, std::move(l), unary());
    }
    return l;
  }
  ExprPtr unary() {
    if (at(Tok::kMinus) || at(Tok::kPlus)) {
      const Token& op = t_[i_++];
      auto e = make(Expr::Kind::kUnary, op.span);
      e->name = op.text;
      e->args.push_back(unary());
      e->span.end = e->args[0]->span.end;
      return e;
    }
    return postfix();
  }
  ExprPtr postfix() {
    ExprPtr e = atom();
    for (;;) {
      if (at(Tok::kDot)) {
        ++i_;
        Span s;
        if (!at(Tok::kIdent)) expected("a property name after '.'");
        s = cur().span;
        auto p = make(Expr::Kind::kProperty, e->span);
        p->name = t_[i_++].text;
        p->op_span = s;
        p->span.end = s.end;
        p->args.push_back(std::move(e));
        e = std::move(p);
      } else if (at(Tok::kLBracket)) {
        Span s = t_[i_++].span;
        auto x = make(Expr::Kind::kIndex, e->span);
        x->op_span = s;
        x->args.push_back(std::move(e));
        x->args.push_back(expr());
        expect(Tok::kRBracket, "']'");
        x->span = from(x->span);
        e = std::move(x);
      } else {
        return e;
      }
    }
  }

  // "(a)-[...]->(b)" or "(a)<-..." starts a pattern predicate; "(a)" alone or "(a - 1)" is an expression.
  bool pattern_ahead() const {
    std::size_t depth = 0, k = i_;
    for (; k < t_.size() && t_[k].kind != Tok::kEnd; ++k) {
      if (t_[k].kind == Tok::kLParen) ++depth;
      else if (t_[k].kind == Tok::kRParen && --depth == 0) break;
    }
    if (k + 2 >= t_.size()) return false;
    const Tok a = t_[k + 1].kind, b = t_[k + 2].kind;
    return (a == Tok::kMinus && (b == Tok::kLBracket || b == Tok::kMinus)) || (a == Tok::kLt && b == Tok::kMinus);
  }

  ExprPtr atom() {
    const Token& t = cur();
    switch (t.kind) {
      case Tok::kString: {
        auto e = make(Expr::Kind::kLiteral, t.span);
        e->literal.kind = Literal::Kind::kString;
        e->literal.s = t.text;
        ++i_;
        return e;
      }
      case Tok::kInteger: {
        auto e = make(Expr::Kind::kLiteral, t.span);
        e->literal.kind = Literal::Kind::kInt;
        e->literal.i = std::stoll(t.text);
        ++i_;
        return e;
      }
      case Tok::kFloat: {
        auto e = make(Expr::Kind::kLiteral, t.span);
        e->literal.kind = Literal::Kind::kFloat;
        e->literal.f = std::stod(t.text);
        ++i_;
        return e;
      }
      case Tok::kParam: {
        auto e = make(Expr::Kind::kParam, t.span);
        e->name = t.text;
        ++i_;
        return e;
      }
      case Tok::kLBracket: {
        auto e = make(Expr::Kind::kList, t.span);
        ++i_;
        if (!at(Tok::kRBracket)) {
          do {
            e->args.push_back(expr());
          } while (accept(Tok::kComma));
        }
        expect(Tok::kRBracket, "']' or ','");
        e->span = from(e->span);
        return e;
      }
      case Tok::kLParen: {
        if (pattern_ahead()) {
          auto e = make(Expr::Kind::kPattern, t.span);
          e->pattern = std::make_shared<PatternPart>(pattern_part(false));
          e->span = e->pattern->span;
          return e;
        }
        Span start = t.span;
        ++i_;
        ExprPtr inner = expr();
        expect(Tok::kRParen, "')'");
        // The parentheses belong to the text of the expression (a column named "(a.x + 1)").
        inner->span.begin = start.begin, inner->span.line = start.line, inner->span.column = start.column;
        inner->span.end = t_[i_ - 1].span.end;
        return inner;
      }
      case Tok::kIdent: {
        if (is_keyword(t, "NULL") || is_keyword(t, "TRUE") || is_keyword(t, "FALSE")) {
          auto e = make(Expr::Kind::kLiteral, t.span);
          if (!is_keyword(t, "NULL")) e->literal.kind = Literal::Kind::kBool, e->literal.b = is_keyword(t, "TRUE");
          ++i_;
          return e;
        }
        if (ahead(1).kind == Tok::kLParen && !t.quoted) return call();
        if (reserved(t)) break;
        auto e = make(Expr::Kind::kVar, t.span);
        e->name = t.text;
        ++i_;
        return e;
      }
      default: break;
    }
    expected("an expression");
  }

  ExprPtr call() {
    auto e = make(Expr::Kind::kCall, cur().span);
    e->name = cur().text;
    i_ += 2;
    if (at(Tok::kStar) && ahead(1).kind == Tok::kRParen) {
      e->star = true;
      ++i_;
    } else {
      e->distinct = accept_kw("DISTINCT");
      if (!at(Tok::kRParen)) {
        do {
          e->args.push_back(expr());
        } while (accept(Tok::kComma));
      }
    }
    expect(Tok::kRParen, "')' or ','");
    e->span = from(e->span);
    return e;
  }

  std::shared_ptr<const Source> src_;
  std::vector<Token> t_;
  std::size_t i_ = 0;
};

}  // namespace

Query parse_query(std::shared_ptr<const Source> source) {
  std::vector<Token> toks = tokenize(*source);
  return std::move(Parser(source, std::move(toks)).script(true).front());
}

std::vector<Query> parse_script(std::shared_ptr<const Source> source) {
  std::vector<Token> toks = tokenize(*source);
  return Parser(source, std::move(toks)).script(false);
}

}  // namespace kgraph::cypher
