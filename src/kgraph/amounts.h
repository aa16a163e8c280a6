// amounts.h - money expressions, normalised to US dollars.
//
// "100 مليار دولار", "بـ10 مليارات دولار", "4.4 تريليون دولار", "$100 billion", "$4B", "٥ مليارات دولار":
// a number, an optional scale word, and a currency word (or a leading "$"). A qualifier written just
// before it ("ما يصل إلى" up to, "أكثر من" more than, "نحو" about) is kept. Numbers without a currency
// ("57 مليارا") are not money: revenue, users and gigawatts look the same. The words are data (the
// `money` part of the rules file).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kgraph/rules.h"
#include "kgraph/segment.h"

namespace kgraph {

struct Amount {
  std::size_t first = 0, last = 0;  ///< tokens [first, last), qualifier excluded
  std::size_t qualified_first = 0;  ///< where the qualifier ("بأكثر من") starts; == first without one
  double usd = 0;
  std::string qualifier;            ///< "", "up_to", "more_than", "about", "less_than"
  bool deal = true;                 ///< false for a valuation, revenue or loss ("بتقييم 300 مليار دولار")
};

/// Money amounts among tokens [first, last) of `seg`.
std::vector<Amount> find_amounts(const Segmented& seg, std::size_t first, std::size_t last, const RuleSet& rules);

/// Parses the digits of a number token ("4.4", "1,500", "22.4"); nullopt if it is not a number.
std::optional<double> parse_number(const std::u32string& digits);

}  // namespace kgraph
