// reader.cpp - see reader.h.
#include "kgraph/reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "kgraph/error.h"
#include "kgraph/json_util.h"
#include "kgraph/utf8.h"

namespace fs = std::filesystem;

namespace kgraph {
namespace {

std::string lower_ext(const std::string& path) {
  std::string e = fs::path(path).extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e;
}

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

std::string trim(std::string s) {
  auto sp = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!s.empty() && sp(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && sp(static_cast<unsigned char>(s[b]))) ++b;
  s.erase(0, b);
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);  // a BOM is not part of the title
  return s;
}

// `first_line` and `base_offset` place `text` in its file (a JSON Lines record is one line of it).
void check_utf8(std::string_view text, const std::string& origin, std::size_t first_line = 1,
                std::size_t base_offset = 0) {
  std::size_t bad = find_invalid_utf8(text);
  if (bad == std::string_view::npos) return;
  auto [line, col] = line_column(text, bad);
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
  throw Error(ErrorCode::kBadInput,
              "invalid UTF-8: byte " + std::string(hex) + " at byte offset " + std::to_string(base_offset + bad),
              Location{origin, line + first_line - 1, col, {}});
}

}  // namespace

bool is_json_lines_path(const std::string& path) {
  std::string e = lower_ext(path);
  return e == ".jsonl" || e == ".ndjson";
}

ArticleReader::ArticleReader(std::vector<std::string> inputs, std::istream* stdin_stream)
    : stdin_(stdin_stream ? stdin_stream : &std::cin), inputs_(std::move(inputs)) {}

ArticleReader::~ArticleReader() = default;

Article ArticleReader::parse_text(std::string content, const std::string& id, const std::string& origin) {
  check_utf8(content, origin);
  if (blank(content)) throw Error(ErrorCode::kBadInput, "empty article: the file holds no text", Location{origin, 1, 1, {}});
  Article a;
  a.id = id;
  a.origin = origin;
  std::size_t nl = content.find('\n');
  a.title = trim(content.substr(0, nl));
  a.text = std::move(content);
  return a;
}

Article ArticleReader::parse_json_line(const std::string& text, const std::string& origin, std::size_t line,
                                       std::size_t offset) {
  check_utf8(text, origin, line, offset);
  rapidjson::Document d = parse_json(text, origin, line);
  auto fail = [&](const std::string& msg, const char* key) {
    std::size_t col = 1;
    if (key) {
      std::size_t p = text.find(std::string("\"") + key + "\"");
      if (p != std::string::npos) col = line_column(text, p).second;
    }
    throw Error(ErrorCode::kBadInput, msg, Location{origin, line, col, {}});
  };
  if (!d.IsObject()) fail("a JSON Lines record must be an object with \"id\" and \"text\"", nullptr);
  Article a;
  a.origin = origin + ":" + std::to_string(line);
  auto id = d.FindMember("id");
  if (id == d.MemberEnd()) fail("record has no \"id\"", nullptr);
  if (id->value.IsString()) {
    a.id = id->value.GetString();
  } else if (id->value.IsInt64()) {
    a.id = std::to_string(id->value.GetInt64());
  } else {
    fail("\"id\" must be a string or an integer", "id");
  }
  if (a.id.empty()) fail("\"id\" is empty", "id");
  auto txt = d.FindMember("text");
  if (txt == d.MemberEnd()) fail("record has no \"text\"", nullptr);
  if (!txt->value.IsString()) fail("\"text\" must be a string", "text");
  a.text.assign(txt->value.GetString(), txt->value.GetStringLength());
  if (blank(a.text)) fail("empty article: \"text\" holds no text", "text");
  for (auto [key, field] : {std::pair{"title", &a.title}, {"date", &a.date}, {"url", &a.url}, {"source", &a.source}}) {
    auto it = d.FindMember(key);
    if (it == d.MemberEnd() || it->value.IsNull()) continue;
    if (!it->value.IsString()) fail(std::string("\"") + key + "\" must be a string", key);
    field->assign(it->value.GetString(), it->value.GetStringLength());
  }
  if (a.title.empty()) a.title = trim(a.text.substr(0, a.text.find('\n')));
  return a;
}

bool ArticleReader::open_next_input() {
  if (!expanded_) {
    // Directories are listed up front (names only, not contents) so the order is the sorted path order.
    for (const std::string& in : inputs_) {
      if (in == "-") {
        pending_.push_back(in);
        continue;
      }
      std::error_code ec;
      if (fs::is_directory(in, ec)) {
        std::vector<std::string> files;
        for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
          if (!it->is_regular_file()) continue;
          std::string p = it->path().string();
          std::string e = lower_ext(p);
          if (e == ".txt" || e == ".jsonl" || e == ".ndjson") files.push_back(p);
        }
        if (ec) throw Error(ErrorCode::kIo, "cannot list directory: " + ec.message(), Location{in, 0, 0, {}});
        std::sort(files.begin(), files.end());
        if (files.empty()) {
          throw Error(ErrorCode::kBadInput, "directory holds no .txt, .jsonl or .ndjson files", Location{in, 0, 0, {}});
        }
        pending_.insert(pending_.end(), files.begin(), files.end());
      } else if (fs::exists(in, ec)) {
        pending_.push_back(in);
      } else {
        throw Error(ErrorCode::kIo, "no such file or directory", Location{in, 0, 0, {}});
      }
    }
    expanded_ = true;
  }
  return input_ < pending_.size();
}

std::optional<Article> ArticleReader::next_json_line() {
  std::string line;
  while (std::getline(*lines_, line)) {
    ++line_no_;
    std::size_t offset = line_offset_;
    // Whatever was taken from stdin to tell its format belongs to the front of its first line.
    line.insert(0, carried_);
    line_offset_ += line.size() + 1;
    carried_.clear();
    if (blank(line)) continue;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return parse_json_line(line, lines_origin_, line_no_, offset);
  }
  if (lines_->bad()) throw Error(ErrorCode::kIo, "read error", Location{lines_origin_, line_no_, 0, {}});
  lines_ = nullptr;
  file_.reset();
  return std::nullopt;
}

std::optional<Article> ArticleReader::next() {
  for (;;) {
    std::optional<Article> a;
    if (lines_) {
      a = next_json_line();
    } else {
      if (!open_next_input()) return std::nullopt;
      const std::string path = pending_[input_++];
      if (path == "-") {
        // Peek: JSON Lines if the first non-space byte is '{'.
        std::string first;
        int c;
        while ((c = stdin_->peek()) != EOF && std::isspace(c)) first.push_back(static_cast<char>(stdin_->get()));
        if (c == '{') {
          lines_ = stdin_, lines_origin_ = "<stdin>", line_no_ = 0, line_offset_ = 0;
          // Whole blank lines before the first record only count; spaces on the record's own line are
          // carried into it so that columns stay right.
          std::size_t nl = first.rfind('\n');
          if (nl != std::string::npos) {
            for (char ch : first.substr(0, nl + 1)) line_no_ += ch == '\n';
            line_offset_ = nl + 1;
          }
          carried_ = nl == std::string::npos ? first : first.substr(nl + 1);
          continue;
        }
        std::ostringstream ss;
        ss << first << stdin_->rdbuf();
        a = parse_text(ss.str(), "stdin", "<stdin>");
      } else if (is_json_lines_path(path)) {
        file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
        if (!*file_) throw Error(ErrorCode::kIo, "cannot open file", Location{path, 0, 0, {}});
        lines_ = file_.get(), lines_origin_ = path, line_no_ = 0, line_offset_ = 0;
        continue;
      } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw Error(ErrorCode::kIo, "cannot open file", Location{path, 0, 0, {}});
        std::ostringstream ss;
        ss << in.rdbuf();
        a = parse_text(ss.str(), fs::path(path).stem().string(), path);
      }
    }
    if (!a) continue;
    if (!ids_.insert(a->id).second) {
      throw Error(ErrorCode::kBadInput, "document id '" + a->id + "' was already used by an earlier article",
                  Location{a->origin, 0, 0, {}});
    }
    ++count_;
    return a;
  }
}

}  // namespace kgraph
