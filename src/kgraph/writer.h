// writer.h - one interface for every graph file format, and the registry that picks one by name or by
// file extension. Each format lives in its own <format>_writer.{h,cpp}; readers mirror them.
//
// Writers write to a std::ostream so tests can use strings; write_graph_file() writes to a temporary file
// beside the target and renames it into place, so a failure never leaves a half-written file.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kgraph/graph.h"

namespace kgraph {

struct DotOptions;  // dot_writer.h: how pictures are drawn

class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  virtual std::string_view format() const = 0;  ///< "graphml", "dot", "json"
  virtual void write(const KnowledgeGraph& graph, std::ostream& out) const = 0;
};

class GraphReader {
 public:
  virtual ~GraphReader() = default;
  virtual std::string_view format() const = 0;
  /// Reads a whole graph. `origin` names the input in error messages (file:line:column).
  virtual KnowledgeGraph read(std::string_view text, const std::string& origin) const = 0;
};

/// The formats writers exist for, in the order `--help` lists them.
std::vector<std::string> writer_formats();
/// The formats readers exist for.
std::vector<std::string> reader_formats();

/// Format name from a path's extension (".graphml" -> "graphml", ".gv"/".dot" -> "dot", ".json" -> "json",
/// ".gexf" -> "gexf", ".html"/".htm" -> "html", ".svg"/".png"/".pdf" -> the picture format).
/// Returns "" when the extension names no known format.
std::string format_from_path(const std::string& path);

/// Throws Error(kBadUsage) for an unknown format.
std::unique_ptr<GraphWriter> make_writer(std::string_view format);
/// The same, with the drawing options for the formats that draw (dot, svg, png, pdf, and html's names);
/// the others ignore them.
std::unique_ptr<GraphWriter> make_writer(std::string_view format, const DotOptions& options);
std::unique_ptr<GraphReader> make_reader(std::string_view format);

/// Writes atomically: to PATH.tmp-XXXX in the same directory, then rename(). Throws Error(kIo).
void write_graph_file(const KnowledgeGraph& graph, const GraphWriter& writer, const std::string& path);

/// Writes several outputs as one: every file is written to a temporary beside its target first, and only
/// when all were written are they renamed into place. A failure removes the temporaries and leaves every
/// target as it was. Throws Error(kIo).
void write_graph_files(const KnowledgeGraph& graph,
                       const std::vector<std::pair<std::string, const GraphWriter*>>& outputs);

/// Checks, before any work, that `path` can be an output: its directory exists and it is not a directory.
/// Throws Error(kIo) naming the path.
void check_output_path(const std::string& path);

/// Reads a graph file, format from `format` or, when empty, from the extension. Throws Error.
KnowledgeGraph read_graph_file(const std::string& path, std::string_view format = {});

}  // namespace kgraph
