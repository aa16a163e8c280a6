// Unit tests for reader.h: text files, JSON Lines, directories, standard input and bad input.
#define BOOST_TEST_MODULE reader
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kgraph/error.h"
#include "kgraph/reader.h"

using namespace kgraph;
namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path;
  TempDir() : path(fs::temp_directory_path() / ("kgraph_reader_" + std::to_string(::getpid()) + "_" + std::to_string(counter()++))) {
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  static int& counter() { static int c = 0; return c; }
  std::string write(const std::string& name, const std::string& content) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << content;
    return (path / name).string();
  }
};
std::string error_of(std::vector<std::string> inputs, std::istream* in = nullptr) {
  try {
    ArticleReader r(std::move(inputs), in);
    while (r.next()) {
    }
  } catch (const Error& e) {
    return e.describe();
  }
  return "no error";
}
}  // namespace

BOOST_AUTO_TEST_CASE(text_file_title_and_id) {
  TempDir d;
  std::string p = d.write("001_deal.txt", "عنوان الخبر\nنص الخبر هنا.\n");
  ArticleReader r({p});
  auto a = r.next();
  BOOST_REQUIRE(a);
  BOOST_TEST(a->id == "001_deal");
  BOOST_TEST(a->title == "عنوان الخبر");
  BOOST_TEST(a->text == "عنوان الخبر\nنص الخبر هنا.\n");
  BOOST_TEST(!r.next());
}

BOOST_AUTO_TEST_CASE(directories_are_read_recursively_in_path_order) {
  TempDir d;
  d.write("b.txt", "B\nb");
  d.write("sub/a.txt", "A\na");
  d.write("notes.md", "ignored");
  d.write("c.jsonl", "{\"id\": \"c1\", \"text\": \"C\"}\n\n{\"id\": 7, \"title\": \"T\", \"text\": \"D\", \"date\": \"2025-09-22\"}\n");
  ArticleReader r({d.path.string()});
  std::vector<std::string> ids;
  while (auto a = r.next()) ids.push_back(a->id);
  BOOST_TEST(ids == (std::vector<std::string>{"b", "c1", "7", "a"}));
}

BOOST_AUTO_TEST_CASE(json_lines_fields) {
  Article a = ArticleReader::parse_json_line(
      R"({"id": "x", "title": "T", "text": "body", "date": "2025-01-02", "url": "https://e.com", "source": "S"})", "f.jsonl", 3);
  BOOST_TEST(a.id == "x");
  BOOST_TEST(a.title == "T");
  BOOST_TEST(a.date == "2025-01-02");
  BOOST_TEST(a.source == "S");
  BOOST_TEST(a.origin == "f.jsonl:3");
}

BOOST_AUTO_TEST_CASE(standard_input_text_and_json_lines) {
  std::istringstream text("عنوان\nنص");
  ArticleReader r1({"-"}, &text);
  auto a = r1.next();
  BOOST_REQUIRE(a);
  BOOST_TEST(a->id == "stdin");
  std::istringstream lines("\n{\"id\": \"s1\", \"text\": \"x\"}\n{\"id\": \"s2\", \"text\": \"y\"}\n");
  ArticleReader r2({"-"}, &lines);
  BOOST_TEST(r2.next()->id == "s1");
  BOOST_TEST(r2.next()->id == "s2");
  BOOST_TEST(!r2.next());
}

BOOST_AUTO_TEST_CASE(bad_input_is_located) {
  TempDir d;
  std::string empty = d.write("empty.txt", "  \n\n");
  BOOST_TEST(error_of({empty}) == empty + ":1:1: empty article: the file holds no text");
  std::string bad = d.write("bad.txt", "title\nab\xFF" "cd\n");
  BOOST_TEST(error_of({bad}) == bad + ":2:3: invalid UTF-8: byte 0xFF at byte offset 8");
  std::string jl = d.write("bad.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": }\n");
  BOOST_TEST(error_of({jl}) == jl + ":2:21: invalid JSON: Invalid value. (near '}')");
  std::string nt = d.write("nt.jsonl", "{\"id\": \"a\", \"txt\": \"x\"}\n");
  BOOST_TEST(error_of({nt}) == nt + ":1:1: record has no \"text\"");
  std::string dup = d.write("dup.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": \"y\"}\n");
  BOOST_TEST(error_of({dup}) == dup + ":2: document id 'a' was already used by an earlier article");
  BOOST_TEST(error_of({(d.path / "missing.txt").string()}) == (d.path / "missing.txt").string() + ": no such file or directory");
}
