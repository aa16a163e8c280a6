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

/// Byte offset of the first invalid sequence, or npos when `bytes` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view bytes);

std::string encode_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t c);

}  // namespace kgraph
