# kgraph convert and the graph readers end to end (tests/cli/convert.sh); included from tests.cmake.
kgraph_cli_cases(convert.sh LABELS cli CASES
  convert_round_trips_are_byte_identical
  convert_to_dot
  convert_to_html
  convert_stdin_stdout_and_named_formats
  convert_usage_errors
  convert_missing_input_exits_1
  convert_malformed_xml_creates_no_output
  convert_bad_graphml_keeps_existing_output
  convert_graphml_input_errors
  graph_commands_read_graphml
  foreign_graphml_converts)
