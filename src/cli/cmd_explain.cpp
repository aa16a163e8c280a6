// cmd_explain.cpp - `kgraph explain FILE`: how each sentence was read. This is the rule author's view:
// the sentence as written, the entities found in it and how each was resolved, the relations with the
// rule that fired, amount, status and outlet, and what was considered and turned down, with the reason.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/options.h"
#include "kgraph/error.h"
#include "kgraph/extract.h"
#include "kgraph/reader.h"
#include "kgraph/utf8.h"

namespace kgraph::cli {

const char* const kExplainHelp =
    "Usage: kgraph explain INPUT... [OPTIONS]\n"
    "\n"
    "Shows, sentence by sentence, what kgraph reads in each article of INPUT (files, directories, JSON\n"
    "Lines or - as for kgraph build): the entities and how they were resolved (lexicon, epithet,\n"
    "spelling, phonetic, names found by context, anaphors), the relations with the rule that fired, their\n"
    "amount, status and outlet, and the triggers that gave nothing, with the reason.\n"
    "\n"
    "Options:\n"
    "  --lexicon FILE     add or override lexicon entries (may repeat)\n"
    "  --rules FILE       add or override relation rules (may repeat)\n"
    "  --all              also show sentences where nothing was found\n"
    "  -h, --help         show this help\n";

namespace {

std::string slice(const std::u32string& text, Span s) {
  if (s.end <= s.begin || s.end > text.size()) return "";
  return encode_utf8(std::u32string_view(text).substr(s.begin, s.end - s.begin));
}

std::string usd(double v) {
  char buf[64];
  if (v >= 1e9) std::snprintf(buf, sizeof buf, "$%gB", v / 1e9);
  else if (v >= 1e6) std::snprintf(buf, sizeof buf, "$%gM", v / 1e6);
  else std::snprintf(buf, sizeof buf, "$%g", v);
  return buf;
}

void explain(const Extractor& ex, const Article& a, bool all, std::ostream& out) {
  Trace trace;
  ArticleResult r = ex.extract(a, &trace);
  std::u32string text = decode_utf8(a.text, a.origin);
  out << "== " << a.id << (a.title.empty() ? "" : "  " + a.title) << "\n";
  std::map<std::size_t, std::vector<const RelationRecord*>> by_sentence;
  for (const RelationRecord& rel : r.relations) {
    for (std::size_t k = 0; k < trace.sentences.size(); ++k) {
      if (trace.sentences[k] == rel.evidence.sentence_span) by_sentence[k].push_back(&rel);
    }
  }
  for (std::size_t k = 0; k < trace.sentences.size(); ++k) {
    std::vector<const Trace::Found*> ms;
    for (const Trace::Found& m : trace.mentions) {
      if (m.sentence == k) ms.push_back(&m);
    }
    std::vector<const Trace::Rejected*> rj;
    for (const Trace::Rejected& x : trace.rejected) {
      if (x.sentence == k) rj.push_back(&x);
    }
    if (!all && ms.empty() && rj.empty() && by_sentence[k].empty()) continue;
    out << "\n[" << k + 1 << "] " << slice(text, trace.sentences[k]) << "\n";
    for (const Trace::Found* m : ms) {
      out << "    entity    " << slice(text, m->span) << " -> " << (m->entity.empty() ? "(refers back)" : m->entity) << " ("
          << to_string(m->type) << ", " << m->method;
      if (!m->alias.empty()) out << " of '" << m->alias << "'";
      char conf[16];
      std::snprintf(conf, sizeof conf, "%.2f", m->confidence);
      out << ", " << conf << ")\n";
    }
    for (const RelationRecord* rel : by_sentence[k]) {
      const Evidence& e = rel->evidence;
      out << "    relation  " << rel->source << " -" << rel->relation << "-> " << rel->target;
      if (e.amount_usd) out << "  " << usd(*e.amount_usd) << (e.amount_qualifier.empty() ? "" : " (" + e.amount_qualifier + ")");
      if (!e.status.empty()) out << "  " << e.status << (e.status_cue.empty() ? " (default)" : " ('" + e.status_cue + "')");
      if (!e.reported_by.empty()) out << "  reported by " << e.reported_by;
      if (!e.event_date.empty() || !e.event_date_text.empty()) {
        out << "  date " << (e.event_date.empty() ? "?" : e.event_date) << " ('" << e.event_date_text << "')";
      }
      char conf[16];
      std::snprintf(conf, sizeof conf, "%.2f", e.confidence);
      out << "\n              rule " << e.rule_id << ", trigger '" << slice(text, e.trigger_span) << "', confidence "
          << conf << "\n";
    }
    for (const Trace::Rejected* x : rj) {
      out << "    rejected  " << (x->rule_id.empty() ? "" : x->rule_id + " ");
      if (x->trigger.end > x->trigger.begin) out << "at '" << slice(text, x->trigger) << "': ";
      out << x->reason << "\n";
    }
  }
  out << "\n";
}

}  // namespace

int run_explain(const std::vector<std::string>& raw) {
  ParsedArgs args;
  try {
    args = parse_args(raw, {{"--lexicon", ""}, {"--rules", ""}, {"--all", "", false}, {"--help", "-h", false}});
    if (args.has("--help")) {
      std::cout << kExplainHelp;
      return kExitOk;
    }
    if (args.positional.empty()) throw UsageError("expects at least one INPUT (a file, a directory or -)");
  } catch (const UsageError& e) {
    std::cerr << "kgraph explain: " << e.what() << "\n(see: kgraph explain --help)\n";
    return kExitUsage;
  }
  try {
    Extractor ex(Lexicon::load(args.all("--lexicon")), RuleSet::load(args.all("--rules")));
    ArticleReader reader(args.positional);
    while (auto a = reader.next()) explain(ex, *a, args.has("--all"), std::cout);
    return kExitOk;
  } catch (const Error& e) {
    std::cerr << "kgraph: error: " << e.describe() << "\n";
    return e.code() == ErrorCode::kBadUsage ? kExitUsage : kExitBadInput;
  }
}

}  // namespace kgraph::cli
