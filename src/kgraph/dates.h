// dates.h - dates in articles: the article's own date, and the dates its sentences name.
//
// A deal announced "in September" is a different fact from one announced "last year", and the graph can
// only tell them apart if every date is written one way. This stage finds dates among the tokens of a
// sentence and writes them as ISO 8601 prefixes: "2025-09-22" (a day), "2025-09" (a month), "2025" (a
// year). Explicit dates (day month year, "Aylul/September 2025", "the year 2024", "2025/09/22") stand
// alone; relative ones ("last month", "on Monday", "last September", "yesterday") are resolved against
// the article's own date, which comes from the JSON Lines `date` field (parse_article_date) or from a
// date line at the top of the article (find_date_line). Without an article date a relative date keeps
// its text and an empty `iso`.
//
// The words (month names of both Arabic series and of English, weekdays, relative phrases, the words that
// make a number a year) are data: src/data/dates.json, checked against schemas/dates.schema.json and
// compiled into the binary; tests/test_dates.cpp shows every form in Arabic. Every function here makes
// one pass over its tokens.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kgraph/model.h"
#include "kgraph/segment.h"

namespace kgraph {

/// How much of the calendar a date pins down. A week is written as its Monday ("2025-09-15"), so `iso`
/// alone cannot tell a week from a day: this can.
enum class DatePrecision { kUnknown, kYear, kMonth, kWeek, kDay };

/// One date named in the text.
struct DateRef {
  std::string iso;    ///< "2025-09-22", "2025-09", "2025", or "" (relative, with no article date)
  std::string text;   ///< the words as written (see find_dates)
  Span span;          ///< code points in the article text
  bool relative = false;  ///< resolved against the article date (yesterday, last September, 22 September)
  DatePrecision precision = DatePrecision::kUnknown;  ///< of the date meant, even when `iso` is ""
  /// After a horizon cue ("حتى عام 2032", "بحلول 2030": dates.json horizon_cues): a deadline or the end
  /// of a term, not when the event happened, so it is never taken as a relation's event date.
  bool horizon = false;
};

/// The date words, compiled for matching; immutable, so one instance serves every thread.
class DateLexicon {
 public:
  /// Compiles (origin, JSON text) sources in order: the first is the default file, later ones add words.
  /// Throws Error(kBadInput) for malformed JSON or a word given to two months, Error(kBadSchema) for a
  /// file that breaks schemas/dates.schema.json; both name the file, line and column.
  static std::shared_ptr<const DateLexicon> compile(const std::vector<std::pair<std::string, std::string>>& sources);
  /// The embedded src/data/dates.json, plus `extra_files` (read from disk; Error(kIo) if unreadable).
  static std::shared_ptr<const DateLexicon> load(const std::vector<std::string>& extra_files = {});

  struct Tables;  ///< the compiled word lists (dates.cpp)
  const Tables& tables() const { return *tables_; }
  explicit DateLexicon(std::shared_ptr<const Tables> t) : tables_(std::move(t)) {}

 private:
  std::shared_ptr<const Tables> tables_;
};

/// Normalises an article date as given in JSON Lines `date` or on a date line to "YYYY-MM-DD":
/// "2025-09-22", "2025-09-22T10:30:00Z", "2025/09/22", "22/09/2025", day + Arabic month + year (either
/// series, or both: "22 Aylul/September 2025"), with a weekday before it, "September 22, 2025",
/// "Mon, 22 Sep 2025 10:30:00 +0000", in ASCII or Arabic-Indic digits. Returns nullopt for anything
/// else: a month or a year alone (the article date is a day), an impossible day (30 February), text that
/// says more than a date, invalid UTF-8. Uses the embedded date words.
std::optional<std::string> parse_article_date(std::string_view s);
/// The same with the given date words.
std::optional<std::string> parse_article_date(std::string_view s, const DateLexicon& lex);

/// The article's own date from its first five non-blank lines (the title line counts): a line that is
/// only a date (weekday names, a Hijri date, a time and punctuation may stand beside it), or a line that
/// starts with a cue ("date of publication:", "published on", "last updated") followed by a date. The
/// date must be a full day. `text` is the article as written, the one `seg` was cut from.
std::optional<std::string> find_date_line(const Segmented& seg, std::u32string_view text, const DateLexicon& lex);

/// Dates among tokens [first, last) of `seg`, in text order. `article_date` ("YYYY-MM-DD", as returned by
/// parse_article_date) resolves relative dates; another form throws Error(kBadUsage).
///   explicit: day month year (an optional "min" = "of" between day and month, a month of each series
///             joined by '/' or in parentheses), month year, "September 22, 2025", "2025-09-22",
///             "22/09/2025" (day first unless only the middle number can be a day), a year after a cue
///             word ("the year 2024", "in 2026", "by 2030", "the years 2024 and 2025"). A bare number
///             is never a year, and a cued one is not when a unit or currency follows it ("in 2000
///             stores").
///   relative: month + "last"/"next"/"current" (the last such month before the article's month, the
///             next one after it, the article's year); a month after "in"/"since"/"early"... with no
///             year, and a day + month with no year (the occurrence nearest the article date, the
///             earlier on a tie: "in October" is last October in a February article, next month in a
///             September one); "last month", "last year", "this year", "next year", "yesterday",
///             "today", "tomorrow"; "on Monday" (the latest Monday on or before the article date), "last
///             Monday" (strictly before), "next Monday" (strictly after); "last week" / "this week" /
///             "next week" (the Monday that starts that week, precision kWeek).
/// `text`: the article as written, to fill DateRef::text; when empty, `text` holds the folded words
/// joined by spaces (the span still points into the article).
std::vector<DateRef> find_dates(const Segmented& seg, std::size_t first, std::size_t last, const DateLexicon& lex,
                                const std::optional<std::string>& article_date, std::u32string_view text = {});

}  // namespace kgraph
