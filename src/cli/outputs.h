// outputs.h - the graph files a command writes (`-o PATH`, repeatable, and `--format`), shared by
// `kgraph build` and `kgraph subgraph` so both read the same options the same way.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/options.h"
#include "kgraph/dot_writer.h"
#include "kgraph/writer.h"

namespace kgraph::cli {

struct GraphOutput {
  std::string path;  ///< "" = standard output
  std::unique_ptr<GraphWriter> writer;
};

/// One output per `--output`/`-o` (format from the extension, else `--format`); none given: standard output
/// in `--format` (default json). Throws UsageError for an unknown format or a path whose extension names
/// none when there is no `--format`.
/// Pictures and DOT are drawn with `--label-lang` (ar, en, both; default both) when the command has it.
std::vector<GraphOutput> graph_outputs(const ParsedArgs& args);

/// The drawing options from `--label-lang`; throws UsageError for a bad value.
DotOptions drawing_options(const ParsedArgs& args);

}  // namespace kgraph::cli
