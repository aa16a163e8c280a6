# kgraph query and kgraph subgraph (tests/cli/query.sh), and the analyst questions of examples/queries.
kgraph_cli_cases(query.sh LABELS cli CASES
  query_examples
  query_table_format
  query_tsv_csv_jsonl
  query_arabic_name_and_aggregates
  query_params
  query_script_and_stdin
  query_error_in_script_prints_nothing
  query_syntax_errors
  query_usage_errors
  query_timing
  query_graphml_input
  subgraph_exports_matched_part
  subgraph_anonymous_elements_and_stdout
  subgraph_bad_query_creates_no_output)
