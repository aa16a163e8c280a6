// gold.h - the hand annotation that graphs are scored against (the format of ../shared/seeds/gold.json).
//
//   {"docs": [{"id": "...",
//              "entities":  [{"id", "type", "mentions": [...], "optional"?}],
//              "relations": [{"src", "rel", "dst", "amount_usd"?, "status"?, "optional"?, "alt"?: [...]}]}]}
//
// Anything else in the file (notes, evidence quotes, graph.money_cycles) is ignored. A value of the
// wrong type is an Error naming the file, line and column of that value, so a typo in a hand-written file
// is found at once instead of silently scoring as a miss.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kgraph/error.h"

namespace kgraph::eval {

struct GoldEntity {
  std::string id;
  std::vector<std::string> mentions;
  bool optional = false;
};

struct GoldRelation {
  std::string src;
  std::string rel;
  std::string dst;
  std::vector<std::string> alt;         ///< other relation names that also count
  std::optional<double> amount_usd;     ///< checked only when present and non-zero (as in kg_score)
  std::string status;                   ///< checked only when non-empty
  bool optional = false;                ///< neither required nor penalised
};

struct GoldDoc {
  std::string id;
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
  std::string pointer;                  ///< JSON pointer of the doc's "id" value ("/docs/3/id")
};

struct GoldFile {
  std::string path;
  std::string text;                     ///< the file as read, to locate values in messages
  std::vector<GoldDoc> docs;
  std::set<std::string> vocabulary;     ///< every rel and alt name in the file: the relations scored
};

/// Reads and checks a gold file. Throws Error(kIo) if it cannot be read, Error(kBadInput) with
/// file:line:column for invalid JSON or a value of the wrong type.
GoldFile load_gold(const std::string& path);

/// Where the value at JSON `pointer` is in the gold file, as file:line:column (for messages about a
/// document, such as a missing article).
Location locate(const GoldFile& gold, const std::string& pointer);

/// Same as load_gold, from text already in memory (`origin` names it in messages).
GoldFile parse_gold(const std::string& text, const std::string& origin);

}  // namespace kgraph::eval
