// error.h - the one error type of the kgraph library.
//
// The library never prints and never exits: every failure is thrown as a kgraph::Error that carries a
// code (what kind of failure, so the CLI can choose an exit status), a message, and where the problem is
// (file, 1-based line and column, the offending fragment). describe() formats it as
//     FILE:LINE:COLUMN: MESSAGE (near 'FRAGMENT')
// which editors and CI logs recognise; the CLI prints it after "kgraph: error: ".
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace kgraph {

enum class ErrorCode {
  kBadInput,   ///< the input (article, graph file, lexicon, rules) is malformed or unreadable
  kBadSchema,  ///< a lexicon or rules file does not satisfy its JSON Schema
  kBadUsage,   ///< the caller asked for something that cannot be done (unknown format, bad option value)
  kIo,         ///< reading or writing a file failed at the operating-system level
  kInternal,   ///< a bug in kgraph: an invariant did not hold
};

/// Where an error was found. line/column are 1-based; 0 means "not known".
struct Location {
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string fragment;  ///< a short excerpt of the offending input, if any
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message, Location where = {});

  ErrorCode code() const noexcept { return code_; }
  const std::string& message() const noexcept { return message_; }
  const Location& where() const noexcept { return where_; }

  /// "file:line:column: message (near 'fragment')", leaving out the parts that are unknown.
  std::string describe() const;

 private:
  ErrorCode code_;
  std::string message_;
  Location where_;
};

}  // namespace kgraph
