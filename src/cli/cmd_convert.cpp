// cmd_convert.cpp - placeholder while the command is written.
#include "cli/commands.h"
namespace kgraph::cli {
const char* const kConvertHelp = "Usage: kgraph convert IN OUT\n";
int run_convert(const std::vector<std::string>&) { return kExitUsage; }
}  // namespace kgraph::cli
