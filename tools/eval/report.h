// report.h - printing scores: kg_score.py's text report (plus the reasons behind each number) and JSON.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "eval/scorer.h"

namespace kgraph::eval {

/// kg_score.py's last line, character for character:
/// "entities P=0.xxx R=0.xxx F1=0.xxx | relations P=0.xxx R=0.xxx F1=0.xxx | amounts k/n | status k/n".
std::string summary_line(const DocScore& total);

/// Per document: kg_score's "ID: relations P=.. R=.. F1=..  entities tp=.. fp=.. fn=.." line and its
/// "missed:" and "wrong:" lines, then "wrong entity:", "amount:" and "status:" lines; then the summary.
void write_text(std::ostream& out, const std::vector<DocScore>& docs);

/// {"docs": [...], "total": {...}, "scores": {...}, "summary": "..."}: kg_score's --json fields per
/// document and in total, plus amount_errors, status_errors, the rates and the summary line.
void write_json(std::ostream& out, const std::vector<DocScore>& docs);

}  // namespace kgraph::eval
