// image_writer.cpp - pictures rendered in-process by Graphviz (see image_writer.h).
//
// Design: the picture is exactly the DOT that DotWriter writes, read back by cgraph (agmemread), laid
// out and rendered by libgvc, so there is one description of how a graph looks. Graphviz is C with global
// state (the error level and handler, and layout code that is not reentrant), so every render holds one
// mutex, and every Graphviz object is owned by a small RAII holder so an exception frees them all.
//
// The library must never print: Graphviz writes its warnings and errors to stderr unless told otherwise.
// While rendering, warnings are dropped (agseterr(AGERR): only errors reach the handler) and errors go to
// a handler that collects them into the Error this throws. The format string always names the cairo
// renderer ("png:cairo"): cairo draws text through pango, which shapes and orders Arabic; the gd renderer
// would print disconnected letters left to right.
#include "kgraph/image_writer.h"

#include <gvc.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <ostream>
#include <sstream>

#include "kgraph/error.h"

namespace kgraph {

namespace {

std::mutex graphviz_mutex;
// The messages of the render in progress (guarded by graphviz_mutex, like all Graphviz state).
std::string* graphviz_messages = nullptr;

int collect_message(char* message) {
  if (graphviz_messages != nullptr && message != nullptr) {
    std::string m = message;
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    if (!m.empty()) {
      if (!graphviz_messages->empty()) *graphviz_messages += "; ";
      *graphviz_messages += m;
    }
  }
  return 0;
}

// Installs the silent error handling for one render and restores what was there before.
class QuietGraphviz {
 public:
  explicit QuietGraphviz(std::string& messages)
      : old_level_(agseterr(AGERR)), old_handler_(agseterrf(&collect_message)) {
    graphviz_messages = &messages;
  }
  ~QuietGraphviz() {
    graphviz_messages = nullptr;
    agseterrf(old_handler_);
    agseterr(old_level_);
  }
  QuietGraphviz(const QuietGraphviz&) = delete;
  QuietGraphviz& operator=(const QuietGraphviz&) = delete;

 private:
  agerrlevel_t old_level_;
  agusererrf old_handler_;
};

struct ContextDeleter {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

// A graph and, once laid out, its layout: both are freed together.
class LaidOutGraph {
 public:
  LaidOutGraph(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
  ~LaidOutGraph() {
    if (laid_out_) gvFreeLayout(gvc_, g_);
    agclose(g_);
  }
  LaidOutGraph(const LaidOutGraph&) = delete;
  LaidOutGraph& operator=(const LaidOutGraph&) = delete;
  Agraph_t* get() const { return g_; }
  void set_laid_out() { laid_out_ = true; }

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
  bool laid_out_ = false;
};

std::string with_details(std::string what, const std::string& messages) {
  if (!messages.empty()) what += " (Graphviz: " + messages + ")";
  return what;
}

}  // namespace

std::string render_dot(std::string_view dot, std::string_view format) {
  if (format != "svg" && format != "png" && format != "pdf") {
    throw Error(ErrorCode::kBadUsage, "cannot render pictures in format '" + std::string(format) + "' (known: svg, png, pdf)");
  }
  std::lock_guard<std::mutex> lock(graphviz_mutex);
  std::string messages;
  QuietGraphviz quiet(messages);

  std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
  if (!gvc) throw Error(ErrorCode::kIo, with_details("cannot start Graphviz", messages));
  const std::string text(dot);  // agmemread needs a NUL-terminated string
  Agraph_t* raw = agmemread(text.c_str());
  if (raw == nullptr) throw Error(ErrorCode::kBadInput, with_details("Graphviz cannot read the DOT text", messages));
  LaidOutGraph g(gvc.get(), raw);

  // The writer names its engine in the graph's `layout` attribute; DOT from elsewhere gets dot.
  std::string engine = "dot";
  if (const char* layout = agget(g.get(), const_cast<char*>("layout")); layout != nullptr && *layout != '\0') {
    engine = layout;
  }
  if (gvLayout(gvc.get(), g.get(), engine.c_str()) != 0) {
    throw Error(ErrorCode::kIo, with_details("Graphviz cannot lay out the graph with " + engine, messages));
  }
  g.set_laid_out();

  const std::string renderer = std::string(format) + ":cairo";
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc.get(), g.get(), renderer.c_str(), &data, &length) != 0 || data == nullptr) {
    if (data != nullptr) gvFreeRenderData(data);
    throw Error(ErrorCode::kIo, with_details("Graphviz cannot render " + renderer +
                                                 " (is the Graphviz cairo plugin, libgvc6, installed?)",
                                             messages));
  }
  std::string bytes(data, length);
  gvFreeRenderData(data);
  return bytes;
}

ImageWriter::ImageWriter(std::string_view format, DotOptions options) : format_(format), options_(options) {
  options_.picture = true;
  if (format_ != "svg" && format_ != "png" && format_ != "pdf") {
    throw Error(ErrorCode::kBadUsage, "cannot render pictures in format '" + format_ + "' (known: svg, png, pdf)");
  }
}

void ImageWriter::write(const KnowledgeGraph& graph, std::ostream& out) const {
  std::ostringstream dot;
  DotWriter(options_).write(graph, dot);
  const std::string bytes = render_dot(dot.str(), format_);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace kgraph
