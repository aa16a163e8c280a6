// reader.h - articles from files, directories, JSON Lines and standard input, one at a time.
//
// Reading streams: next() returns one article, so memory does not grow with the corpus. Inputs:
//   - a text file: first line is the title; the id is the file name without its extension;
//   - a directory: its *.txt, *.jsonl and *.ndjson files, recursively, in path order;
//   - a JSON Lines file (*.jsonl, *.ndjson): one object per line with "id" and "text", optional "title",
//     "date", "url", "source"; blank lines are skipped;
//   - "-": standard input, JSON Lines if it starts with '{', else one text article with id "stdin".
// Invalid UTF-8, an empty article or a malformed JSON line is an Error naming file, line and column.
// Ids must be unique across the whole input: a repeated id is an error, since merging two different
// articles under one id would mix their evidence.
#pragma once

#include <cstddef>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kgraph/model.h"

namespace kgraph {

class ArticleReader {
 public:
  /// `inputs`: paths, directories or "-". `stdin_stream` replaces std::cin (for tests).
  explicit ArticleReader(std::vector<std::string> inputs, std::istream* stdin_stream = nullptr);
  ~ArticleReader();

  /// The next article, or nullopt at the end. Throws Error.
  std::optional<Article> next();

  /// Articles returned so far.
  std::size_t count() const { return count_; }

  /// Parses one article from a text file's content.
  static Article parse_text(std::string content, const std::string& id, const std::string& origin);
  /// Parses one JSON Lines record; `line` is its 1-based line number and `offset` the byte offset of the
  /// line's start in the file (for messages).
  static Article parse_json_line(const std::string& line_text, const std::string& origin, std::size_t line,
                                 std::size_t offset = 0);

 private:
  bool open_next_input();
  std::optional<Article> next_json_line();

  std::vector<std::string> pending_;  ///< files still to read, expanded from the inputs
  std::size_t input_ = 0;
  std::istream* stdin_;
  std::unique_ptr<std::ifstream> file_;
  std::istream* lines_ = nullptr;     ///< current JSON Lines stream
  std::string lines_origin_;
  std::size_t line_no_ = 0;
  std::size_t line_offset_ = 0;       ///< byte offset of the next line in the current JSON Lines stream
  std::string carried_;               ///< bytes already taken from stdin while telling its format
  std::size_t count_ = 0;
  std::set<std::string> ids_;
  std::vector<std::string> inputs_;
  bool expanded_ = false;
};

/// True when `path` names a JSON Lines file by its extension.
bool is_json_lines_path(const std::string& path);

}  // namespace kgraph
