// options.cpp - see options.h.
#include "cli/options.h"

namespace kgraph::cli {

std::string ParsedArgs::get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

const std::vector<std::string>& ParsedArgs::all(const std::string& name) const {
  static const std::vector<std::string> none;
  auto it = values.find(name);
  return it == values.end() ? none : it->second;
}

ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
  ParsedArgs out;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a == "-" || a.empty() || a[0] != '-') {
      out.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = a.substr(0, eq), value = a.substr(eq + 1), inline_value = true;
    }
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& s : specs) {
      if (s.long_name == name || (!s.short_name.empty() && s.short_name == name)) spec = &s;
    }
    if (!spec) throw UsageError("unknown option '" + name + "'");
    if (!spec->takes_value) {
      if (inline_value) throw UsageError("option '" + name + "' takes no value");
      out.values[spec->long_name].push_back("");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) throw UsageError("option '" + name + "' needs a value");
      value = args[++i];
    }
    out.values[spec->long_name].push_back(value);
  }
  return out;
}

std::size_t parse_count(const std::string& option, const std::string& value, std::size_t min, std::size_t max) {
  std::size_t n = 0;
  if (value.empty() || value.size() > 9) throw UsageError(option + " needs a whole number, got '" + value + "'");
  for (char c : value) {
    if (c < '0' || c > '9') throw UsageError(option + " needs a whole number, got '" + value + "'");
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  if (n < min || n > max) {
    throw UsageError(option + " must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " +
                     value);
  }
  return n;
}

}  // namespace kgraph::cli
