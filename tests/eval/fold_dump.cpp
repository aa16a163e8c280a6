// fold_dump.cpp - test helper: prints kgraph-eval's name keys for each line of standard input, sorted and
// tab-separated, one output line per input line, so eval_cases.sh can compare them with kg_score.keys()
// on every alias of the lexicon (fold_matches_kg_score).
#include <iostream>
#include <string>

#include "eval/name_fold.h"
#include "kgraph/error.h"
#include "kgraph/utf8.h"

int main() {
  std::string line;
  try {
    while (std::getline(std::cin, line)) {
      std::string out;
      for (const std::u32string& k : kgraph::eval::score_keys(line)) {
        if (!out.empty()) out += '\t';
        out += kgraph::encode_utf8(k);
      }
      std::cout << out << "\n";
    }
  } catch (const kgraph::Error& e) {
    std::cerr << "fold_dump: " << e.describe() << "\n";
    return 1;
  }
  return 0;
}
