// xml.h - a small XML pull parser, enough for GraphML written by kgraph and by other tools.
//
// It reads a whole document held in memory and hands out one event at a time: an element starts (with
// its attributes), an element ends, or character data. Entities (&lt; &gt; &amp; &quot; &apos;) and
// character references (&#1575; &#x627;) are decoded, CDATA sections become character data, line ends
// are normalised as XML requires (CR LF -> LF; in attribute values tab, CR and LF become spaces), and
// comments, processing instructions, the XML declaration and a DOCTYPE (internal subset included) are
// skipped. What it does not do: DTD validation, entities declared in a DOCTYPE, namespaces beyond
// splitting "prefix:local", and encodings other than UTF-8 (a UTF-16 document is refused by name).
//
// Every failure to be well-formed is an Error(kBadInput) at "file:line:column" (1-based, the column in
// code points, as json_util's line_column counts), with the offending fragment. Element positions are
// byte offsets; line() and column() turn them into lines and columns incrementally, so asking for the
// position of every element in document order costs one pass over the text in all.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kgraph/error.h"

namespace kgraph {

struct XmlAttribute {
  std::string_view name;   ///< as written, prefix included ("xsi:schemaLocation")
  std::string_view value;  ///< decoded; valid until the next call to next()
  std::size_t offset = 0;  ///< byte offset of the value's first character (just after the quote)
};

class XmlPullParser {
 public:
  enum class Event { kStartElement, kEndElement, kText, kEndDocument };

  /// `origin` names the document in error messages. `text` must outlive the parser.
  XmlPullParser(std::string_view text, std::string origin);

  /// The next event. An empty element (<a/>) gives a start and then an end. Character data between two
  /// tags is one event, even when comments, CDATA sections or references split it in the source; it is
  /// also reported when it is only white space. After the root element ends: kEndDocument, for good.
  Event next();

  /// The current element's name as written (start and end events) and without its prefix.
  std::string_view name() const { return name_; }
  std::string_view local_name() const;
  /// The current start element's attributes, in document order.
  const std::vector<XmlAttribute>& attributes() const { return attributes_; }
  /// The attribute called `name` (as written), or nullptr.
  const XmlAttribute* attribute(std::string_view name) const;
  /// The current character data, decoded; valid until the next call to next().
  std::string_view text() const { return text_; }

  /// Byte offset where the current event starts (its '<', or its first character of data).
  std::size_t offset() const { return event_offset_; }
  /// Open elements, the current start element included.
  std::size_t depth() const { return open_.size(); }

  /// 1-based line and column of the current event.
  std::size_t line() const;
  std::size_t column() const;
  /// The location of byte `offset`, with `fragment` as the excerpt shown in messages.
  Location location_at(std::size_t offset, std::string fragment = {}) const;

  /// After a start element: consumes everything up to and including its end tag.
  void skip_element();
  /// After a start element: consumes it and returns its character data, leaving out nested elements and
  /// their content. `data_offset` receives where the data starts (the end tag's offset when there is
  /// none). The view is valid until the next call to next() or element_text().
  std::string_view element_text(std::size_t& data_offset);

  [[noreturn]] void fail_at(std::size_t offset, const std::string& message, std::string fragment = {}) const;

 private:
  struct Open {
    std::string_view name;
    std::size_t offset;
  };

  bool starts_with(std::string_view s) const { return text_in_.substr(pos_).starts_with(s); }
  void check_characters() const;
  void skip_declaration_or_pi();
  void skip_comment();
  void skip_doctype();
  void read_cdata();
  void read_character_data();
  void read_start_tag();
  void read_end_tag();
  std::string_view read_name(const char* what);
  void skip_space();
  // Appends `raw` to `out`, decoding references; `attribute` applies attribute-value normalisation.
  void decode(std::string_view raw, std::size_t raw_offset, bool attribute, std::string& out) const;
  void append_piece(std::string_view raw, std::size_t raw_offset, bool needs_decoding);
  std::string excerpt(std::size_t offset) const;

  std::string_view text_in_;
  std::string origin_;
  std::size_t pos_ = 0;
  bool root_seen_ = false;
  bool root_closed_ = false;
  bool pending_end_ = false;  // the current start element was empty (<a/>): its end comes next

  std::vector<Open> open_;
  std::string_view name_;
  std::vector<XmlAttribute> attributes_;
  std::vector<std::string> attribute_storage_;
  std::string_view text_;
  std::string text_storage_;
  std::string collected_;
  std::size_t text_start_ = std::string_view::npos;  // offset of pending character data, npos if none
  std::size_t event_offset_ = 0;

  // The incremental position: line and column of byte `cursor_`.
  mutable std::size_t cursor_ = 0;
  mutable std::size_t cursor_line_ = 1;
  mutable std::size_t cursor_column_ = 1;
  void move_cursor(std::size_t offset) const;
};

}  // namespace kgraph
