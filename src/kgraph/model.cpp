// model.cpp - names of entity types (see model.h).
#include "kgraph/model.h"

namespace kgraph {

std::string_view to_string(EntityType t) {
  switch (t) {
    case EntityType::kOrg: return "ORG";
    case EntityType::kPerson: return "PERSON";
    case EntityType::kProduct: return "PRODUCT";
    case EntityType::kMedia: return "MEDIA";
    case EntityType::kPlace: return "PLACE";
  }
  return "ORG";
}

std::optional<EntityType> entity_type_from_string(std::string_view s) {
  if (s == "ORG") return EntityType::kOrg;
  if (s == "PERSON") return EntityType::kPerson;
  if (s == "PRODUCT") return EntityType::kProduct;
  if (s == "MEDIA") return EntityType::kMedia;
  if (s == "PLACE") return EntityType::kPlace;
  return std::nullopt;
}

}  // namespace kgraph
