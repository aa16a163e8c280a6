// xml.cpp - the XML pull parser (see xml.h).
//
// Design: one forward pass over the text, no copies where there is nothing to decode. Names and
// undecoded values are string_views into the document; only data with a reference or a CR in it is
// decoded into a buffer the parser owns. The character-level rules (well-formed UTF-8, no control
// characters) are checked once up front for the whole document, so the scanner after that only has to
// look for the ASCII bytes that matter to markup ('<', '&', quotes, '>'), which it does with
// string_view::find. That keeps reading linear and fast on the hundreds of megabytes a 5-million-edge
// GraphML takes.
//
// Positions are kept as byte offsets; turning one into a line and a column needs a count of the newlines
// and code points before it, done by an incremental cursor (move_cursor) that only moves forward in the
// common case, so positions asked for in document order cost one pass in all.
#include "kgraph/xml.h"

#include <algorithm>
#include <cstdint>

#include "kgraph/utf8.h"

namespace kgraph {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Name characters, loosely: any non-ASCII byte is accepted as part of a name (XML allows most of
// Unicode there, Arabic included), which is all a reader of well-formed documents needs.
bool is_name_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}
bool is_name_char(unsigned char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool is_xml_char(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string hex_byte(unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  return std::string("0x") + kHex[c >> 4] + kHex[c & 0xF];
}

std::string code_point_name(std::uint32_t cp) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string digits;
  for (; cp != 0 || digits.size() < 4; cp >>= 4) digits.insert(digits.begin(), kHex[cp & 0xF]);
  return "U+" + digits;
}

enum class Mode { kText, kAttribute, kCdata };

// open + s + close, built by appending: GCC 12 warns falsely (-Wrestrict) about "x" + std::string(s).
std::string wrap(const char* open, std::string_view s, const char* close) {
  std::string out(open);
  out.append(s);
  out.append(close);
  return out;
}

}  // namespace

XmlPullParser::XmlPullParser(std::string_view text, std::string origin) : text_in_(text), origin_(std::move(origin)) {
  if (text_in_.starts_with("\xFE\xFF") || text_in_.starts_with("\xFF\xFE")) {
    fail_at(0, "the document is in UTF-16; kgraph reads XML in UTF-8 (convert it, e.g. with iconv)",
            hex_byte(static_cast<unsigned char>(text_in_[0])) + " " + hex_byte(static_cast<unsigned char>(text_in_[1])));
  }
  if (text_in_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // a UTF-8 byte order mark
  check_characters();
}

std::string_view XmlPullParser::local_name() const {
  std::size_t colon = name_.find(':');
  return colon == std::string_view::npos ? name_ : name_.substr(colon + 1);
}

const XmlAttribute* XmlPullParser::attribute(std::string_view name) const {
  for (const XmlAttribute& a : attributes_) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

// --- positions and errors ---------------------------------------------------------------------------------

void XmlPullParser::move_cursor(std::size_t offset) const {
  offset = std::min(offset, text_in_.size());
  if (offset < cursor_) {  // backwards: only for errors, so starting over is fine
    cursor_ = 0;
    cursor_line_ = 1;
    cursor_column_ = 1;
  }
  for (std::size_t i = cursor_; i < offset; ++i) {
    auto c = static_cast<unsigned char>(text_in_[i]);
    if (c == '\n') {
      ++cursor_line_;
      cursor_column_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++cursor_column_;
    }
  }
  cursor_ = offset;
}

std::size_t XmlPullParser::line() const {
  move_cursor(event_offset_);
  return cursor_line_;
}

std::size_t XmlPullParser::column() const {
  move_cursor(event_offset_);
  return cursor_column_;
}

Location XmlPullParser::location_at(std::size_t offset, std::string fragment) const {
  move_cursor(offset);
  return Location{origin_, cursor_line_, cursor_column_, std::move(fragment)};
}

// Up to 30 bytes from `offset`, stopped at a line end and never cutting a UTF-8 sequence.
std::string XmlPullParser::excerpt(std::size_t offset) const {
  if (offset >= text_in_.size()) return {};
  std::string_view rest = text_in_.substr(offset, 30);
  rest = rest.substr(0, rest.find_first_of("\r\n"));
  std::size_t cut = rest.size();
  if (offset + cut < text_in_.size()) {
    while (cut > 0 && (static_cast<unsigned char>(text_in_[offset + cut]) & 0xC0) == 0x80) --cut;
  }
  return std::string(rest.substr(0, cut));
}

void XmlPullParser::fail_at(std::size_t offset, const std::string& message, std::string fragment) const {
  if (fragment.empty()) fragment = excerpt(offset);
  throw Error(ErrorCode::kBadInput, message, location_at(offset, std::move(fragment)));
}

// Well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF) and only the characters
// XML 1.0 allows; ASCII runs go through a fast path.
void XmlPullParser::check_characters() const {
  const auto* s = reinterpret_cast<const unsigned char*>(text_in_.data());
  const std::size_t n = text_in_.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c >= 0x20 && c < 0x80) {
      ++i;
      continue;
    }
    if (c < 0x20) {
      if (c != '\t' && c != '\n' && c != '\r') {
        fail_at(i, "character " + code_point_name(c) + " is not allowed in XML", hex_byte(c));
      }
      ++i;
      continue;
    }
    char32_t cp;
    std::size_t len = utf8_sequence(text_in_, i, cp);
    if (len == 0) fail_at(i, "invalid UTF-8: byte " + hex_byte(c), hex_byte(c));
    if (len == 3 && c == 0xEF && s[i + 1] == 0xBF && (s[i + 2] == 0xBE || s[i + 2] == 0xBF)) {
      fail_at(i, "character " + code_point_name(s[i + 2] == 0xBE ? 0xFFFE : 0xFFFF) + " is not allowed in XML");
    }
    i += len;
  }
}

// --- decoding ---------------------------------------------------------------------------------------------

void XmlPullParser::decode(std::string_view raw, std::size_t raw_offset, bool attribute, std::string& out) const {
  const Mode mode = attribute ? Mode::kAttribute : Mode::kText;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\r') {  // CR LF and a lone CR are both one line end
      out += mode == Mode::kAttribute ? ' ' : '\n';
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      continue;
    }
    if (mode == Mode::kAttribute && (c == '\t' || c == '\n')) {
      out += ' ';
      continue;
    }
    if (c != '&') {
      out += c;
      continue;
    }
    std::size_t semi = raw.find(';', i + 1);
    std::string_view ref = semi == std::string_view::npos ? std::string_view() : raw.substr(i + 1, semi - i - 1);
    bool plausible = !ref.empty() && ref.size() <= 32 &&
                     std::all_of(ref.begin(), ref.end(), [](char r) { return is_name_char(static_cast<unsigned char>(r)) || r == '#'; });
    if (!plausible) {
      fail_at(raw_offset + i, "'&' must start an entity or a character reference ending in ';' (write &amp; for '&')");
    }
    std::string shown = wrap("&", ref, ";");
    if (ref == "lt") {
      out += '<';
    } else if (ref == "gt") {
      out += '>';
    } else if (ref == "amp") {
      out += '&';
    } else if (ref == "quot") {
      out += '"';
    } else if (ref == "apos") {
      out += '\'';
    } else if (ref[0] == '#') {
      bool hex = ref.size() > 1 && ref[1] == 'x';
      std::string_view digits = ref.substr(hex ? 2 : 1);
      std::uint32_t cp = 0;
      bool ok = !digits.empty();
      for (char d : digits) {
        int v = (d >= '0' && d <= '9') ? d - '0'
                : (hex && d >= 'a' && d <= 'f') ? d - 'a' + 10
                : (hex && d >= 'A' && d <= 'F') ? d - 'A' + 10
                                                 : -1;
        if (v < 0 || cp > 0x10FFFF) {
          ok = false;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
      }
      if (!ok) fail_at(raw_offset + i, "malformed character reference " + shown, shown);
      if (!is_xml_char(cp)) {
        fail_at(raw_offset + i, "character reference " + shown + " names a character XML does not allow", shown);
      }
      append_utf8(out, cp);
    } else {
      fail_at(raw_offset + i,
              "unknown entity " + shown + " (XML defines only &lt; &gt; &amp; &quot; &apos; and character references)",
              shown);
    }
    i = semi;
  }
}

// Character data arrives in pieces (runs of text, CDATA sections); a single piece with nothing to decode
// stays a view into the document, anything else is gathered in text_storage_.
void XmlPullParser::append_piece(std::string_view raw, std::size_t raw_offset, bool needs_decoding) {
  bool first = text_start_ == std::string_view::npos;
  if (first) {
    text_start_ = raw_offset;
    if (!needs_decoding) {
      text_ = raw;
      return;
    }
    text_storage_.clear();
  } else if (text_.data() != text_storage_.data()) {
    text_storage_.assign(text_);
  }
  if (needs_decoding) {
    decode(raw, raw_offset, false, text_storage_);
  } else {
    text_storage_ += raw;
  }
  text_ = text_storage_;
}

// --- markup -----------------------------------------------------------------------------------------------

void XmlPullParser::skip_space() {
  while (pos_ < text_in_.size() && is_space(text_in_[pos_])) ++pos_;
}

std::string_view XmlPullParser::read_name(const char* what) {
  std::size_t start = pos_;
  if (pos_ >= text_in_.size() || !is_name_start(static_cast<unsigned char>(text_in_[pos_]))) {
    fail_at(pos_, std::string("expected ") + what);
  }
  while (pos_ < text_in_.size() && is_name_char(static_cast<unsigned char>(text_in_[pos_]))) ++pos_;
  return text_in_.substr(start, pos_ - start);
}

void XmlPullParser::skip_declaration_or_pi() {
  std::size_t start = pos_;
  std::size_t end = text_in_.find("?>", pos_ + 2);
  if (end == std::string_view::npos) fail_at(start, "processing instruction is not closed ('?>' missing)");
  std::string_view body = text_in_.substr(start + 2, end - start - 2);
  bool declaration = body.starts_with("xml") && (body.size() == 3 || is_space(body[3]));
  if (declaration) {
    bool at_start = start == 0 || (start == 3 && text_in_.starts_with("\xEF\xBB\xBF"));
    if (!at_start) fail_at(start, "the XML declaration must be the first thing in the document");
    std::size_t enc = body.find("encoding");
    if (enc != std::string_view::npos) {
      std::size_t q = body.find_first_of("\"'", enc);
      std::size_t q_end = q == std::string_view::npos ? q : body.find(body[q], q + 1);
      if (q_end != std::string_view::npos) {
        std::string name(body.substr(q + 1, q_end - q - 1));
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
        if (lower != "utf-8" && lower != "utf8" && lower != "us-ascii" && lower != "ascii") {
          fail_at(start + 2 + q + 1, "encoding '" + name + "' is not supported; kgraph reads XML in UTF-8", name);
        }
      }
    }
  }
  pos_ = end + 2;
}

void XmlPullParser::skip_comment() {
  std::size_t end = text_in_.find("-->", pos_ + 4);
  if (end == std::string_view::npos) fail_at(pos_, "comment is not closed ('-->' missing)");
  pos_ = end + 3;
}

void XmlPullParser::skip_doctype() {
  if (root_seen_) fail_at(pos_, "a DOCTYPE must come before the root element");
  std::size_t start = pos_;
  int brackets = 0;
  char quote = 0;
  for (std::size_t i = pos_ + 9; i < text_in_.size(); ++i) {
    char c = text_in_[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '<' && text_in_.substr(i, 4) == "<!--") {  // a comment may hold quotes and brackets
      std::size_t end = text_in_.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 2;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[') {
      ++brackets;
    } else if (c == ']') {
      --brackets;
    } else if (c == '>' && brackets <= 0) {
      pos_ = i + 1;
      return;
    }
  }
  fail_at(start, "DOCTYPE is not closed ('>' missing)");
}

void XmlPullParser::read_cdata() {
  if (open_.empty()) fail_at(pos_, "CDATA section outside the root element");
  std::size_t begin = pos_ + 9;
  std::size_t end = text_in_.find("]]>", begin);
  if (end == std::string_view::npos) fail_at(pos_, "CDATA section is not closed (']]>' missing)");
  std::string_view raw = text_in_.substr(begin, end - begin);
  if (raw.find('\r') == std::string_view::npos) {
    append_piece(raw, pos_, false);
  } else {  // only line ends to normalise: references mean nothing inside CDATA
    std::string normalised;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\r') {
        normalised += '\n';
        if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      } else {
        normalised += raw[i];
      }
    }
    // Through append_piece as text that needs no decoding, but it must be owned: force the copy.
    bool first = text_start_ == std::string_view::npos;
    if (first) {
      text_start_ = pos_;
      text_storage_.clear();
    } else if (text_.data() != text_storage_.data()) {
      text_storage_.assign(text_);
    }
    text_storage_ += normalised;
    text_ = text_storage_;
  }
  pos_ = end + 3;
}

void XmlPullParser::read_character_data() {
  std::size_t end = text_in_.find('<', pos_);
  if (end == std::string_view::npos) end = text_in_.size();
  std::string_view raw = text_in_.substr(pos_, end - pos_);
  if (open_.empty()) {
    std::size_t bad = raw.find_first_not_of(" \t\r\n");
    if (bad != std::string_view::npos) {
      fail_at(pos_ + bad, root_seen_ ? "text after the root element" : "text before the root element");
    }
  } else {
    append_piece(raw, pos_, raw.find_first_of("&\r") != std::string_view::npos);
  }
  pos_ = end;
}

void XmlPullParser::read_start_tag() {
  event_offset_ = pos_;
  ++pos_;
  name_ = read_name("an element name after '<'");
  if (root_closed_) {
    fail_at(event_offset_, "a second root element <" + std::string(name_) + ">; an XML document has one");
  }
  const std::string tag = wrap("<", name_, ">");
  attributes_.clear();
  std::vector<std::size_t> owned;  // indices of attributes whose value had to be decoded
  std::size_t stored = 0;
  bool empty = false;
  for (;;) {
    std::size_t before = pos_;
    skip_space();
    if (pos_ >= text_in_.size()) fail_at(event_offset_, "the start tag " + tag + " is not closed ('>' missing)");
    char c = text_in_[pos_];
    if (c == '>') {
      ++pos_;
      break;
    }
    if (c == '/') {
      if (pos_ + 1 < text_in_.size() && text_in_[pos_ + 1] == '>') {
        pos_ += 2;
        empty = true;
        break;
      }
      fail_at(pos_, "expected '>' after '/' in the start tag " + tag);
    }
    if (pos_ == before || !is_name_start(static_cast<unsigned char>(c))) {
      fail_at(pos_, "expected white space and an attribute name, '>' or '/>' in the start tag " + tag);
    }
    std::size_t name_offset = pos_;
    std::string_view attr = read_name("an attribute name");
    std::string quoted = wrap("'", attr, "'");
    skip_space();
    if (pos_ >= text_in_.size() || text_in_[pos_] != '=') {
      fail_at(pos_, "attribute " + quoted + " of " + tag + " has no value ('=' missing)");
    }
    ++pos_;
    skip_space();
    if (pos_ >= text_in_.size() || (text_in_[pos_] != '"' && text_in_[pos_] != '\'')) {
      fail_at(pos_, "the value of attribute " + quoted + " of " + tag + " must be in quotes");
    }
    char quote = text_in_[pos_];
    std::size_t value_start = pos_ + 1;
    std::size_t value_end = text_in_.find(quote, value_start);
    if (value_end == std::string_view::npos) {
      fail_at(pos_, "the value of attribute " + quoted + " of " + tag + " is not closed");
    }
    std::string_view raw = text_in_.substr(value_start, value_end - value_start);
    if (std::size_t lt = raw.find('<'); lt != std::string_view::npos) {
      fail_at(value_start + lt, "'<' is not allowed in an attribute value (write &lt;)");
    }
    for (const XmlAttribute& a : attributes_) {
      if (a.name == attr) fail_at(name_offset, "attribute " + quoted + " appears twice in " + tag);
    }
    XmlAttribute a{attr, raw, value_start};
    if (raw.find_first_of("&\t\n\r") != std::string_view::npos) {
      if (attribute_storage_.size() <= stored) attribute_storage_.emplace_back();
      std::string& buf = attribute_storage_[stored];
      buf.clear();
      decode(raw, value_start, true, buf);
      owned.push_back(attributes_.size());
      a.value = {};  // set below, once attribute_storage_ no longer moves
      ++stored;
    }
    attributes_.push_back(a);
    pos_ = value_end + 1;
  }
  for (std::size_t k = 0; k < owned.size(); ++k) attributes_[owned[k]].value = attribute_storage_[k];
  root_seen_ = true;
  open_.push_back(Open{name_, event_offset_});
  pending_end_ = empty;
}

void XmlPullParser::read_end_tag() {
  event_offset_ = pos_;
  pos_ += 2;
  name_ = read_name("an element name after '</'");
  skip_space();
  if (pos_ >= text_in_.size() || text_in_[pos_] != '>') {
    fail_at(pos_, "expected '>' to close the end tag </" + std::string(name_) + ">");
  }
  ++pos_;
  if (open_.empty()) fail_at(event_offset_, "end tag </" + std::string(name_) + "> has no start tag");
  if (open_.back().name != name_) {
    Location opened = location_at(open_.back().offset);
    fail_at(event_offset_, "end tag </" + std::string(name_) + "> does not match the start tag <" +
                               std::string(open_.back().name) + "> at line " + std::to_string(opened.line) +
                               ", column " + std::to_string(opened.column));
  }
  open_.pop_back();
  if (open_.empty()) root_closed_ = true;
}

// --- events -----------------------------------------------------------------------------------------------

XmlPullParser::Event XmlPullParser::next() {
  if (pending_end_) {  // the end of an empty element: same name and offset as its start
    pending_end_ = false;
    open_.pop_back();
    if (open_.empty()) root_closed_ = true;
    return Event::kEndElement;
  }
  for (;;) {
    if (pos_ >= text_in_.size()) {
      if (!open_.empty()) {
        Location opened = location_at(open_.back().offset);
        fail_at(text_in_.size(), "the document ends inside <" + std::string(open_.back().name) +
                                     "> (opened at line " + std::to_string(opened.line) + ", column " +
                                     std::to_string(opened.column) + ")");
      }
      if (!root_seen_) fail_at(text_in_.size(), "the document has no root element");
      event_offset_ = text_in_.size();
      return Event::kEndDocument;
    }
    if (text_in_[pos_] != '<') {
      read_character_data();
      continue;
    }
    if (starts_with("<?")) {
      skip_declaration_or_pi();
    } else if (starts_with("<!--")) {
      skip_comment();
    } else if (starts_with("<![CDATA[")) {
      read_cdata();
    } else if (starts_with("<!DOCTYPE")) {
      skip_doctype();
    } else if (starts_with("<!")) {
      fail_at(pos_, "unknown markup declaration");
    } else if (text_start_ != std::string_view::npos) {  // a tag ends the pending character data
      event_offset_ = text_start_;
      text_start_ = std::string_view::npos;
      return Event::kText;
    } else if (starts_with("</")) {
      read_end_tag();
      return Event::kEndElement;
    } else {
      read_start_tag();
      return Event::kStartElement;
    }
  }
}

void XmlPullParser::skip_element() {
  std::size_t depth = open_.size();
  while (open_.size() >= depth) next();
}

std::string_view XmlPullParser::element_text(std::size_t& data_offset) {
  std::size_t depth = open_.size();
  data_offset = std::string_view::npos;
  collected_.clear();
  std::string_view result;
  bool owned = false;  // result lives in collected_
  for (;;) {
    Event e = next();
    if (e == Event::kEndElement && open_.size() < depth) break;
    if (e == Event::kStartElement) {
      skip_element();
      continue;
    }
    if (e != Event::kText) continue;
    if (data_offset == std::string_view::npos) data_offset = event_offset_;
    bool in_document = text_.data() >= text_in_.data() && text_.data() < text_in_.data() + text_in_.size();
    if (result.empty() && !owned && in_document) {
      result = text_;
      continue;
    }
    if (!owned) {
      collected_.assign(result);
      owned = true;
    }
    collected_ += text_;
    result = collected_;
  }
  if (data_offset == std::string_view::npos) data_offset = event_offset_;
  return owned ? std::string_view(collected_) : result;
}

}  // namespace kgraph
