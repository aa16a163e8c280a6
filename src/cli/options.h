// options.h - a small command-line parser for the kgraph subcommands.
//
// Options may repeat (-o a.json -o b.dot), take their value as the next word or after '=' (--format=json),
// and "--" ends option parsing. Unknown options and missing values are usage errors (exit status 2).
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace kgraph::cli {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::string long_name;   ///< "--output"
  std::string short_name;  ///< "-o" or ""
  bool takes_value = true;
};

struct ParsedArgs {
  std::map<std::string, std::vector<std::string>> values;  ///< by long name
  std::vector<std::string> positional;
  bool has(const std::string& name) const { return values.count(name) != 0; }
  std::string get(const std::string& name, const std::string& fallback = {}) const;
  const std::vector<std::string>& all(const std::string& name) const;
};

/// Throws UsageError with a message naming the offending word.
ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

/// Parses a positive integer option value; throws UsageError.
std::size_t parse_count(const std::string& option, const std::string& value, std::size_t min, std::size_t max);

}  // namespace kgraph::cli
