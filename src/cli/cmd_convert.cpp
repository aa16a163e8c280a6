// cmd_convert.cpp - `kgraph convert IN OUT`: a graph file in one format written in another.
//
// The formats come from the extensions unless --from/--to name them; both are checked, and OUT's
// directory too, before IN is read, so a usage mistake costs nothing. The output is written atomically
// (write_graph_file): bad input, or a failure half-way, leaves OUT as it was. "-" reads standard input
// or writes standard output (then --from/--to are needed: there is no extension to go by).
#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/outputs.h"
#include "kgraph/error.h"
#include "kgraph/writer.h"

namespace kgraph::cli {

const char* const kConvertHelp =
    "Usage: kgraph convert IN OUT [OPTIONS]\n"
    "\n"
    "Reads the graph IN and writes it to OUT in another format. The formats come from the extensions:\n"
    "IN is .graphml (kgraph's own, or GraphML from NetworkX, igraph, Gephi...) or .json (node-link, as\n"
    "kgraph or NetworkX write it); OUT is .graphml, .json, .dot/.gv, .gexf, .html or a picture: .svg, .png, .pdf\n"
    "(drawn by Graphviz's library). kgraph's own files convert losslessly: GraphML -> JSON -> GraphML\n"
    "gives the same bytes. OUT is written only when IN was read\n"
    "without error. - as IN reads standard input, - as OUT writes standard output.\n"
    "\n"
    "Options:\n"
    "  --from FORMAT        read IN as FORMAT (graphml, json) whatever its extension\n"
    "  --to FORMAT          write OUT as FORMAT (graphml, dot, json, gexf, html, svg, png, pdf) whatever its extension\n"
    "  --label-lang LANG    names on the nodes of pictures, DOT and the page: ar, en or both (default)\n"
    "  -q, --quiet          print nothing on standard error unless there is an error\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input (file:line:column in the message), 2 bad usage.\n";

namespace {

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

int run_convert(const std::vector<std::string>& raw) {
  ParsedArgs args;
  std::string in, out, from, to;
  DotOptions drawing;
  try {
    args = parse_args(raw, {{"--from", ""}, {"--to", ""}, {"--label-lang", ""}, {"--quiet", "-q", false},
                            {"--help", "-h", false}});
    if (args.has("--help")) {
      std::cout << kConvertHelp;
      return kExitOk;
    }
    if (args.positional.size() != 2) throw UsageError("expects an input and an output file (IN OUT)");
    drawing = drawing_options(args);
    in = args.positional[0];
    out = args.positional[1];
    from = args.get("--from");
    to = args.get("--to");
    if (from.empty()) {
      if (in == "-") throw UsageError("reading standard input needs --from (" + join(reader_formats()) + ")");
      from = format_from_path(in);
      if (from.empty() || from == "dot") {
        throw UsageError("cannot tell the format of '" + in + "' from its extension: use .graphml, .json or --from");
      }
    }
    try {
      make_reader(from);
    } catch (const Error&) {
      throw UsageError("cannot read format '" + from + "' (readable: " + join(reader_formats()) + ")");
    }
    if (to.empty()) {
      if (out == "-") throw UsageError("writing standard output needs --to (" + join(writer_formats()) + ")");
      to = format_from_path(out);
      if (to.empty()) {
        throw UsageError("cannot tell the format of '" + out +
                         "' from its extension: use .graphml, .dot, .json or --to");
      }
    }
    try {
      make_writer(to);
    } catch (const Error& e) {
      // A known format this build cannot write (the page without Cytoscape.js) says why.
      const std::vector<std::string> formats = writer_formats();
      if (std::find(formats.begin(), formats.end(), to) != formats.end()) throw UsageError(e.message());
      throw UsageError("unknown output format '" + to + "' (known: " + join(writer_formats()) + ")");
    }
  } catch (const UsageError& e) {
    std::cerr << "kgraph convert: " << e.what() << "\n(see: kgraph convert --help)\n";
    return kExitUsage;
  }

  try {
    if (out != "-") check_output_path(out);
    // Initialised, not assigned: Boost's adjacency_list has no move assignment, so an assignment would
    // copy the whole graph.
    const KnowledgeGraph graph = [&] {
      if (in != "-") return read_graph_file(in, from);
      std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      return make_reader(from)->read(text, "<stdin>");
    }();
    std::unique_ptr<GraphWriter> writer = make_writer(to, drawing);
    if (out == "-") {
      writer->write(graph, std::cout);
      std::cout.flush();
    } else {
      write_graph_file(graph, *writer, out);
      if (!args.has("--quiet")) {
        std::cerr << "kgraph: wrote " << out << " (" << graph.node_count() << " nodes, " << graph.edge_count()
                  << " edges)\n";
      }
    }
    return kExitOk;
  } catch (const Error& e) {
    std::cerr << "kgraph: error: " << e.describe() << "\n";
    return e.code() == ErrorCode::kBadUsage ? kExitUsage : kExitBadInput;
  }
}

}  // namespace kgraph::cli
