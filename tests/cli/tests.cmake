# End-to-end tests of the kgraph binary, run by ctest (included from tests/CMakeLists.txt).
#
#   cli     exit statuses and exact messages (usage.sh, bad_input.sh), no half-written outputs
#           (atomic_output.sh), inputs (inputs.sh), outputs (outputs.sh), kgraph cycles (cycles.sh), and
#           other tools on the real graph of the embedded examples (interop_real.sh, also label interop)
#   golden  kgraph build / kgraph cycles on the embedded examples, byte for byte against tests/golden/
#           (accept an intended change with tools/update-goldens.sh)
#   seeds   tools/seed_eval.sh on ../shared/seeds, with the acceptance thresholds (seeds_check.sh)
#
# Each CASE of a script is its own ctest test, cli_<case>; the scripts get the binary as
# $<TARGET_FILE:kgraph> and the case name, and exit 0 (pass), 1 (fail) or 77 (skip: a tool or ../shared
# is missing). Paths come from this file's directory, so the include site does not matter.

set(KGRAPH_CLI_DIR ${CMAKE_CURRENT_LIST_DIR})
set(KGRAPH_CLI_SHARED_DIR ${PROJECT_SOURCE_DIR}/../shared)
find_program(KGRAPH_BASH bash REQUIRED)

# Debian's own interpreter has python3-networkx and python3-igraph; a pyenv python3 on PATH usually not.
if(EXISTS /usr/bin/python3)
  set(KGRAPH_CLI_PYTHON /usr/bin/python3)
elseif(Python3_EXECUTABLE)
  set(KGRAPH_CLI_PYTHON ${Python3_EXECUTABLE})
else()
  set(KGRAPH_CLI_PYTHON python3)
endif()

set(KGRAPH_CLI_ENV
  "KGRAPH_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
  "KGRAPH_SHARED_DIR=${KGRAPH_CLI_SHARED_DIR}"
  "KGRAPH_VERSION=${PROJECT_VERSION}"
  "KGRAPH_PYTHON=${KGRAPH_CLI_PYTHON}")

# kgraph_cli_cases(SCRIPT LABELS l... CASES c...): one test cli_<case> per case of tests/cli/SCRIPT.
function(kgraph_cli_cases script)
  cmake_parse_arguments(C "" "" "LABELS;CASES" ${ARGN})
  foreach(case IN LISTS C_CASES)
    add_test(NAME cli_${case}
             COMMAND ${KGRAPH_BASH} ${KGRAPH_CLI_DIR}/${script} $<TARGET_FILE:kgraph> ${case})
    set_tests_properties(cli_${case} PROPERTIES
      LABELS "${C_LABELS}" SKIP_RETURN_CODE 77 ENVIRONMENT "${KGRAPH_CLI_ENV}" TIMEOUT 120)
  endforeach()
endfunction()

kgraph_cli_cases(usage.sh LABELS cli CASES
  help_exits_0
  version_prints_version
  help_build_equals_build_help
  cycles_help_exits_0
  no_args_exits_2
  unknown_command_exits_2
  unknown_build_option_exits_2
  unknown_cycles_option_exits_2
  flag_with_value_exits_2
  option_without_value_exits_2
  unknown_output_extension_exits_2
  unknown_format_exits_2
  page_refused_when_not_built_in
  max_cycle_length_1_exits_2
  cycles_needs_one_graph_exits_2
  cycles_unreadable_format_exits_2)

kgraph_cli_cases(bad_input.sh LABELS cli CASES
  invalid_utf8_text_file
  invalid_utf8_jsonl_record
  empty_text_file
  malformed_jsonl_line
  jsonl_record_without_text
  jsonl_record_not_an_object
  duplicate_ids_in_jsonl
  duplicate_ids_across_files
  missing_file
  directory_without_articles
  jsonl_with_only_blank_lines
  cycles_broken_json_graph
  cycles_empty_graph_file
  cycles_link_to_unknown_node
  cycles_missing_graph_file
  lexicon_breaks_schema
  rules_name_unknown_relation)

kgraph_cli_cases(atomic_output.sh LABELS cli CASES
  bad_input_creates_no_output
  bad_input_keeps_existing_output
  bad_article_after_good_ones_creates_no_output
  bad_input_writes_nothing_to_stdout
  missing_output_directory_exits_1
  output_path_is_a_directory_exits_1
  success_leaves_no_temporary_files)

kgraph_cli_cases(inputs.sh LABELS cli CASES
  directory_of_text_and_jsonl
  stdin_text
  stdin_jsonl
  stdin_jsonl_error_names_stdin
  no_input_reads_examples
  quiet_prints_nothing_on_stderr
  extra_lexicon_adds_an_entity)

kgraph_cli_cases(outputs.sh LABELS cli CASES
  json_to_stdout_without_output
  dot_to_stdout
  graphml_to_stdout
  several_outputs_in_one_run
  format_option_for_unknown_extension
  extension_is_case_insensitive
  min_confidence_filters_relations)

kgraph_cli_cases(cycles.sh LABELS cli CASES
  two_articles_table
  two_articles_json
  two_articles_in_cycle_edges
  max_length_validation
  max_length_limits_cycles
  denied_deal_breaks_cycle
  unit_folds_into_parent
  round_trip_build_json_cycles)

# Other tools on the real graph of the embedded examples (tests/interop does the same on a hand-built one).
set(KGRAPH_CLI_INTEROP_CASES graphml_xsd graphml_networkx graphml_igraph json_networkx dot_render counts_agree)
foreach(case IN LISTS KGRAPH_CLI_INTEROP_CASES)
  add_test(NAME cli_real_${case}
           COMMAND ${KGRAPH_BASH} ${KGRAPH_CLI_DIR}/interop_real.sh $<TARGET_FILE:kgraph> ${case})
  set_tests_properties(cli_real_${case} PROPERTIES
    LABELS "cli;interop" SKIP_RETURN_CODE 77 ENVIRONMENT "${KGRAPH_CLI_ENV}" TIMEOUT 120)
endforeach()

# Golden files: the whole pipeline on the embedded examples, byte for byte.
foreach(golden examples.json examples.cycles.txt)
  string(REPLACE "." "_" name "golden_${golden}")
  add_test(NAME ${name}
           COMMAND ${KGRAPH_BASH} ${PROJECT_SOURCE_DIR}/tests/golden/check.sh $<TARGET_FILE:kgraph> ${golden})
  set_tests_properties(${name} PROPERTIES LABELS golden TIMEOUT 120)
endforeach()

# The seed articles in ../shared, scored against their gold annotation (skipped without ../shared).
add_test(NAME seeds_eval COMMAND ${KGRAPH_BASH} ${KGRAPH_CLI_DIR}/seeds_check.sh $<TARGET_FILE:kgraph>)
set_tests_properties(seeds_eval PROPERTIES
  LABELS seeds SKIP_RETURN_CODE 77 ENVIRONMENT "${KGRAPH_CLI_ENV}" TIMEOUT 300)

kgraph_cli_cases(explain.sh LABELS cli CASES
  explain_shows_resolution_relations_and_rejections
  explain_needs_an_input)

# Graph readers and converters, queries, and the graph commands (one file each, see the files).
include(${CMAKE_CURRENT_LIST_DIR}/convert.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/query.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/graphcmd.cmake OPTIONAL)

# kgraph neo4j: Neo4j import files (neo4j.sh).
kgraph_cli_cases(neo4j.sh LABELS cli CASES
  neo4j_example_graph neo4j_refuses_a_full_directory neo4j_bad_graph neo4j_usage)

# Pictures drawn in-process with Graphviz (pictures.sh).
kgraph_cli_cases(pictures.sh LABELS cli CASES
  pictures_build_png_svg_pdf pictures_convert_and_english_labels pictures_bad_label_lang_exits_2
  pictures_unwritable_output_exits_1)
