// json_util.cpp - RapidJSON parsing and schema checking with located errors (see json_util.h).
//
// RapidJSON reports a byte offset; people want line:column. For schema errors RapidJSON gives a JSON
// pointer to the bad value but no offset, so we find the value's position by re-parsing with a SAX
// handler that records the byte offset of every value it meets along that pointer.
#include "kgraph/json_util.h"

#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/reader.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cctype>
#include <vector>

#include "kgraph/error.h"

namespace kgraph {

std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  if (offset > text.size()) offset = text.size();
  for (std::size_t i = 0; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col;  // count code points, not bytes
    }
  }
  return {line, col};
}

namespace {
std::string fragment_at(std::string_view text, std::size_t offset) {
  std::size_t end = offset;
  while (end < text.size() && end - offset < 24 && text[end] != '\n') ++end;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return std::string(text.substr(offset, end - offset));
}

// SAX handler that tracks the JSON pointer of the current value and remembers where the value at
// `target` starts. RapidJSON 1.1 (Debian 12) has no pull parser, so the handler reads the stream position
// when a callback fires (just after the token) and steps back to the token's first byte.
struct PointerLocator : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PointerLocator> {
  struct Frame {
    bool is_array;
    std::size_t index;
    std::string key;
  };
  std::string target;
  std::string_view text;
  const rapidjson::StringStream* stream = nullptr;
  std::vector<Frame> stack;
  std::size_t found = std::string::npos;

  std::string current() const {
    std::string p;
    for (const Frame& f : stack) {
      p += '/';
      if (f.is_array) {
        p += std::to_string(f.index == 0 ? 0 : f.index - 1);
      } else {
        for (char c : f.key) {
          if (c == '~') p += "~0";
          else if (c == '/') p += "~1";
          else p += c;
        }
      }
    }
    return p;
  }
  // Where the current value starts. RapidJSON parses strings and numbers on a local copy of the stream
  // and calls the handler before copying the position back, so for those the stream still stands at
  // the end of the previous token and the value starts at the next significant byte. For literals
  // (true, false, null) and brackets the stream has moved past the token already.
  std::size_t value_start(char kind) const {
    std::size_t pos = stream->Tell();
    if (kind == '{' || kind == '[') return pos - 1;
    if (kind == 'l') {  // literal: step back over it
      while (pos > 0 && std::isalpha(static_cast<unsigned char>(text[pos - 1]))) --pos;
      return pos;
    }
    while (pos < text.size() && (std::isspace(static_cast<unsigned char>(text[pos])) || text[pos] == ',' ||
                                 text[pos] == ':')) {
      ++pos;
    }
    return pos;
  }
  void on_value(char kind) {
    if (!stack.empty() && stack.back().is_array) ++stack.back().index;
    if (found == std::string::npos && current() == target) found = value_start(kind);
  }
  bool Null() { on_value('l'); return true; }
  bool Bool(bool) { on_value('l'); return true; }
  bool Int(int) { on_value('0'); return true; }
  bool Uint(unsigned) { on_value('0'); return true; }
  bool Int64(int64_t) { on_value('0'); return true; }
  bool Uint64(uint64_t) { on_value('0'); return true; }
  bool Double(double) { on_value('0'); return true; }
  bool String(const char*, rapidjson::SizeType, bool) { on_value('"'); return true; }
  bool StartObject() { on_value('{'); stack.push_back({false, 0, ""}); return true; }
  bool Key(const char* s, rapidjson::SizeType n, bool) { stack.back().key.assign(s, n); return true; }
  bool EndObject(rapidjson::SizeType) { stack.pop_back(); return true; }
  bool StartArray() { on_value('['); stack.push_back({true, 0, ""}); return true; }
  bool EndArray(rapidjson::SizeType) { stack.pop_back(); return true; }
};

std::size_t locate_pointer(std::string_view text, const std::string& pointer) {
  std::string buf(text);
  rapidjson::StringStream ss(buf.c_str());
  PointerLocator h;
  h.target = pointer;
  h.text = text;
  h.stream = &ss;
  rapidjson::Reader reader;
  reader.Parse(ss, h);
  return h.found == std::string::npos ? 0 : h.found;
}
}  // namespace

rapidjson::Document parse_json(std::string_view text, const std::string& origin, std::size_t first_line) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  if (doc.HasParseError()) {
    std::size_t off = doc.GetErrorOffset();
    auto [line, col] = line_column(text, off);
    throw Error(ErrorCode::kBadInput,
                std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()),
                Location{origin, line + first_line - 1, col, fragment_at(text, off)});
  }
  return doc;
}

void validate_json(const rapidjson::Document& doc, std::string_view text, std::string_view schema_text,
                   const std::string& origin) {
  rapidjson::Document sd;
  sd.Parse(schema_text.data(), schema_text.size());
  if (sd.HasParseError()) throw Error(ErrorCode::kInternal, "embedded JSON Schema does not parse");
  rapidjson::SchemaDocument schema(sd);
  rapidjson::SchemaValidator validator(schema);
  if (doc.Accept(validator)) return;
  rapidjson::StringBuffer where;
  validator.GetInvalidDocumentPointer().Stringify(where);
  std::string pointer = where.GetString();
  if (!pointer.empty() && pointer[0] == '#') pointer.erase(0, 1);
  std::string keyword = validator.GetInvalidSchemaKeyword();
  std::size_t off = locate_pointer(text, pointer);
  auto [line, col] = line_column(text, off);
  const rapidjson::Value* bad = rapidjson::Pointer(pointer.c_str()).Get(doc);
  std::string shown = bad ? to_json(*bad) : "";
  if (shown.size() > 60) shown = shown.substr(0, 57) + "...";
  throw Error(ErrorCode::kBadSchema,
              "value at " + (pointer.empty() ? std::string("/") : pointer) + " breaks the schema's '" + keyword +
                  "' rule",
              Location{origin, line, col, shown});
}

std::string to_json(const rapidjson::Value& v) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  v.Accept(w);
  return sb.GetString();
}

}  // namespace kgraph
