// outputs.cpp - see outputs.h.
#include "cli/outputs.h"

#include <algorithm>

#include "kgraph/dot_writer.h"
#include "kgraph/error.h"

namespace kgraph::cli {

DotOptions drawing_options(const ParsedArgs& args) {
  DotOptions options;
  if (args.has("--label-lang")) {
    const std::string v = args.get("--label-lang");
    auto lang = label_lang_from_string(v);
    if (!lang) throw UsageError("--label-lang needs ar, en or both, got '" + v + "'");
    options.label_lang = *lang;
  }
  return options;
}

namespace {
// A format this kgraph cannot write (the page in a build without Cytoscape.js) is a usage error, reported
// with the reason before any input is read.
std::unique_ptr<GraphWriter> writer_for(const std::string& format, const DotOptions& drawing) {
  try {
    return make_writer(format, drawing);
  } catch (const Error& e) {
    throw UsageError(e.message());
  }
}
}  // namespace

std::vector<GraphOutput> graph_outputs(const ParsedArgs& args) {
  std::vector<GraphOutput> outputs;
  const DotOptions drawing = drawing_options(args);
  const std::string fmt = args.get("--format");
  if (!fmt.empty()) {
    try {
      make_writer(fmt);
    } catch (const Error& e) {
      const std::vector<std::string> formats = writer_formats();
      if (std::find(formats.begin(), formats.end(), fmt) != formats.end()) throw UsageError(e.message());
      std::string known;
      for (const std::string& f : writer_formats()) known += (known.empty() ? "" : ", ") + f;
      throw UsageError("unknown format '" + fmt + "' (known: " + known + ")");
    }
  }
  for (const std::string& path : args.all("--output")) {
    std::string f = format_from_path(path);
    if (f.empty()) f = fmt;
    if (f.empty()) {
      throw UsageError("cannot tell the format of '" + path +
                       "' from its extension: use .graphml, .dot, .json, .gexf, .html, .svg, .png, .pdf or --format");
    }
    outputs.push_back({path, writer_for(f, drawing)});
  }
  if (outputs.empty()) outputs.push_back({"", writer_for(fmt.empty() ? "json" : fmt, drawing)});
  return outputs;
}

}  // namespace kgraph::cli
