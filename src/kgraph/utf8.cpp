// utf8.cpp - see utf8.h.
#include "kgraph/utf8.h"

#include <cstdio>

#include "kgraph/error.h"
#include "kgraph/json_util.h"

namespace kgraph {
namespace {
// Decodes one code point at `i`; returns its length, or 0 when the sequence is invalid.
std::size_t decode_one(std::string_view s, std::size_t i, char32_t& cp) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  std::size_t n;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    n = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}
}  // namespace

std::size_t utf8_sequence(std::string_view bytes, std::size_t i, char32_t& cp) { return decode_one(bytes, i, cp); }

std::size_t find_invalid_utf8(std::string_view bytes) {
  char32_t cp;
  for (std::size_t i = 0; i < bytes.size();) {
    std::size_t n = decode_one(bytes, i, cp);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::u32string decode_utf8(std::string_view bytes, const std::string& origin, std::size_t first_line) {
  std::u32string out;
  out.reserve(bytes.size());
  char32_t cp;
  for (std::size_t i = 0; i < bytes.size();) {
    std::size_t n = decode_one(bytes, i, cp);
    if (n == 0) {
      auto [line, col] = line_column(bytes, i);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[i]));
      throw Error(ErrorCode::kBadInput,
                  "invalid UTF-8: byte " + std::string(hex) + " at byte offset " + std::to_string(i),
                  Location{origin, line + first_line - 1, col, {}});
    }
    out.push_back(cp);
    i += n;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

}  // namespace kgraph
