// cmd_build.cpp - `kgraph build`: articles in, graph files out.
//
// Everything that can be checked before reading input is checked first (options, output formats,
// lexicon and rules), so a usage mistake costs nothing. All outputs are rendered only after the whole
// input was read without error, and each is written atomically: bad input leaves no file behind.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/outputs.h"
#include "kgraph/cycles.h"
#include "kgraph/error.h"
#include "kgraph/extract.h"
#include "kgraph/graph.h"
#include "kgraph/reader.h"
#include "kgraph/resources.h"
#include "kgraph/writer.h"

namespace kgraph::cli {

const char* const kBuildHelp =
    "Usage: kgraph build [INPUT...] [-o FILE]... [OPTIONS]\n"
    "\n"
    "Reads Arabic news articles, extracts entities and relations, and writes the knowledge graph.\n"
    "\n"
    "INPUT is a text file (first line = title), a directory (its .txt/.jsonl/.ndjson files,\n"
    "recursively), a JSON Lines file (.jsonl/.ndjson: one {\"id\",\"title\",\"text\",\"date\",\"url\",\"source\"}\n"
    "object per line) or - for standard input. With no INPUT, the example articles built into kgraph\n"
    "are read.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE        write the graph to FILE; may repeat. The format comes from the\n"
    "                           extension: .graphml, .dot/.gv, .json, .gexf, .html (an interactive page,\n"
    "                           one file that opens offline), or a picture: .svg, .png, .pdf (drawn by\n"
    "                           Graphviz's library). Without -o, JSON goes to stdout.\n"
    "  -f, --format FORMAT      format for outputs whose extension names none, and for stdout\n"
    "                           (graphml, dot, json, gexf, html, svg, png, pdf)\n"
    "  --label-lang LANG        names on the nodes of pictures, DOT and the page: ar, en or both (default)\n"
    "  --lexicon FILE           add or override lexicon entries (schemas/lexicon.schema.json); may repeat\n"
    "  --rules FILE             add or override relation rules (schemas/rules.schema.json); may repeat\n"
    "  --max-cycle-length N     longest money cycle marked in the outputs (default 4)\n"
    "  --min-confidence X       keep only relations at least this sure (0 to 1, default 0: all);\n"
    "                           entities less sure than X are kept only if a kept relation names them\n"
    "  -q, --quiet              print nothing on standard error unless there is an error\n"
    "  -h, --help               show this help\n"
    "\n"
    "Exit status: 0 success, 1 bad input (file:line:column in the message), 2 bad usage.\n";

namespace {

int fail(const Error& e) {
  std::cerr << "kgraph: error: " << e.describe() << "\n";
  return e.code() == ErrorCode::kBadUsage ? kExitUsage : kExitBadInput;
}

}  // namespace

int run_build(const std::vector<std::string>& raw) {
  ParsedArgs args;
  std::vector<GraphOutput> outputs;
  std::size_t max_len = 4;
  double min_confidence = 0.0;
  try {
    args = parse_args(raw, {{"--output", "-o"},
                            {"--format", "-f"},
                            {"--label-lang", ""},
                            {"--lexicon", ""},
                            {"--rules", ""},
                            {"--max-cycle-length", ""},
                            {"--min-confidence", ""},
                            {"--quiet", "-q", false},
                            {"--help", "-h", false}});
    if (args.has("--help")) {
      std::cout << kBuildHelp;
      return kExitOk;
    }
    outputs = graph_outputs(args);
    if (std::count(args.positional.begin(), args.positional.end(), "-") > 1) {
      throw UsageError("standard input ('-') can be read only once");
    }
    if (args.has("--min-confidence")) {
      const std::string v = args.get("--min-confidence");
      char* end = nullptr;
      min_confidence = std::strtod(v.c_str(), &end);
      if (v.empty() || *end != '\0' || !(min_confidence >= 0.0 && min_confidence <= 1.0)) {
        throw UsageError("--min-confidence needs a number from 0 to 1, got '" + v + "'");
      }
    }
    if (args.has("--max-cycle-length")) {
      max_len = parse_count("--max-cycle-length", args.get("--max-cycle-length"), 2, 12);
    }
  } catch (const UsageError& e) {
    std::cerr << "kgraph build: " << e.what() << "\n(see: kgraph build --help)\n";
    return kExitUsage;
  }
  const bool quiet = args.has("--quiet");

  try {
    // An output that cannot be written should fail now, not after reading a large corpus.
    for (const GraphOutput& o : outputs) {
      if (!o.path.empty()) check_output_path(o.path);
    }
    Extractor extractor(Lexicon::load(args.all("--lexicon")), RuleSet::load(args.all("--rules")));
    KnowledgeGraph graph;
    std::size_t articles = 0;
    const bool progress = !quiet && isatty(STDERR_FILENO);
    auto add = [&](const Article& a) {
      graph.merge(extractor.extract(a));
      ++articles;
      if (progress && articles % 100 == 0) std::cerr << "\rkgraph: " << articles << " articles read" << std::flush;
    };
    if (args.positional.empty()) {
      auto examples = example_articles();
      if (!quiet) {
        std::cerr << "kgraph: no input given: reading the " << examples.size()
                  << " example articles built into kgraph (examples/articles/)\n";
      }
      for (const ExampleArticle& ex : examples) {
        add(ArticleReader::parse_text(std::string(ex.text), std::string(ex.name),
                                      "examples/articles/" + std::string(ex.name) + ".txt"));
      }
    } else {
      ArticleReader reader(args.positional);
      while (auto a = reader.next()) add(*a);
    }
    if (progress && articles >= 100) std::cerr << "\r\033[K";
    if (articles == 0) throw Error(ErrorCode::kBadInput, "the input holds no articles");

    if (min_confidence > 0.0) graph = graph.filtered(min_confidence);

    CycleOptions copts;
    copts.max_length = max_len;
    auto cycles = find_money_cycles(graph, copts);
    mark_cycles(graph, cycles);

    // All files or none: they are renamed into place together once every one was written.
    std::vector<std::pair<std::string, const GraphWriter*>> files;
    for (const GraphOutput& o : outputs) {
      if (!o.path.empty()) files.emplace_back(o.path, o.writer.get());
    }
    write_graph_files(graph, files);
    for (const GraphOutput& o : outputs) {
      if (o.path.empty()) {
        std::ostringstream ss;
        o.writer->write(graph, ss);
        std::cout << ss.str() << std::flush;
      }
    }
    if (!quiet) {
      auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
      };
      std::cerr << "kgraph: " << count(articles, "article", "articles") << ", "
                << count(graph.node_count(), "entity", "entities") << ", "
                << count(graph.edge_count(), "relation", "relations") << ", "
                << count(cycles.size(), "money cycle", "money cycles") << "\n";
      for (const GraphOutput& o : outputs) {
        if (!o.path.empty()) std::cerr << "kgraph: wrote " << o.path << "\n";
      }
    }
    return kExitOk;
  } catch (const Error& e) {
    return fail(e);
  }
}

}  // namespace kgraph::cli
