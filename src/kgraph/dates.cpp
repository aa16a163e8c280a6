// dates.cpp - dates named in articles, and the article's own date (see dates.h).
//
// Design note. Dates are found on the tokens that segment() produced, with the same PhraseSet matching
// as the relation rules (folded words, proclitics stripped), so "wa-fi sibtambir" and "li-l-'am al-madi"
// need no special cases and every word list stays in src/data/dates.json. One left-to-right pass tries,
// at each token, a short list of patterns, each of which looks a bounded number of tokens ahead:
//   numeric      2025-09-22, 22/09/2025, 22.09.2025 (the parts written together, no spaces)
//   day first    DAY [of] MONTH [/ MONTH] ([of] [year] YEAR | MODIFIER | nothing)
//   month first  [month-of] MONTH [/ MONTH] ([of] [year] YEAR | MODIFIER | DAY[,] [YEAR] for English)
//                or a month alone after a cue word ("in", "since", "early")
//   relative     a listed phrase (yesterday, last month, this year) with a unit and an offset
//   weekday      HEAD WEEKDAY [MODIFIER] or WEEKDAY MODIFIER ("on Monday", "Monday last")
//   year         CUE YEAR (and YEAR) - the cue is what makes a number a year
// and on a match jumps past it, so the pass is linear in the number of tokens. Most tokens start no
// date at all, so a hash set of the first words of every listed phrase lets the scan step over them with
// one lookup per reading (SaudiNewsNet: about 45 MB/s on top of segmentation). Precision is explicit in
// the result: "2025" and "2025-09" are not padded to a day.
//
// Stripping proclitics has a price: "lamasa" (touched) reads as li + "ams" (yesterday), and "al-yawm"
// (today) is also "the day" in "the next day", "per day", "World Day". Two data lists answer that:
// not_dates (words that are never dates) and relative_blockers (words after a relative phrase that make
// it part of another expression).
//
// Why cues for years: news is full of four-digit numbers (2000 employees, 1500 megawatts, 2048 chips)
// and a number alone carries no sign of being a year. A year cue ("the year", "in", "since", "by") plus
// the absence of a unit or currency word right after it is a cheap test that keeps "in 2026" and drops
// "in 2000 stores". Month names that are also ordinary words (Maris "practised", Ab "father", Nisan
// "Nissan", English "May") need stronger company - a day, a year, a modifier, or the other series' name
// beside them - before they count.
//
// Relative dates resolve with std::chrono's civil calendar (leap years, month lengths, weekdays), never
// with hand-made day counts. Choices, each documented in dates.h: "last September" is the last September
// strictly before the article's month; a month or a day-and-month with no year is the occurrence nearest
// to the article date, the earlier one on a tie ("in October" in a February article is last October,
// since news mostly reports what happened; in a September article it is next month); "on Monday" is the
// latest Monday on or before the article date; a week is written as its Monday with precision kWeek,
// because ISO's "2025-W38" would be the only value of its kind in the graph and the Monday's date sorts
// and compares with every other date.
//
// The article's own date is a day: parse_article_date() takes a whole string (a JSON Lines field, a
// date line) and accepts it only if, apart from one full date, it holds nothing but weekday names, Hijri
// dates, times and punctuation, so that a sentence which merely contains a date is not taken for one.
#include "kgraph/dates.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <map>
#include <sstream>
#include <unordered_set>

#include "kgraph/error.h"
#include "kgraph/json_util.h"
#include "kgraph/normalize.h"
#include "kgraph/resources.h"
#include "kgraph/rules.h"
#include "kgraph/utf8.h"

namespace kgraph {

namespace ch = std::chrono;

struct DateLexicon::Tables {
  enum class Unit { kDay, kWeek, kMonth, kYear };
  enum Modifier : std::size_t { kPast = 0, kNext = 1, kCurrent = 2, kBeforeLast = 3 };
  struct MonthWord {
    unsigned month;
    bool strict;  ///< also an ordinary word: needs a day, year, modifier or paired name
  };
  struct Relative {
    Unit unit;
    int offset;
  };
  PhraseSet months;  ///< value = index into month_words
  std::vector<MonthWord> month_words;
  PhraseSet month_heads, month_cues, day_month_links, month_year_links;
  PhraseSet weekdays;  ///< value = ISO weekday, 1 = Monday
  PhraseSet weekday_heads;
  PhraseSet modifiers;  ///< value = Modifier
  PhraseSet relative;   ///< value = index into relatives
  std::vector<Relative> relatives;
  PhraseSet relative_blockers, not_dates, horizon_cues;
  PhraseSet year_nouns, year_others, year_blockers;
  PhraseSet line_cues, line_fillers;
  int year_min = 1900, year_max = 2100;
  /// First words of every phrase above, as PhraseSet keys them: a word token none of whose readings is
  /// here starts no date, which lets the scan skip most tokens with one lookup per reading.
  std::unordered_set<std::u32string> starters;

  void add(PhraseSet& set, const std::string& phrase, std::size_t value) {
    set.add(phrase, value);
    std::istringstream words(phrase);  // split as PhraseSet::add splits
    std::string first;
    words >> first;
    std::vector<Token> toks = tokenize_phrase(decode_utf8(first, "<phrase>"));
    if (!toks.empty()) starters.insert(toks[0].clitic + toks[0].text);
  }
};

namespace {

using Tables = DateLexicon::Tables;

// ---- loading ---------------------------------------------------------------------------------------

void add_all(Tables& t, PhraseSet& set, const rapidjson::Value& o, const char* key, std::size_t value = 0) {
  for (const std::string& w : string_array(o, key)) t.add(set, w, value);
}

const rapidjson::Value* member(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  return it == o.MemberEnd() ? nullptr : &it->value;
}

// ---- calendar --------------------------------------------------------------------------------------

std::string iso_year(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}
std::string iso_month(ch::year_month ym) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
  return buf;
}
std::string iso_day(ch::year_month_day d) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

// "YYYY-MM-DD" exactly, and a real day.
std::optional<ch::year_month_day> parse_iso_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  std::size_t field = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (k == 4 || k == 7) {
      ++field;
      continue;
    }
    if (s[k] < '0' || s[k] > '9') return std::nullopt;
    v[field] = v[field] * 10 + (s[k] - '0');
  }
  ch::year_month_day d{ch::year{v[0]}, ch::month{static_cast<unsigned>(v[1])}, ch::day{static_cast<unsigned>(v[2])}};
  if (!d.ok()) return std::nullopt;
  return d;
}

// ---- tokens ----------------------------------------------------------------------------------------

bool is_punct(const Token& t, char32_t c) { return t.kind == TokenKind::kPunct && t.text.size() == 1 && t.text[0] == c; }

// Separators inside a numeric date: '-', '/', '.', the Arabic date separator U+060D and the Unicode dashes.
bool is_date_sep(const Token& t) {
  if (t.kind != TokenKind::kPunct || t.text.size() != 1) return false;
  char32_t c = t.text[0];
  return c == '-' || c == '/' || c == '.' || c == 0x060D || (c >= 0x2010 && c <= 0x2015);
}

bool all_digits(std::u32string_view s) {
  if (s.empty()) return false;
  for (char32_t c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int digits_value(std::u32string_view s) {
  int v = 0;
  for (char32_t c : s) v = v * 10 + static_cast<int>(c - '0');
  return v;
}

// A number token written as plain digits (no decimal point, no grouping), `min`..`max` digits long.
std::optional<int> plain_number(const Token& t, std::size_t min_len, std::size_t max_len) {
  if (t.kind != TokenKind::kNumber || t.text.size() < min_len || t.text.size() > max_len || !all_digits(t.text)) {
    return std::nullopt;
  }
  return digits_value(t.text);
}

// What a match found: tokens [first, last) and the date they name.
struct Found {
  std::size_t first = 0, last = 0;
  std::string iso;
  bool relative = false;
  DatePrecision precision = DatePrecision::kUnknown;
  bool cued_year = false;  ///< a year found after a cue word: "and YEAR" may follow
};

struct MonthMatch {
  unsigned month = 0;
  bool strict = false;
  bool latin = false;
  std::size_t end = 0;  ///< token after the month (and after its paired name)
};

// ---- the scanner -----------------------------------------------------------------------------------

class Scanner {
 public:
  Scanner(const std::vector<Token>& tokens, std::size_t first, std::size_t last, const Tables& lex,
          std::optional<ch::year_month_day> article)
      : T_(tokens), first_(first), last_(last), L_(lex), art_(article) {}

  std::vector<Found> run() const {
    std::vector<Found> out;
    std::size_t i = first_;
    while (i < last_) {
      if (!may_start(T_[i])) {
        ++i;
        continue;
      }
      if (auto n = L_.not_dates.match(T_, i, last_)) {
        i += n->tokens;
        continue;
      }
      std::optional<Found> f = numeric(i);
      if (!f) f = day_first(i);
      if (!f) f = month_first(i);
      if (!f) f = relative(i);
      if (!f) f = weekday(i);
      if (!f) f = year(i);
      if (!f) {
        ++i;
        continue;
      }
      i = f->last;
      bool cued = f->cued_year;
      out.push_back(std::move(*f));
      // "the years 2024 and 2025": a year glued to "and" right after a cued year is a year too.
      while (cued && i < last_ && T_[i].clitic == U"\x0648" && is_year(i) && !blocked(i + 1)) {
        out.push_back(Found{i, i + 1, iso_year(*plain_number(T_[i], 4, 4)), false, DatePrecision::kYear, true});
        ++i;
      }
    }
    return out;
  }

 private:
  bool may_start(const Token& t) const {
    if (t.kind == TokenKind::kNumber) return true;
    for (const Variant& v : t.variants) {
      if (L_.starters.count(v.stem)) return true;
    }
    return false;
  }
  bool is_year(std::size_t k) const {
    if (k >= last_) return false;
    std::optional<int> y = plain_number(T_[k], 4, 4);
    return y && *y >= L_.year_min && *y <= L_.year_max;
  }
  bool blocked(std::size_t k) const { return k < last_ && L_.year_blockers.match(T_, k, last_).has_value(); }
  bool adjacent(std::size_t a, std::size_t b) const { return T_[a].fend == T_[b].fbegin; }

  std::optional<std::size_t> modifier(std::size_t k) const {
    if (auto m = L_.modifiers.match(T_, k, last_)) return m->value;
    return std::nullopt;
  }

  // MONTH, optionally followed by the same month of the other series: "Aylul/September", "Ab (August)".
  std::optional<MonthMatch> month_at(std::size_t j) const {
    auto m = L_.months.match(T_, j, last_);
    if (!m) return std::nullopt;
    const Tables::MonthWord& w = L_.month_words[m->value];
    MonthMatch out{w.month, w.strict, T_[j].kind == TokenKind::kLatin, j + m->tokens};
    std::size_t k = out.end;
    if (k + 1 < last_ && (is_punct(T_[k], '/') || is_date_sep(T_[k]) || is_punct(T_[k], '('))) {
      auto m2 = L_.months.match(T_, k + 1, last_);
      if (m2 && L_.month_words[m2->value].month == w.month) {
        std::size_t e = k + 1 + m2->tokens;
        bool paren = is_punct(T_[k], '(');
        if (!paren || (e < last_ && is_punct(T_[e], ')'))) {
          out.end = paren ? e + 1 : e;
          out.strict = false;  // two names of one month: no ordinary word reads like that
        }
      }
    }
    // "Sep. 2025": the abbreviation's full stop, when a number follows.
    if (out.latin && out.end + 1 < last_ && is_punct(T_[out.end], '.') && T_[out.end + 1].kind == TokenKind::kNumber) {
      ++out.end;
    }
    return out;
  }

  // After a month ending at k: [of] [year] YEAR. Returns the year and the token after it. A four-digit
  // number outside the year range there is a broken date, reported as year 0.
  std::optional<std::pair<int, std::size_t>> year_after(std::size_t k) const {
    if (k >= last_) return std::nullopt;
    auto four = [&](std::size_t p) -> std::optional<std::pair<int, std::size_t>> {
      if (p >= last_) return std::nullopt;
      std::optional<int> y = plain_number(T_[p], 4, 4);
      if (!y) return std::nullopt;
      return std::pair{(*y >= L_.year_min && *y <= L_.year_max) ? *y : 0, p + 1};
    };
    if (auto y = four(k)) return y;
    if (auto link = L_.month_year_links.match(T_, k, last_)) return four(k + link->tokens);
    return std::nullopt;
  }

  Found make(std::size_t first, std::size_t last, std::string iso, bool rel, DatePrecision p) const {
    return Found{first, last, std::move(iso), rel, p, false};
  }

  // A day of month `m` with no year. With "last"/"next": the latest such day strictly before the article
  // date, or the earliest strictly after it; with "current": in the article's year; alone: the nearest
  // such day to the article date, the earlier one on a tie (news reports mostly what happened). "" when
  // there is no article date or no such day (29 February near 2025 with "current").
  std::string resolve_day_month(unsigned m, unsigned d, std::optional<std::size_t> mod) const {
    if (!art_) return "";
    ch::sys_days a{*art_};
    int y = static_cast<int>(art_->year());
    auto at = [&](int yy) { return ch::year_month_day{ch::year{yy}, ch::month{m}, ch::day{d}}; };
    if (mod && *mod == Tables::kCurrent) return at(y).ok() ? iso_day(at(y)) : "";
    bool before_last = mod && *mod == Tables::kBeforeLast;
    if (before_last) mod = Tables::kPast;
    if (!mod) {
      std::optional<ch::year_month_day> best;
      long best_gap = 0;
      for (int yy : {y - 1, y, y + 1}) {
        if (!at(yy).ok()) continue;
        long gap = (ch::sys_days{at(yy)} - a).count();
        // Strictly nearer, or as near and earlier (the loop goes forward, so the first of a tie stays).
        if (!best || std::labs(gap) < std::labs(best_gap)) best = at(yy), best_gap = gap;
      }
      if (best) return iso_day(*best);
      // 29 February more than a year away: the latest one before the article date.
      mod = Tables::kPast;
    }
    // A 29 February may be up to eight years away (1900 and 2100 are not leap years); "before last"
    // takes the second one found.
    int skip = before_last ? 1 : 0;
    for (int step = 0; step < 17; ++step) {
      int yy = *mod == Tables::kPast ? y - step : y + step;
      if (!at(yy).ok()) continue;
      bool side = *mod == Tables::kPast ? ch::sys_days{at(yy)} < a : ch::sys_days{at(yy)} > a;
      if (side && skip-- == 0) return iso_day(at(yy));
    }
    return "";
  }

  // Month `m` with no year: "last" is the latest such month before the article's month, "next" the
  // earliest after it, "current" the article's year; alone, the nearest to the article's month, the
  // earlier on a tie (six months either way).
  std::string resolve_month(unsigned m, std::optional<std::size_t> mod) const {
    if (!art_) return "";
    int y = static_cast<int>(art_->year());
    int diff = static_cast<int>(m) - static_cast<int>(static_cast<unsigned>(art_->month()));
    if (mod && (*mod == Tables::kPast || *mod == Tables::kBeforeLast) && diff >= 0) --y;
    if (mod && *mod == Tables::kBeforeLast) --y;
    if (mod && *mod == Tables::kNext && diff <= 0) ++y;
    if (!mod && diff >= 6) --y;
    if (!mod && diff < -6) ++y;
    return iso_month(ch::year{y} / ch::month{m});
  }

  // 2025-09-22, 2025/09/22, 22/09/2025, 9/22/2025, 22.09.2025: three parts written together.
  std::optional<Found> numeric(std::size_t i) const {
    if (T_[i].kind != TokenKind::kNumber) return std::nullopt;
    std::u32string_view parts[3];
    std::size_t end = 0;
    std::u32string_view t = T_[i].text;
    if (std::count(t.begin(), t.end(), U'.') == 2) {
      // "22.09.2025" is one number token: segment() joins digits across '.'.
      std::size_t a = t.find(U'.'), b = t.find(U'.', a + 1);
      parts[0] = t.substr(0, a), parts[1] = t.substr(a + 1, b - a - 1), parts[2] = t.substr(b + 1);
      end = i + 1;
    } else if (i + 4 < last_ && is_date_sep(T_[i + 1]) && T_[i + 3].text == T_[i + 1].text &&
               T_[i + 2].kind == TokenKind::kNumber && T_[i + 4].kind == TokenKind::kNumber && adjacent(i, i + 1) &&
               adjacent(i + 1, i + 2) && adjacent(i + 2, i + 3) && adjacent(i + 3, i + 4)) {
      parts[0] = T_[i].text, parts[1] = T_[i + 2].text, parts[2] = T_[i + 4].text;
      end = i + 5;
    } else {
      return std::nullopt;
    }
    for (auto p : parts) {
      if (!all_digits(p)) return std::nullopt;
    }
    // Part of a longer chain (a version number, an IP address, a phone number): not a date.
    if (end < last_ && adjacent(end - 1, end) && (is_date_sep(T_[end]) || T_[end].kind == TokenKind::kNumber)) {
      return std::nullopt;
    }
    if (i > first_ && adjacent(i - 1, i) && (is_date_sep(T_[i - 1]) || T_[i - 1].kind == TokenKind::kNumber)) {
      return std::nullopt;
    }
    int y = 0, m = 0, d = 0;
    if (parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2) {
      y = digits_value(parts[0]), m = digits_value(parts[1]), d = digits_value(parts[2]);
    } else if (parts[2].size() == 4 && parts[0].size() <= 2 && parts[1].size() <= 2) {
      // Day first, as Arabic and European papers write it; month first only when the first part cannot
      // be a month and the second can ("9/22/2025").
      int a = digits_value(parts[0]), b = digits_value(parts[1]);
      y = digits_value(parts[2]);
      if (a <= 12 && b > 12) {
        m = a, d = b;
      } else {
        d = a, m = b;
      }
    } else {
      return std::nullopt;
    }
    if (y < L_.year_min || y > L_.year_max || m < 1 || m > 12 || d < 1) return std::nullopt;
    ch::year_month_day c{ch::year{y}, ch::month{static_cast<unsigned>(m)}, ch::day{static_cast<unsigned>(d)}};
    if (!c.ok()) return std::nullopt;
    return make(i, end, iso_day(c), false, DatePrecision::kDay);
  }

  // DAY [of] MONTH ...: with a year, a full date; with a modifier or nothing, resolved (resolve_day_month).
  std::optional<Found> day_first(std::size_t i) const {
    std::optional<int> d = plain_number(T_[i], 1, 2);
    if (!d || *d < 1 || *d > 31 || i + 1 >= last_) return std::nullopt;
    std::optional<MonthMatch> m = month_at(i + 1);
    if (!m) {
      if (auto link = L_.day_month_links.match(T_, i + 1, last_)) m = month_at(i + 1 + link->tokens);
    }
    if (!m) return std::nullopt;
    unsigned day = static_cast<unsigned>(*d);
    if (auto y = year_after(m->end)) {
      if (y->first == 0) return std::nullopt;
      ch::year_month_day c{ch::year{y->first}, ch::month{m->month}, ch::day{day}};
      // 30 February 2025 is no day; the scan goes on and reads "February 2025" as a month.
      if (!c.ok()) return std::nullopt;
      return make(i, y->second, iso_day(c), false, DatePrecision::kDay);
    }
    // A day that no year has (31 April) is no date, with or without an article date.
    if (!ch::year_month_day{ch::year{2000}, ch::month{m->month}, ch::day{day}}.ok()) return std::nullopt;
    std::optional<std::size_t> mod = modifier(m->end);
    std::size_t end = m->end;
    if (mod) end += L_.modifiers.match(T_, m->end, last_)->tokens;
    std::string iso = resolve_day_month(m->month, day, mod);
    if (art_ && iso.empty()) return std::nullopt;  // 29 February in a year that has none
    return make(i, end, iso, true, DatePrecision::kDay);
  }

  // [month-of] MONTH (YEAR | MODIFIER | English DAY [YEAR] | alone after a cue).
  std::optional<Found> month_first(std::size_t i) const {
    std::size_t head = 0;
    if (auto h = L_.month_heads.match(T_, i, last_)) head = h->tokens;
    std::optional<MonthMatch> m = month_at(i + head);
    if (!m && head) {
      head = 0;
      m = month_at(i);
    }
    if (!m) return std::nullopt;
    std::size_t k = m->end;
    if (m->latin && k < last_) {
      // "September 22, 2025", "Sep 22": English puts the day after the month.
      if (std::optional<int> d = plain_number(T_[k], 1, 2); d && *d >= 1 && *d <= 31) {
        std::size_t y = k + 1;
        if (y < last_ && is_comma(T_[y])) ++y;
        unsigned day = static_cast<unsigned>(*d);
        if (is_year(y)) {
          ch::year_month_day c{ch::year{*plain_number(T_[y], 4, 4)}, ch::month{m->month}, ch::day{day}};
          if (c.ok()) return make(i, y + 1, iso_day(c), false, DatePrecision::kDay);
          return std::nullopt;
        }
        std::string iso = resolve_day_month(m->month, day, std::nullopt);
        if (ch::year_month_day{ch::year{2000}, ch::month{m->month}, ch::day{day}}.ok() && (!art_ || !iso.empty())) {
          return make(i, k + 1, iso, true, DatePrecision::kDay);
        }
      }
    }
    if (auto y = year_after(k)) {
      if (y->first == 0) return std::nullopt;
      return make(i, y->second, iso_month(ch::year{y->first} / ch::month{m->month}), false, DatePrecision::kMonth);
    }
    if (auto mod = L_.modifiers.match(T_, k, last_)) {
      return make(i, k + mod->tokens, resolve_month(m->month, mod->value), true, DatePrecision::kMonth);
    }
    // Alone: a month only after "month of" or, for names that are not also ordinary words, after a cue
    // ("in September", "since October"), and then the one nearest the article date.
    std::size_t start = i;
    bool cue = start > first_ && L_.month_cues.match(T_, start - 1, start).has_value();
    if (head || (!m->strict && cue)) {
      return make(i, k, resolve_month(m->month, std::nullopt), true, DatePrecision::kMonth);
    }
    return std::nullopt;
  }

  std::optional<Found> relative(std::size_t i) const {
    auto r = L_.relative.match(T_, i, last_);
    if (!r) return std::nullopt;
    const Tables::Relative& rel = L_.relatives[r->value];
    std::size_t end = i + r->tokens;
    // "the next day", "per day", "World Day": the phrase is part of another expression.
    if (L_.relative_blockers.match(T_, end, last_)) return std::nullopt;
    if (rel.unit == Tables::Unit::kDay && end < last_) {
      // "today (Monday)", "yesterday Monday": the weekday names the same day and joins the date.
      bool paren = is_punct(T_[end], '(');
      if (auto w = L_.weekdays.match(T_, end + (paren ? 1 : 0), last_)) {
        std::size_t e = end + (paren ? 1 : 0) + w->tokens;
        if (!paren) end = e;
        if (paren && e < last_ && is_punct(T_[e], ')')) end = e + 1;
      }
    }
    std::string iso;
    DatePrecision p = DatePrecision::kDay;
    switch (rel.unit) {
      case Tables::Unit::kDay:
        if (art_) iso = iso_day(ch::year_month_day{ch::sys_days{*art_} + ch::days{rel.offset}});
        break;
      case Tables::Unit::kWeek:
        p = DatePrecision::kWeek;
        if (art_) {
          ch::sys_days a{*art_};
          ch::sys_days monday = a - ch::days{ch::weekday{a}.iso_encoding() - 1} + ch::weeks{rel.offset};
          iso = iso_day(ch::year_month_day{monday});
        }
        break;
      case Tables::Unit::kMonth:
        p = DatePrecision::kMonth;
        if (art_) iso = iso_month(art_->year() / art_->month() + ch::months{rel.offset});
        break;
      case Tables::Unit::kYear:
        p = DatePrecision::kYear;
        if (art_) iso = iso_year(static_cast<int>(art_->year()) + rel.offset);
        break;
    }
    return make(i, end, iso, true, p);
  }

  // HEAD WEEKDAY [MODIFIER] or WEEKDAY MODIFIER. A weekday written before a full date ("Monday 22
  // September 2025") is left for that date.
  std::optional<Found> weekday(std::size_t i) const {
    std::size_t head = 0;
    if (auto h = L_.weekday_heads.match(T_, i, last_)) head = h->tokens;
    auto w = L_.weekdays.match(T_, i + head, last_);
    if (!w) return std::nullopt;
    std::size_t k = i + head + w->tokens;
    auto mod = L_.modifiers.match(T_, k, last_);
    if (!head && !mod) return std::nullopt;
    std::size_t after = k + (mod ? mod->tokens : 0);
    // "Sunday the second of August": an ordinal after the weekday names the day another way.
    if (L_.relative_blockers.match(T_, after, last_)) return std::nullopt;
    std::size_t next = after < last_ && is_comma(T_[after]) ? after + 1 : after;
    // A number after the weekday starts the day it falls on, in this calendar or the Hijri one.
    if (next < last_ && T_[next].kind == TokenKind::kNumber) return std::nullopt;
    std::string iso;
    if (art_) {
      ch::sys_days a{*art_};
      int today = static_cast<int>(ch::weekday{a}.iso_encoding());
      int want = static_cast<int>(w->value);
      ch::sys_days d;
      if (mod && mod->value == Tables::kNext) {
        int ahead = (want - today + 7) % 7;
        d = a + ch::days{ahead == 0 ? 7 : ahead};
      } else {
        int back = (today - want + 7) % 7;
        bool strict = mod && (mod->value == Tables::kPast || mod->value == Tables::kBeforeLast);
        if (back == 0 && strict) back = 7;
        if (mod && mod->value == Tables::kBeforeLast) back += 7;
        d = a - ch::days{back};
      }
      iso = iso_day(ch::year_month_day{d});
    }
    return make(i, after, iso, true, DatePrecision::kDay);
  }

  // CUE YEAR: "the year 2024" (the cue is part of the date), "in 2026", "by 2030" (it is not).
  std::optional<Found> year(std::size_t i) const {
    bool noun = false;
    std::optional<PhraseSet::Hit> c = L_.year_nouns.match(T_, i, last_);
    if (c) {
      noun = true;
    } else {
      c = L_.year_others.match(T_, i, last_);
    }
    if (!c) return std::nullopt;
    std::size_t j = i + c->tokens;
    if (!is_year(j) || blocked(j + 1)) return std::nullopt;
    if (numeric(j)) return std::nullopt;  // "in 2025-09-22": the full date is read at its own token
    if (j + 1 < last_ && adjacent(j, j + 1)) {
      if (T_[j + 1].kind != TokenKind::kPunct) return std::nullopt;  // "2025x": not a plain year
      // "2025/26" is a span of years; "2019." ends a sentence.
      if (is_date_sep(T_[j + 1]) && j + 2 < last_ && adjacent(j + 1, j + 2) && T_[j + 2].kind == TokenKind::kNumber) {
        return std::nullopt;
      }
    }
    Found f = make(noun ? i : j, j + 1, iso_year(*plain_number(T_[j], 4, 4)), false, DatePrecision::kYear);
    f.cued_year = true;
    return f;
  }

  const std::vector<Token>& T_;
  std::size_t first_, last_;
  const Tables& L_;
  std::optional<ch::year_month_day> art_;
};

// Tokens [b, e) hold one full date and otherwise only what may stand beside a date on a date line:
// punctuation, numbers (times, Hijri days and years), weekday names, listed fillers. A cue ("published
// on") at the start lets anything follow the date. Returns the date.
std::optional<std::string> line_date(const std::vector<Token>& T, std::size_t b, std::size_t e, const Tables& L) {
  std::size_t start = b;
  bool cued = false;
  if (auto c = L.line_cues.match(T, b, e)) start += c->tokens, cued = true;
  std::vector<Found> found = Scanner(T, start, e, L, std::nullopt).run();
  const Found* full = nullptr;
  for (const Found& f : found) {
    if (f.precision == DatePrecision::kDay && !f.relative) {
      full = &f;
      break;
    }
  }
  if (!full) return std::nullopt;
  // Walk the line once; dates found count as covered.
  std::size_t stop = cued ? full->first : e;
  std::size_t next_found = 0;
  for (std::size_t k = b; k < stop;) {
    while (next_found < found.size() && found[next_found].last <= k) ++next_found;
    if (next_found < found.size() && found[next_found].first <= k) {
      k = found[next_found].last;
      continue;
    }
    const Token& t = T[k];
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kNumber) {
      ++k;
      continue;
    }
    std::optional<PhraseSet::Hit> h = L.weekdays.match(T, k, stop);
    if (!h) h = L.weekday_heads.match(T, k, stop);
    if (!h) h = L.line_fillers.match(T, k, stop);
    if (!h) h = L.line_cues.match(T, k, stop);
    if (!h) return std::nullopt;
    k += h->tokens;
  }
  return full->iso;
}

std::optional<std::string> fast_iso(std::u32string_view f) {
  // "2025-09-22", "2025/09/22", "2025-09-22T10:30:00Z", "2025-09-22 10:30": the JSON Lines norm, read
  // without tokenising. The time after the day is not checked.
  std::size_t p = 0;
  while (p < f.size() && f[p] == ' ') ++p;
  f.remove_prefix(p);
  if (f.size() < 10) return std::nullopt;
  for (std::size_t k : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (f[k] < '0' || f[k] > '9') return std::nullopt;
  }
  if (f[4] != f[7] || (f[4] != '-' && f[4] != '/')) return std::nullopt;
  std::u32string_view rest = f.substr(10);
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  if (!rest.empty() && !(rest[0] == 't' || (rest[0] == ' ' && rest.size() > 1 && rest[1] >= '0' && rest[1] <= '9'))) {
    return std::nullopt;
  }
  std::string iso = encode_utf8(f.substr(0, 10));
  iso[4] = iso[7] = '-';
  if (!parse_iso_day(iso)) return std::nullopt;
  return iso;
}

std::string join_folded(const std::vector<Token>& T, std::size_t first, std::size_t last) {
  std::u32string s;
  for (std::size_t k = first; k < last; ++k) {
    if (k > first) s += U' ';
    s += T[k].clitic + T[k].text;
  }
  return encode_utf8(s);
}

}  // namespace

// ---- DateLexicon -----------------------------------------------------------------------------------

std::shared_ptr<const DateLexicon> DateLexicon::compile(
    const std::vector<std::pair<std::string, std::string>>& sources) {
  auto t = std::make_shared<Tables>();
  std::map<std::u32string, unsigned> month_of;  // folded name -> month, to refuse a name given to two months
  for (const auto& [origin, text] : sources) {
    rapidjson::Document doc = parse_json(text, origin);
    validate_json(doc, text, dates_schema_json(), origin);
    if (const rapidjson::Value* r = member(doc, "year_range")) {
      t->year_min = (*r)["min"].GetInt();
      t->year_max = (*r)["max"].GetInt();
      if (t->year_min > t->year_max) {
        throw Error(ErrorCode::kBadInput, "year_range: min is greater than max", locate_text(origin, text, "\"year_range\""));
      }
    }
    if (const rapidjson::Value* ms = member(doc, "months")) {
      for (const auto& m : ms->GetArray()) {
        unsigned month = m["month"].GetUint();
        for (const char* key : {"words", "strict"}) {
          for (const std::string& w : string_array(m, key)) {
            auto [it, fresh] = month_of.emplace(fold_utf8(w), month);
            if (!fresh && it->second != month) {
              throw Error(ErrorCode::kBadInput,
                          "month name '" + w + "' of month " + std::to_string(month) + " is already a name of month " +
                              std::to_string(it->second) + " (after folding)",
                          locate_text(origin, text, "\"" + w + "\""));
            }
            t->add(t->months, w, t->month_words.size());
            t->month_words.push_back({month, std::string(key) == "strict"});
          }
        }
      }
    }
    add_all(*t, t->month_heads, doc, "month_heads");
    add_all(*t, t->month_cues, doc, "month_cues");
    add_all(*t, t->day_month_links, doc, "day_month_links");
    add_all(*t, t->month_year_links, doc, "month_year_links");
    if (const rapidjson::Value* ws = member(doc, "weekdays")) {
      for (const auto& w : ws->GetArray()) add_all(*t, t->weekdays, w, "words", w["weekday"].GetUint());
    }
    add_all(*t, t->weekday_heads, doc, "weekday_heads");
    if (const rapidjson::Value* mods = member(doc, "modifiers")) {
      add_all(*t, t->modifiers, *mods, "past", Tables::kPast);
      add_all(*t, t->modifiers, *mods, "next", Tables::kNext);
      add_all(*t, t->modifiers, *mods, "current", Tables::kCurrent);
      add_all(*t, t->modifiers, *mods, "before_last", Tables::kBeforeLast);
    }
    if (const rapidjson::Value* rs = member(doc, "relative")) {
      for (const auto& r : rs->GetArray()) {
        std::string unit = r["unit"].GetString();
        Tables::Unit u = unit == "day"    ? Tables::Unit::kDay
                         : unit == "week" ? Tables::Unit::kWeek
                         : unit == "month" ? Tables::Unit::kMonth
                                           : Tables::Unit::kYear;
        add_all(*t, t->relative, r, "words", t->relatives.size());
        t->relatives.push_back({u, r["offset"].GetInt()});
      }
    }
    if (const rapidjson::Value* yc = member(doc, "year_cues")) {
      add_all(*t, t->year_nouns, *yc, "nouns");
      add_all(*t, t->year_others, *yc, "others");
    }
    add_all(*t, t->year_blockers, doc, "year_blockers");
    add_all(*t, t->relative_blockers, doc, "relative_blockers");
    add_all(*t, t->not_dates, doc, "not_dates");
    add_all(*t, t->horizon_cues, doc, "horizon_cues");
    if (const rapidjson::Value* dl = member(doc, "date_line")) {
      add_all(*t, t->line_cues, *dl, "cues");
      add_all(*t, t->line_fillers, *dl, "fillers");
    }
  }
  return std::make_shared<const DateLexicon>(std::move(t));
}

std::shared_ptr<const DateLexicon> DateLexicon::load(const std::vector<std::string>& extra_files) {
  std::vector<std::pair<std::string, std::string>> sources;
  sources.emplace_back("<default dates>", std::string(default_dates_json()));
  for (const std::string& path : extra_files) sources.emplace_back(path, read_file(path, "dates file"));
  return compile(sources);
}

// ---- the public functions --------------------------------------------------------------------------

std::optional<std::string> parse_article_date(std::string_view s, const DateLexicon& lex) {
  if (find_invalid_utf8(s) != std::string_view::npos) return std::nullopt;
  std::u32string text = decode_utf8(s, "<date>");
  if (auto iso = fast_iso(fold(text))) return iso;
  std::vector<Token> toks = tokenize_phrase(text);
  return line_date(toks, 0, toks.size(), lex.tables());
}

std::optional<std::string> parse_article_date(std::string_view s) {
  // Loaded once, on first use; C++ makes the initialisation of a function-local static thread-safe.
  static const std::shared_ptr<const DateLexicon> lex = DateLexicon::load();
  return parse_article_date(s, *lex);
}

std::optional<std::string> find_date_line(const Segmented& seg, std::u32string_view text, const DateLexicon& lex) {
  constexpr std::size_t kLines = 5;
  const std::vector<Token>& T = seg.tokens;
  std::size_t tk = 0, lines = 0, pos = 0;
  while (pos < text.size() && lines < kLines) {
    std::size_t end = text.find(U'\n', pos);
    if (end == std::u32string_view::npos) end = text.size();
    while (tk < T.size() && T[tk].begin < pos) ++tk;
    std::size_t te = tk;
    while (te < T.size() && T[te].begin < end) ++te;
    if (te > tk) {
      ++lines;
      if (auto d = line_date(T, tk, te, lex.tables())) return d;
    }
    tk = te;
    pos = end + 1;
  }
  return std::nullopt;
}

std::vector<DateRef> find_dates(const Segmented& seg, std::size_t first, std::size_t last, const DateLexicon& lex,
                                const std::optional<std::string>& article_date, std::u32string_view text) {
  std::optional<ch::year_month_day> art;
  if (article_date) {
    art = parse_iso_day(*article_date);
    if (!art) {
      throw Error(ErrorCode::kBadUsage, "article date must be YYYY-MM-DD (see parse_article_date)",
                  Location{"", 0, 0, *article_date});
    }
  }
  last = std::min(last, seg.tokens.size());
  if (first >= last) return {};
  const std::vector<Token>& T = seg.tokens;
  std::vector<DateRef> out;
  for (Found& f : Scanner(T, first, last, lex.tables(), art).run()) {
    DateRef r;
    r.iso = std::move(f.iso);
    r.span = Span{T[f.first].begin, T[f.last - 1].end};
    r.text = text.empty() || r.span.end > text.size() ? join_folded(T, f.first, f.last)
                                                       : encode_utf8(text.substr(r.span.begin, r.span.end - r.span.begin));
    r.relative = f.relative;
    r.precision = f.precision;
    // "until 2032", "by the end of 2030": a cue that ends right before the date makes it a horizon.
    const PhraseSet& horizon = lex.tables().horizon_cues;
    for (std::size_t k = f.first >= first + 3 ? f.first - 3 : first; k < f.first && !r.horizon; ++k) {
      auto hit = horizon.match(T, k, f.first);
      r.horizon = hit && k + hit->tokens == f.first;
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace kgraph
