// outputs.h - the graph files a command writes (`-o PATH`, repeatable, and `--format`), shared by
// `kgraph build` and `kgraph subgraph` so both read the same options the same way.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/options.h"
#include "kgraph/writer.h"

namespace kgraph::cli {

struct GraphOutput {
  std::string path;  ///< "" = standard output
  std::unique_ptr<GraphWriter> writer;
};

/// One output per `--output`/`-o` (format from the extension, else `--format`); none given: standard output
/// in `--format` (default json). Throws UsageError for an unknown format or a path whose extension names
/// none when there is no `--format`.
std::vector<GraphOutput> graph_outputs(const ParsedArgs& args);

}  // namespace kgraph::cli
