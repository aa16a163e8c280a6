// utf8.h - strict UTF-8 decoding with located errors, and encoding.
//
// Articles arrive as bytes; the pipeline works on code points (std::u32string) so that offsets are
// character offsets. Decoding is strict (no overlongs, no surrogates, nothing above U+10FFFF) because a
// silently replaced byte would shift every offset after it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kgraph {

/// Decodes `bytes`. Throws Error(kBadInput) "invalid UTF-8" naming `origin`, the line and column of the
/// first bad byte and its byte offset; `first_line` shifts the reported line.
std::u32string decode_utf8(std::string_view bytes, const std::string& origin, std::size_t first_line = 1);

/// Length of the well-formed UTF-8 sequence at `bytes[i]` (1 to 4), its code point in `cp`; 0 when the
/// bytes there are not well formed (overlong forms, surrogates and code points above U+10FFFF excluded).
std::size_t utf8_sequence(std::string_view bytes, std::size_t i, char32_t& cp);

/// Byte offset of the first invalid sequence, or npos when `bytes` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view bytes);

std::string encode_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t c);

}  // namespace kgraph
