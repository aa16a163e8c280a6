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
#include <fstream>
#include <sstream>
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

// A read-only input stream over a buffer. RapidJSON parses strings and numbers on a local copy of a
// StringStream (StreamTraits::copyOptimization) and writes the position back only after calling the
// handler, so StringStream::Tell() inside a handler is stale; this stream has no copy optimisation, so
// Tell() is always just past the token the handler is told about.
struct TrackingStream {
  using Ch = char;
  explicit TrackingStream(const char* text) : head(text), at(text) {}
  Ch Peek() const { return *at; }
  Ch Take() { return *at++; }
  std::size_t Tell() const { return static_cast<std::size_t>(at - head); }
  // Output functions, required by the stream concept, unused by a non-in-situ parse.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }
  const char* head;
  const char* at;
};

// SAX handler that follows the JSON pointer of the value being read and records the byte offset at which
// the value at `target` starts. A handler is called after its token is consumed, so the start of a value
// is found from the end of the previous token: skip the whitespace, ',' and ':' that follow it.
// (Debian's RapidJSON 1.1 has no token-by-token IterativeParseNext, so this works with plain Parse.)
struct Locator : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Locator> {
  struct Frame {
    bool is_array;
    std::size_t count;  // values seen so far in an array
    std::string key;    // current key in an object
  };
  std::string_view text;
  const TrackingStream* stream = nullptr;
  std::string target;
  std::vector<Frame> stack;
  std::size_t prev_end = 0;  // byte offset just past the previous token
  std::size_t found = std::string::npos;

  std::string current() const {
    std::string p;
    for (const Frame& f : stack) {
      p += '/';
      if (f.is_array) {
        p += std::to_string(f.count - 1);
      } else {
        for (char c : f.key) {
          if (c == '~') {
            p += "~0";
          } else if (c == '/') {
            p += "~1";
          } else {
            p += c;
          }
        }
      }
    }
    return p;
  }
  // Returns false (stop parsing) once the target is found.
  bool on_value() {
    if (!stack.empty() && stack.back().is_array) ++stack.back().count;
    if (current() == target) {
      std::size_t at = prev_end;
      while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t' ||
                                  text[at] == ',' || text[at] == ':')) {
        ++at;
      }
      found = at;
      return false;
    }
    return true;
  }
  bool token_end(bool keep_going) {
    prev_end = stream->Tell();
    return keep_going;
  }
  bool Default() { return token_end(on_value()); }
  bool String(const char*, rapidjson::SizeType, bool) { return token_end(on_value()); }
  bool StartObject() {
    bool go = on_value();
    stack.push_back({false, 0, ""});
    return token_end(go);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    stack.back().key.assign(s, n);
    return token_end(true);
  }
  bool EndObject(rapidjson::SizeType) {
    stack.pop_back();
    return token_end(true);
  }
  bool StartArray() {
    bool go = on_value();
    stack.push_back({true, 0, ""});
    return token_end(go);
  }
  bool EndArray(rapidjson::SizeType) {
    stack.pop_back();
    return token_end(true);
  }
};

// Byte offset of the value at `pointer` in `text` (0 if there is none, which callers avoid by pointing at
// the object that lacks a member rather than at the member).
}  // namespace

std::size_t locate_pointer(std::string_view text, const std::string& pointer) {
  std::string buf(text);  // the stream reads up to a NUL
  TrackingStream ss(buf.c_str());
  Locator h;
  h.text = text;
  h.stream = &ss;
  h.target = pointer;
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseFullPrecisionFlag>(ss, h);
  return h.found == std::string::npos ? 0 : h.found;
}

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

Location locate_text(const std::string& origin, std::string_view text, const std::string& needle) {
  std::size_t off = text.find(needle);
  if (off == std::string_view::npos) return Location{origin, 0, 0, needle};
  auto [line, col] = line_column(text, off);
  return Location{origin, line, col, needle};
}

std::string read_file(const std::string& path, const std::string& what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIo, "cannot read " + what, Location{path, 0, 0, {}});
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::kIo, "cannot read " + what, Location{path, 0, 0, {}});
  return ss.str();
}

std::vector<std::string> string_array(const rapidjson::Value& o, const char* key) {
  std::vector<std::string> out;
  if (!o.IsObject()) return out;
  auto it = o.FindMember(key);
  if (it == o.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string to_json(const rapidjson::Value& v) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  v.Accept(w);
  return sb.GetString();
}

}  // namespace kgraph
