// image_writer.h - the knowledge graph as a picture (.svg, .png, .pdf), drawn in-process by Graphviz's
// own library (libgvc/cgraph) from the DOT that DotWriter writes, so no separate `dot` step is needed.
// The picture adds layout-only helpers the .dot file leaves out (DotOptions::picture: the entities with no
// relation arranged in rows in a dashed box), so `dot -Tpng g.dot` draws the same web with those entities
// in a plain column. Text in kgraph's SVG is drawn as glyph outlines by cairo (so Arabic is shaped without
// fonts on the reader's side); it is not selectable and carries no tooltips, unlike `dot -Tsvg`'s.
#pragma once

#include <string>
#include <string_view>

#include "kgraph/dot_writer.h"
#include "kgraph/writer.h"

namespace kgraph {

class ImageWriter final : public GraphWriter {
 public:
  /// `format` is "svg", "png" or "pdf"; anything else throws Error(kBadUsage).
  explicit ImageWriter(std::string_view format, DotOptions options = {});
  std::string_view format() const override { return format_; }
  /// Throws Error(kIo) when Graphviz cannot lay out or render the graph; prints nothing.
  void write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  std::string format_;
  DotOptions options_;
};

/// DOT text rendered to `format` ("svg", "png", "pdf") with Graphviz's cairo renderer (which shapes
/// Arabic through pango; the gd renderer would not). The layout engine is the graph's `layout` attribute,
/// dot when it has none. Returns the file's bytes; throws Error(kBadInput) for DOT that Graphviz cannot
/// read and Error(kIo) for a failed layout or rendering.
std::string render_dot(std::string_view dot, std::string_view format);

}  // namespace kgraph
