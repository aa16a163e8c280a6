// Unit tests for table.h: the four output formats, Arabic-aware widths, number forms.
#define BOOST_TEST_MODULE table
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "kgraph/table.h"

using namespace kgraph;

namespace {
ResultTable sample() {
  ResultTable t;
  t.columns = {"name", "amount"};
  t.rows.push_back({Cell::string("إنفيديا"), Cell::number(100e9)});
  t.rows.push_back({Cell::string("Amazon, Inc."), Cell::number(4.5)});
  t.rows.push_back({Cell::list({Cell::string("a"), Cell::string("b\"c")}), Cell::null()});
  return t;
}
std::string render(const ResultTable& t, TableFormat f) {
  std::ostringstream out;
  write_table(t, f, out);
  return out.str();
}
}  // namespace

BOOST_AUTO_TEST_CASE(numbers_print_exactly_and_shortest) {
  BOOST_TEST(format_number(100e9) == "100000000000");
  BOOST_TEST(format_number(22.4) == "22.4");
  BOOST_TEST(format_number(-3) == "-3");
}

BOOST_AUTO_TEST_CASE(arabic_letters_take_one_column_marks_none) {
  BOOST_TEST(display_width("إنفيديا") == 7u);
  BOOST_TEST(display_width("مُحَمَّد") == 4u);  // the harakat take no column
  BOOST_TEST(display_width("日本") == 4u);
}

BOOST_AUTO_TEST_CASE(table_is_aligned_and_counts_rows) {
  // Arabic cells are wrapped in FSI/PDI (no width) so a terminal keeps the separators in place.
  BOOST_TEST(render(sample(), TableFormat::kTable) ==
             "name         |       amount\n"
             "-------------+-------------\n"
             "\u2068إنفيديا\u2069      | 100000000000\n"
             "Amazon, Inc. |          4.5\n"
             "a, b\"c       |             \n"
             "(3 rows)\n");
}

BOOST_AUTO_TEST_CASE(tsv_csv_and_json_lines_keep_the_data) {
  BOOST_TEST(render(sample(), TableFormat::kTsv) == "name\tamount\nإنفيديا\t100000000000\nAmazon, Inc.\t4.5\na, b\"c\t\n");
  BOOST_TEST(render(sample(), TableFormat::kCsv) ==
             "name,amount\r\nإنفيديا,100000000000\r\n\"Amazon, Inc.\",4.5\r\n\"a, b\"\"c\",\r\n");
  BOOST_TEST(render(sample(), TableFormat::kJsonl) ==
             "{\"name\":\"إنفيديا\",\"amount\":100000000000}\n{\"name\":\"Amazon, Inc.\",\"amount\":4.5}\n"
             "{\"name\":[\"a\",\"b\\\"c\"],\"amount\":null}\n");
}

BOOST_AUTO_TEST_CASE(format_names) {
  TableFormat f;
  BOOST_TEST(parse_table_format("csv", f));
  BOOST_TEST((f == TableFormat::kCsv));
  BOOST_TEST(!parse_table_format("xml", f));
}
