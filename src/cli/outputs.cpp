// outputs.cpp - see outputs.h.
#include "cli/outputs.h"

#include "kgraph/error.h"

namespace kgraph::cli {

std::vector<GraphOutput> graph_outputs(const ParsedArgs& args) {
  std::vector<GraphOutput> outputs;
  const std::string fmt = args.get("--format");
  if (!fmt.empty()) {
    try {
      make_writer(fmt);
    } catch (const Error&) {
      throw UsageError("unknown format '" + fmt + "' (known: graphml, dot, json)");
    }
  }
  for (const std::string& path : args.all("--output")) {
    std::string f = format_from_path(path);
    if (f.empty()) f = fmt;
    if (f.empty()) {
      throw UsageError("cannot tell the format of '" + path +
                       "' from its extension: use .graphml, .dot, .json or --format");
    }
    outputs.push_back({path, make_writer(f)});
  }
  if (outputs.empty()) outputs.push_back({"", make_writer(fmt.empty() ? "json" : fmt)});
  return outputs;
}

}  // namespace kgraph::cli
