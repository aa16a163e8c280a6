// writer.cpp - the format registry and file-level reading and writing of graphs (see writer.h).
//
// Design: writers only know std::ostream; this file owns everything about files. Writing is atomic so
// that a failed run (disk full, a writer bug, a killed process) never leaves a truncated graph where a
// good one used to be: the output goes to PATH.tmp-XXXXXX in the same directory (rename() is atomic only
// within one file system), is flushed and synced, and only then renamed over PATH. The temporary name is
// created with O_EXCL, so two runs writing beside each other cannot share it, and with mode 0666 so the
// umask decides the final permissions as it would for a plain open().
#include "kgraph/writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <system_error>

#include "kgraph/dot_writer.h"
#include "kgraph/gexf_writer.h"
#include "kgraph/html_writer.h"
#include "kgraph/error.h"
#include "kgraph/graphml_reader.h"
#include "kgraph/graphml_writer.h"
#include "kgraph/image_writer.h"
#include "kgraph/json_reader.h"
#include "kgraph/json_writer.h"

namespace kgraph {

namespace {

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::string os_reason(int err) { return err ? std::system_category().message(err) : "unknown error"; }

[[noreturn]] void io_error(const std::string& path, const std::string& what, int err) {
  throw Error(ErrorCode::kIo, what + ": " + os_reason(err), Location{path, 0, 0, ""});
}

// Creates PATH.tmp-XXXXXX exclusively and returns its name.
std::string create_temp_beside(const std::string& path) {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device rd;
  std::mt19937 gen(rd());
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string tmp = path + ".tmp-";
    for (int i = 0; i < 6; ++i) tmp += kAlphabet[pick(gen)];
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      ::close(fd);
      return tmp;
    }
    if (errno != EEXIST) io_error(path, "cannot create a temporary file beside the output", errno);
  }
  io_error(path, "cannot create a temporary file beside the output", EEXIST);
}

// Pushes the file's data to the disk before the rename makes it visible, so that a crash right after
// cannot leave an empty file under the final name. A file system that cannot sync (EINVAL) is accepted.
void sync_file(const std::string& tmp, const std::string& path) {
  int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) io_error(path, "cannot reopen the temporary output to sync it", errno);
  int rc = ::fsync(fd);
  int err = errno;
  ::close(fd);
  if (rc != 0 && err != EINVAL) io_error(path, "cannot sync the output to disk", err);
}

}  // namespace

std::vector<std::string> writer_formats() { return {"graphml", "dot", "json", "gexf", "html", "svg", "png", "pdf"}; }

std::vector<std::string> reader_formats() { return {"graphml", "json"}; }

std::string format_from_path(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  if (ext == ".graphml") return "graphml";
  if (ext == ".gv" || ext == ".dot") return "dot";
  if (ext == ".json") return "json";
  if (ext == ".gexf") return "gexf";
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".svg" || ext == ".png" || ext == ".pdf") return ext.substr(1);
  return "";
}

std::unique_ptr<GraphWriter> make_writer(std::string_view format) { return make_writer(format, DotOptions{}); }

std::unique_ptr<GraphWriter> make_writer(std::string_view format, const DotOptions& options) {
  if (format == "graphml") return std::make_unique<GraphmlWriter>();
  if (format == "dot") return std::make_unique<DotWriter>(options);
  if (format == "svg" || format == "png" || format == "pdf") return std::make_unique<ImageWriter>(format, options);
  if (format == "json") return std::make_unique<JsonWriter>();
  if (format == "gexf") return std::make_unique<GexfWriter>();
  if (format == "html") {
    // Refused here, before any input is read, rather than after a long build.
    if (!html_available()) throw Error(ErrorCode::kBadUsage, html_unavailable_reason());
    return std::make_unique<HtmlWriter>(options);
  }
  throw Error(ErrorCode::kBadUsage,
              "unknown output format '" + std::string(format) + "' (known: " + join_names(writer_formats()) + ")");
}

std::unique_ptr<GraphReader> make_reader(std::string_view format) {
  if (format == "graphml") return std::make_unique<GraphmlReader>();
  if (format == "json") return std::make_unique<JsonReader>();
  throw Error(ErrorCode::kBadUsage, "cannot read graphs in format '" + std::string(format) +
                                        "' (readable: " + join_names(reader_formats()) + ")");
}

namespace {
// Writes `graph` to a new temporary beside `path` and returns its name; removes it on failure.
std::string write_temp(const KnowledgeGraph& graph, const GraphWriter& writer, const std::string& path) {
  std::string tmp = create_temp_beside(path);
  try {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) io_error(path, "cannot open the temporary output for writing", errno);
    errno = 0;
    writer.write(graph, out);
    out.flush();
    if (!out) io_error(path, "cannot write the graph", errno);
    out.close();
    if (out.fail()) io_error(path, "cannot write the graph", errno);
    sync_file(tmp, path);
    return tmp;
  } catch (const Error&) {
    std::remove(tmp.c_str());
    throw;  // a writer's own error keeps its code; I/O errors above are already kIo
  } catch (const std::exception& e) {
    std::remove(tmp.c_str());
    throw Error(ErrorCode::kIo, std::string("cannot write the graph: ") + e.what(), Location{path, 0, 0, ""});
  }
}
}  // namespace

void write_graph_file(const KnowledgeGraph& graph, const GraphWriter& writer, const std::string& path) {
  write_graph_files(graph, {{path, &writer}});
}

void write_graph_files(const KnowledgeGraph& graph,
                       const std::vector<std::pair<std::string, const GraphWriter*>>& outputs) {
  std::vector<std::string> temps;
  try {
    for (const auto& [path, writer] : outputs) temps.push_back(write_temp(graph, *writer, path));
    for (std::size_t i = 0; i < outputs.size(); ++i) {
      if (std::rename(temps[i].c_str(), outputs[i].first.c_str()) != 0) {
        io_error(outputs[i].first, "cannot move the finished output into place", errno);
      }
      temps[i].clear();
    }
  } catch (...) {
    for (const std::string& t : temps) {
      if (!t.empty()) std::remove(t.c_str());
    }
    throw;
  }
}

void check_output_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p(path);
  fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  auto fail = [&](const std::string& what) { throw Error(ErrorCode::kIo, what, Location{path, 0, 0, ""}); };
  if (!fs::is_directory(dir, ec)) fail("cannot write the graph here: directory '" + dir.string() + "' does not exist");
  if (fs::is_directory(p, ec)) fail("cannot write the graph: this is a directory");
  if (::access(dir.c_str(), W_OK) != 0) fail("cannot write the graph here: directory '" + dir.string() + "' is not writable");
}

KnowledgeGraph read_graph_file(const std::string& path, std::string_view format) {
  std::string fmt = format.empty() ? format_from_path(path) : std::string(format);
  if (fmt.empty()) {
    throw Error(ErrorCode::kBadUsage, "cannot tell the graph format from the file name (readable: " +
                                          join_names(reader_formats()) + ")",
                Location{path, 0, 0, ""});
  }
  std::unique_ptr<GraphReader> reader;
  try {
    reader = make_reader(fmt);
  } catch (const Error& e) {
    throw Error(e.code(), e.message(), Location{path, 0, 0, ""});  // name the file the user gave
  }

  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) io_error(path, "cannot read the graph", EISDIR);
  std::ifstream in(path, std::ios::binary);
  if (!in) io_error(path, "cannot open the graph", errno);
  std::string text;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) text.append(buf, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) io_error(path, "cannot read the graph", errno);
  return reader->read(text, path);
}

}  // namespace kgraph
