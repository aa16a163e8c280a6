// amounts.cpp - see amounts.h.
#include "kgraph/amounts.h"

#include <cmath>
#include <optional>

namespace kgraph {

std::optional<double> parse_number(const std::u32string& d) {
  // ',' followed by exactly three digits groups thousands (1,500); otherwise it is a decimal comma.
  std::string ascii;
  for (std::size_t i = 0; i < d.size(); ++i) {
    char32_t c = d[i];
    if (c >= '0' && c <= '9') {
      ascii += static_cast<char>(c);
    } else if (c == '.') {
      ascii += '.';
    } else if (c == ',') {
      std::size_t n = 0;
      while (i + 1 + n < d.size() && d[i + 1 + n] >= '0' && d[i + 1 + n] <= '9') ++n;
      if (n != 3) ascii += '.';
    } else {
      return std::nullopt;
    }
  }
  if (ascii.empty()) return std::nullopt;
  try {
    std::size_t used = 0;
    double v = std::stod(ascii, &used);
    if (used != ascii.size()) return std::nullopt;
    return v;
  } catch (...) {
    return std::nullopt;
  }
}

std::vector<Amount> find_amounts(const Segmented& seg, std::size_t first, std::size_t last, const RuleSet& rules) {
  const std::vector<Token>& T = seg.tokens;
  std::vector<Amount> out;
  for (std::size_t i = first; i < last; ++i) {
    bool dollar_sign = T[i].kind == TokenKind::kPunct && T[i].text == U"$";
    std::size_t n = dollar_sign ? i + 1 : i;
    std::optional<double> value;
    std::size_t k = n + 1;
    double scale = 1;
    bool after_number = i > first && (T[i - 1].kind == TokenKind::kNumber || rules.number_words().match(T, i - 1, i));
    if (n < last && T[n].kind == TokenKind::kNumber) {
      value = parse_number(T[n].text);
      if (auto sc = rules.scales().match(T, k, last)) {
        scale = rules.scale_values()[sc->value];
        k += sc->tokens;
      }
    } else if (auto word = dollar_sign ? std::nullopt : rules.number_words().match(T, n, last);
               word && rules.scales().match(T, n + word->tokens, last)) {
      // "ثمانية مليارات دولار": a number word needs a scale word after it to be money.
      value = rules.number_values()[word->value];
      k = n + word->tokens;
      auto sc = rules.scales().match(T, k, last);
      scale = rules.scale_values()[sc->value];
      k += sc->tokens;
    } else if (auto dual = rules.dual_scales().match(T, n, last); dual && !dollar_sign && !after_number) {
      value = 2;  // "ملياري دولار": two billion dollars
      scale = rules.scale_values()[dual->value];
      k = n + dual->tokens;
    } else if (auto lone = rules.lone_scales().match(T, n, last); lone && !dollar_sign && !after_number) {
      value = 1;  // "مليار دولار": a billion dollars
      scale = rules.scale_values()[lone->value];
      k = n + lone->tokens;
    }
    if (!value) continue;
    bool currency = dollar_sign;
    if (auto cur = rules.currencies().match(T, k, last)) {
      currency = true;
      k += cur->tokens;
    }
    if (!currency) continue;
    Amount a;
    a.first = i, a.last = k, a.qualified_first = i;
    a.usd = std::round(*value * scale * 100.0) / 100.0;  // cents: 4.4 * 1e12 must not print 4399999999999.9995
    // A qualifier phrase that ends right where the amount starts.
    for (std::size_t q = (i >= first + 4 ? i - 4 : first); q < i; ++q) {
      auto hit = rules.qualifiers().match(T, q, i);
      if (hit && q + hit->tokens == i) {
        a.qualifier = rules.qualifier_names()[hit->value];
        a.qualified_first = q;
        break;
      }
    }
    // A valuation, revenue or loss named just before (within three words, the qualifier included).
    for (std::size_t q = (i >= first + 4 ? i - 4 : first); q < i; ++q) {
      auto hit = rules.not_deal().match(T, q, i);
      if (!hit || i - (q + hit->tokens) > 3) continue;
      // "في صفقة قيمتها 6.5 مليار دولار" is the price of a deal, not a company's worth: a price phrase
      // (rules' deal_value_markers) that ends where the valuation word does and starts before it wins.
      bool priced = false;
      for (std::size_t p = (q >= first + 4 ? q - 4 : first); p < q && !priced; ++p) {
        auto price = rules.deal_value_markers().match(T, p, i);
        priced = price && p + price->tokens == q + hit->tokens;
      }
      if (!priced) a.deal = false;
    }
    if (k < last && rules.not_deal_after().match(T, k, last)) a.deal = false;  // a price: "600 دولار للسهم"
    out.push_back(a);
    i = k - 1;
  }
  return out;
}

}  // namespace kgraph
