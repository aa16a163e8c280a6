// table.cpp - see table.h.
#include "kgraph/table.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ostream>

#include "kgraph/utf8.h"

namespace kgraph {

std::string format_number(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
  if (v == std::floor(v) && std::fabs(v) < 9.007199254740992e15) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
    return std::string(buf, r.ptr);
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          static const char* hex = "0123456789abcdef";
          buf[0] = '\\', buf[1] = 'u', buf[2] = '0', buf[3] = '0', buf[4] = hex[c >> 4], buf[5] = hex[c & 15];
          out.append(buf, 6);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

Cell Cell::null() { return Cell{"", "null", false}; }
Cell Cell::string(std::string_view s) { return Cell{std::string(s), json_quote(s), false}; }
Cell Cell::number(double v) {
  std::string t = format_number(v);
  // JSON has no NaN or infinity: those are written as null.
  return Cell{t, std::isfinite(v) ? t : "null", true};
}
Cell Cell::integer(long long v) { return Cell{std::to_string(v), std::to_string(v), true}; }
Cell Cell::boolean(bool b) { return Cell{b ? "true" : "false", b ? "true" : "false", false}; }
Cell Cell::list(const std::vector<Cell>& items) {
  std::string text, json(1, '[');
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k) text += ", ", json += ',';
    text += items[k].text;
    json += items[k].json;
  }
  json += ']';
  return Cell{std::move(text), std::move(json), false};
}
Cell Cell::raw(std::string text, std::string json, bool numeric) { return Cell{std::move(text), std::move(json), numeric}; }

bool parse_table_format(std::string_view name, TableFormat& out) {
  if (name == "table") out = TableFormat::kTable;
  else if (name == "tsv") out = TableFormat::kTsv;
  else if (name == "csv") out = TableFormat::kCsv;
  else if (name == "jsonl" || name == "json-lines") out = TableFormat::kJsonl;
  else return false;
  return true;
}

std::size_t display_width(std::string_view utf8) {
  std::size_t w = 0;
  for (char32_t c : decode_utf8(utf8, "<cell>")) {
    auto cat = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c)));
    if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_FORMAT_CHAR || cat == U_CONTROL_CHAR) continue;
    int ea = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    w += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return w;
}

namespace {

// One line per cell in the table and TSV formats: a newline or tab inside a value would break the grid.
std::string one_line(std::string_view s, bool tsv) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r') out += tsv ? "\\n" : " ";
    else if (c == '\t') out += tsv ? "\\t" : " ";
    else if (c == '\\' && tsv) out += "\\\\";
    else out += c;
  }
  return out;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

void write_table(const ResultTable& t, TableFormat format, std::ostream& out) {
  const std::size_t n = t.columns.size();
  switch (format) {
    case TableFormat::kJsonl:
      for (const auto& row : t.rows) {
        out << "{";
        for (std::size_t c = 0; c < n; ++c) out << (c ? "," : "") << json_quote(t.columns[c]) << ":" << row[c].json;
        out << "}\n";
      }
      return;
    case TableFormat::kCsv:
      for (std::size_t c = 0; c < n; ++c) out << (c ? "," : "") << csv_field(t.columns[c]);
      out << "\r\n";
      for (const auto& row : t.rows) {
        for (std::size_t c = 0; c < n; ++c) out << (c ? "," : "") << csv_field(row[c].text);
        out << "\r\n";
      }
      return;
    case TableFormat::kTsv:
      for (std::size_t c = 0; c < n; ++c) out << (c ? "\t" : "") << one_line(t.columns[c], true);
      out << "\n";
      for (const auto& row : t.rows) {
        for (std::size_t c = 0; c < n; ++c) out << (c ? "\t" : "") << one_line(row[c].text, true);
        out << "\n";
      }
      return;
    case TableFormat::kTable: {
      std::vector<std::size_t> width(n, 0);
      std::vector<bool> numeric(n, !t.rows.empty());
      for (std::size_t c = 0; c < n; ++c) width[c] = display_width(t.columns[c]);
      for (const auto& row : t.rows) {
        for (std::size_t c = 0; c < n; ++c) {
          width[c] = std::max(width[c], display_width(one_line(row[c].text, false)));
          if (!row[c].numeric && row[c].json != "null") numeric[c] = false;
        }
      }
      // An Arabic cell is isolated (FSI ... PDI) so that a terminal's bidi algorithm cannot pull the
      // column separators into it; the marks are format characters and take no width.
      auto emit = [&](std::string_view text, std::size_t c) {
        std::string s = one_line(text, false);
        std::size_t pad = width[c] - display_width(s);
        bool rtl = false;
        for (char32_t ch : decode_utf8(s, "<cell>")) {
          auto dir = u_charDirection(static_cast<UChar32>(ch));
          if (dir == U_RIGHT_TO_LEFT_ARABIC || dir == U_RIGHT_TO_LEFT) { rtl = true; break; }
        }
        if (rtl) s = "\u2068" + s + "\u2069";
        if (numeric[c]) out << std::string(pad, ' ') << s;
        else out << s << std::string(pad, ' ');
      };
      for (std::size_t c = 0; c < n; ++c) {
        out << (c ? " | " : "");
        emit(t.columns[c], c);
      }
      out << "\n";
      for (std::size_t c = 0; c < n; ++c) out << (c ? "-+-" : "") << std::string(width[c], '-');
      out << "\n";
      for (const auto& row : t.rows) {
        for (std::size_t c = 0; c < n; ++c) {
          out << (c ? " | " : "");
          emit(row[c].text, c);
        }
        out << "\n";
      }
      out << "(" << t.rows.size() << (t.rows.size() == 1 ? " row)" : " rows)") << "\n";
      return;
    }
  }
}

}  // namespace kgraph
