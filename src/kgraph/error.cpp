// error.cpp - formatting of kgraph::Error (see error.h).
#include "kgraph/error.h"

namespace kgraph {
namespace {
std::string format(const std::string& message, const Location& where) {
  std::string out;
  if (!where.file.empty()) {
    out += where.file;
    if (where.line > 0) {
      out += ':' + std::to_string(where.line);
      if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    out += ": ";
  }
  out += message;
  if (!where.fragment.empty()) out += " (near '" + where.fragment + "')";
  return out;
}
}  // namespace

Error::Error(ErrorCode code, std::string message, Location where)
    : std::runtime_error(format(message, where)),
      code_(code),
      message_(std::move(message)),
      where_(std::move(where)) {}

std::string Error::describe() const { return what(); }

}  // namespace kgraph
