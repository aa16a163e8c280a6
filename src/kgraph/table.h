// table.h - results as rows and columns, and the four ways kgraph prints them: an aligned table (for
// people; Arabic-aware widths), TSV and CSV (for spreadsheets and shell tools), JSON Lines (for scripts).
//
// Commands that answer questions (query, neighbors, path, rank, stats) fill a ResultTable; the CLI picks
// the format. Each cell keeps two forms: `text`, what a person reads (a list joined with ", ", a number
// without trailing zeros), and `json`, a JSON value that keeps the type (42, "42", null, ["a","b"]).
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

struct Cell {
  std::string text;        ///< display form
  std::string json;        ///< a JSON value (compact): "null", "true", "42", "\"s\"", "[...]", "{...}"
  bool numeric = false;    ///< right-aligned in the table format
  static Cell null();
  static Cell string(std::string_view s);
  static Cell number(double v);
  static Cell integer(long long v);
  static Cell boolean(bool b);
  /// A list: text joined with ", ", json an array of the items' json.
  static Cell list(const std::vector<Cell>& items);
  /// A ready JSON value and its display text.
  static Cell raw(std::string text, std::string json, bool numeric = false);
};

struct ResultTable {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;  ///< each row has columns.size() cells
};

enum class TableFormat { kTable, kTsv, kCsv, kJsonl };

/// "table", "tsv", "csv", "jsonl" (also "json-lines"); nullopt-like: returns false for an unknown name.
bool parse_table_format(std::string_view name, TableFormat& out);

/// Writes `t` in `format`. The table format ends with a "(N rows)" line; the others print data only
/// (TSV and CSV with a header line; JSON Lines one object per row, keys in column order).
void write_table(const ResultTable& t, TableFormat format, std::ostream& out);

/// Columns a terminal gives a string: combining marks and format characters take none, East Asian wide
/// and fullwidth characters two, everything else (Arabic letters included) one.
std::size_t display_width(std::string_view utf8);

/// Shortest decimal form that reads back as the same double; integers without a fraction ("4000000000").
std::string format_number(double v);

/// A JSON string literal for `s` (quotes included).
std::string json_quote(std::string_view s);

}  // namespace kgraph
