// json_util.h - RapidJSON helpers shared by the stages that read JSON (lexicon, rules, JSON Lines input,
// graph files): parsing with errors that name line and column, and JSON Schema validation.
#pragma once

#include <rapidjson/document.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kgraph/error.h"

namespace kgraph {

/// Writes a number so that readers see 100000000000, not 1e11 or 100000000000.0: a whole value below 2^53
/// (where doubles are still exact integers) as an integer, anything else as RapidJSON's shortest round-trip
/// double; a non-finite value, which JSON cannot hold, as null. For amounts of money in every JSON kgraph
/// writes (the graph file, the page's data).
template <typename W>
void write_exact_number(W& w, double x) {
  constexpr double kExactLimit = 9007199254740992.0;  // 2^53
  if (!std::isfinite(x)) {
    w.Null();
  } else if (x == std::trunc(x) && std::fabs(x) < kExactLimit) {
    if (x < 0) {
      w.Int64(static_cast<std::int64_t>(x));
    } else {
      w.Uint64(static_cast<std::uint64_t>(x));
    }
  } else {
    w.Double(x);
  }
}

/// The same, null when there is no value.
template <typename W>
void write_exact_number(W& w, const std::optional<double>& x) {
  if (x) {
    write_exact_number(w, *x);
  } else {
    w.Null();
  }
}

/// Line and column (1-based, column in code points) of byte `offset` in `text`.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset);

/// Parses `text` (from `origin`, a file name for messages). Throws Error(kBadInput) naming the line and
/// column of the first syntax error. `first_line` shifts reported lines (for a JSON Lines record).
rapidjson::Document parse_json(std::string_view text, const std::string& origin, std::size_t first_line = 1);

/// Validates `doc` against the JSON Schema in `schema_text`. Throws Error(kBadSchema) naming the JSON
/// pointer of the offending value, the schema keyword it breaks, and its line and column in `text`.
void validate_json(const rapidjson::Document& doc, std::string_view text, std::string_view schema_text,
                   const std::string& origin);

/// Byte offset in `text` where the value at JSON pointer `pointer` ("/entities/3/type") starts; 0 when
/// there is none.
std::size_t locate_pointer(std::string_view text, const std::string& pointer);

/// Byte offset of the first occurrence of `needle` in `text`, as a Location with line and column (for
/// errors about a value found by content, such as a duplicate id). Line 0 when absent.
Location locate_text(const std::string& origin, std::string_view text, const std::string& needle);

/// Reads a whole file; `what` names it in the error ("lexicon file"). Throws Error(kIo).
std::string read_file(const std::string& path, const std::string& what);

/// The strings of array member `key` of object `o` (schema-checked input: no type checks here); empty
/// when the member is absent.
std::vector<std::string> string_array(const rapidjson::Value& o, const char* key);

/// Serialises a value compactly (for messages and tests).
std::string to_json(const rapidjson::Value& v);

}  // namespace kgraph
