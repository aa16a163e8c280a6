// eval_main.cpp - kgraph-eval: extracts each gold document's article alone and scores the graph.
//
// Design: a thin program over the library, like src/cli: it parses arguments, runs kgraph::Extractor on
// one article at a time into a fresh KnowledgeGraph (what `kgraph build FILE` does for one file), hands
// the graph to the scorer in this directory and prints. Scoring the graph in memory instead of through
// an exported file saves a build/score round trip per document; scorer.h reads exactly the fields the
// JSON export carries, so the numbers equal kg_score.py's on `kgraph build` outputs (the cross-check
// test in tests/eval holds this). Every article is looked up before any is extracted, so a missing one
// fails at once, located at its document's id in the gold file.
#include <charconv>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <string>
#include <vector>

#include "eval/gold.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "kgraph/error.h"
#include "kgraph/extract.h"
#include "kgraph/graph.h"
#include "kgraph/json_util.h"
#include "kgraph/reader.h"

namespace {

namespace fs = std::filesystem;
using namespace kgraph;

constexpr int kExitOk = 0;
constexpr int kExitFail = 1;   // bad input, or a --min-* floor not met
constexpr int kExitUsage = 2;

const char* const kHelp =
    "Usage: kgraph-eval --gold GOLD.json ARTICLES_DIR [OPTIONS]\n"
    "\n"
    "For each document of GOLD.json, extracts ARTICLES_DIR/<id>.txt alone (first line = title) and scores\n"
    "its graph against the document's gold entities and relations with the rules of\n"
    "../shared/eval/kg_score.py. Prints per-document scores and what was missed or wrong, then\n"
    "kg_score's summary line.\n"
    "\n"
    "Options:\n"
    "  --gold FILE              the gold annotation (format of ../shared/seeds/gold.json)\n"
    "  --lexicon FILE           add or override lexicon entries, as in kgraph build; may repeat\n"
    "  --rules FILE             add or override relation rules, as in kgraph build; may repeat\n"
    "  --min-relation-f1 X      exit 1 unless the relation F1 is at least X (0..1)\n"
    "  --min-entity-f1 X        exit 1 unless the entity F1 is at least X (0..1)\n"
    "  --json                   print a JSON report instead of text\n"
    "  -q, --quiet              print only the summary line\n"
    "  -h, --help               show this help\n"
    "\n"
    "Exit status: 0 scored (floors met), 1 a floor not met or bad input (file:line:column in the\n"
    "message), 2 bad usage.\n";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Options {
  std::string gold;
  std::string articles;
  std::vector<std::string> lexicons, rules;
  std::optional<double> min_relation_f1, min_entity_f1;
  bool json = false, quiet = false, help = false;
};

double parse_floor(const std::string& option, const std::string& value) {
  double x = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), x);
  if (ec != std::errc() || end != value.data() + value.size() || !(x >= 0 && x <= 1)) {
    throw UsageError(option + " wants a number from 0 to 1, not '" + value + "'");
  }
  return x;
}

// --name VALUE and --name=VALUE; "--" ends the options (the CLI's grammar, src/cli/options.h).
Options parse_options(const std::vector<std::string>& args) {
  Options o;
  std::vector<std::string> positional;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    if (options_done || a.size() < 2 || a[0] != '-') {
      positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::optional<std::string> inline_value;
    if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
      inline_value = a.substr(eq + 1);
      a.resize(eq);
    }
    auto flag = [&](bool& target) {
      if (inline_value) throw UsageError("option '" + a + "' takes no value");
      target = true;
    };
    auto value = [&]() -> std::string {
      if (inline_value) return *inline_value;
      if (i + 1 >= args.size()) throw UsageError("option '" + a + "' needs a value");
      return args[++i];
    };
    if (a == "--gold") {
      o.gold = value();
    } else if (a == "--lexicon") {
      o.lexicons.push_back(value());
    } else if (a == "--rules") {
      o.rules.push_back(value());
    } else if (a == "--min-relation-f1") {
      o.min_relation_f1 = parse_floor(a, value());
    } else if (a == "--min-entity-f1") {
      o.min_entity_f1 = parse_floor(a, value());
    } else if (a == "--json") {
      flag(o.json);
    } else if (a == "--quiet" || a == "-q") {
      flag(o.quiet);
    } else if (a == "--help" || a == "-h") {
      flag(o.help);
    } else {
      throw UsageError("unknown option '" + a + "'");
    }
  }
  if (o.help) return o;
  if (o.gold.empty()) throw UsageError("--gold GOLD.json is required");
  if (positional.size() != 1) {
    throw UsageError(positional.empty() ? "ARTICLES_DIR is required"
                                        : "one ARTICLES_DIR expected, got " + std::to_string(positional.size()));
  }
  o.articles = positional.front();
  return o;
}

int run(const Options& o) {
  const eval::GoldFile gold = eval::load_gold(o.gold);
  std::error_code ec;  // the non-throwing overloads: an unreadable path is reported like a missing one
  if (!fs::is_directory(o.articles, ec)) {
    throw Error(ErrorCode::kIo, "not a directory of articles", Location{o.articles, 0, 0, {}});
  }
  std::vector<std::string> paths;
  for (const eval::GoldDoc& doc : gold.docs) {
    std::string path = (fs::path(o.articles) / (doc.id + ".txt")).string();
    if (!fs::is_regular_file(path, ec)) {
      throw Error(ErrorCode::kBadInput, "no article for document '" + doc.id + "': " + path + " not found",
                  eval::locate(gold, doc.pointer));
    }
    paths.push_back(std::move(path));
  }

  Extractor extractor(Lexicon::load(o.lexicons), RuleSet::load(o.rules));
  std::vector<eval::DocScore> scores;
  for (std::size_t i = 0; i < gold.docs.size(); ++i) {
    const eval::GoldDoc& doc = gold.docs[i];
    Article article = ArticleReader::parse_text(read_file(paths[i], "article"), doc.id, paths[i]);
    KnowledgeGraph graph;  // one document alone, as kg_score expects its graphs
    graph.merge(extractor.extract(article));
    scores.push_back(eval::score_doc(doc, gold.vocabulary, eval::pred_view(graph)));
  }

  if (o.json) {
    eval::write_json(std::cout, scores);
  } else if (o.quiet) {
    std::cout << eval::summary_line(eval::total(scores)) << "\n";
  } else {
    eval::write_text(std::cout, scores);
  }
  std::cout << std::flush;

  // The floors compare the unrounded F1, as kg_score.py does.
  const eval::DocScore t = eval::total(scores);
  int status = kExitOk;
  auto check = [&](const char* what, const std::optional<double>& floor, double f1) {
    if (floor && f1 < *floor) {
      std::cerr << "kgraph-eval: " << what << " F1 " << f1 << " is below the floor " << *floor << "\n";
      status = kExitFail;
    }
  };
  check("entity", o.min_entity_f1, eval::prf(t.ent_tp, t.ent_fp, t.ent_fn).f1);
  check("relation", o.min_relation_f1, eval::prf(t.rel_tp, t.rel_fp, t.rel_fn).f1);
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  try {
    o = parse_options(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const UsageError& e) {
    std::cerr << "kgraph-eval: " << e.what() << "\n(see: kgraph-eval --help)\n";
    return kExitUsage;
  }
  if (o.help) {
    std::cout << kHelp;
    return kExitOk;
  }
  try {
    return run(o);
  } catch (const Error& e) {
    std::cerr << "kgraph-eval: error: " << e.describe() << "\n";
    return e.code() == ErrorCode::kBadUsage ? kExitUsage : kExitFail;
  } catch (const std::exception& e) {  // out of memory and the like: still a message and a status
    std::cerr << "kgraph-eval: error: " << e.what() << "\n";
    return kExitFail;
  }
}
