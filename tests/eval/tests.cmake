# Tests of kgraph-eval (tools/eval), run by ctest (included from tests/CMakeLists.txt); label `eval`.
#
#   test_eval_scorer      the scorer's rules on hand-built graphs, and its name fold against values
#                         computed by kg_score.py (data/fold_cases.json)            (labels unit, eval)
#   eval_<case>           eval_cases.sh: the program on the tiny articles of data/tiny (exact report),
#                         floors, usage and located errors; and, when ../shared is beside the checkout,
#                         the same numbers as ../shared/eval/kg_score.py on graphs from `kgraph build`
#                         for the seeds and the tiny articles (skipped, 77, without ../shared)
#   devset_test_floor     kgraph-eval on tests/data/devset/test with --min-relation-f1 KGRAPH_DEVSET_FLOOR;
#                         registered only once tests/data/devset/test/gold.json exists (re-run cmake then)
#
# Paths come from this file's directory, so the include site does not matter.

set(KGRAPH_EVAL_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})
# The floor guards against regressions: it sits just under the F1 measured when it was last raised.
# Issue 3 asks for 0.80 on the test part; see the README for where extraction stands.
set(KGRAPH_DEVSET_FLOOR 0.75 CACHE STRING "Relation F1 that kgraph-eval must reach on tests/data/devset/test")

kgraph_add_test(test_eval_scorer SOURCES ${KGRAPH_EVAL_TEST_DIR}/test_eval_scorer.cpp LABELS unit eval)
target_link_libraries(test_eval_scorer PRIVATE kgraph_eval_core)
target_compile_definitions(test_eval_scorer PRIVATE KGRAPH_EVAL_DATA="${KGRAPH_EVAL_TEST_DIR}/data")

add_executable(eval_fold_dump ${KGRAPH_EVAL_TEST_DIR}/fold_dump.cpp)
target_link_libraries(eval_fold_dump PRIVATE kgraph_eval_core kgraph_lib kgraph_options)

if(EXISTS /usr/bin/python3)
  set(KGRAPH_EVAL_PYTHON /usr/bin/python3)
elseif(Python3_EXECUTABLE)
  set(KGRAPH_EVAL_PYTHON ${Python3_EXECUTABLE})
else()
  set(KGRAPH_EVAL_PYTHON python3)
endif()
find_program(KGRAPH_EVAL_BASH bash REQUIRED)

set(KGRAPH_EVAL_ENV
  "KGRAPH_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
  "KGRAPH_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared"
  "KGRAPH_BIN=$<TARGET_FILE:kgraph>"
  "KGRAPH_FOLD_DUMP=$<TARGET_FILE:eval_fold_dump>"
  "KGRAPH_PYTHON=${KGRAPH_EVAL_PYTHON}")

foreach(case IN ITEMS
    tiny_text_report
    tiny_quiet_prints_only_the_summary
    tiny_json_report
    floor_not_met_exits_1
    floors_met_exit_0
    broken_gold_json_is_located
    gold_value_of_wrong_type_is_located
    missing_article_is_located
    missing_articles_dir_exits_1
    usage_errors_exit_2
    help_exits_0
    seeds_match_kg_score
    tiny_matches_kg_score
    fold_matches_kg_score)
  add_test(NAME eval_${case}
           COMMAND ${KGRAPH_EVAL_BASH} ${KGRAPH_EVAL_TEST_DIR}/eval_cases.sh $<TARGET_FILE:kgraph_eval> ${case})
  set_tests_properties(eval_${case} PROPERTIES
    LABELS eval SKIP_RETURN_CODE 77 ENVIRONMENT "${KGRAPH_EVAL_ENV}" TIMEOUT 300)
endforeach()

# The held-out devset floor. Another engineer is writing the gold file; until it exists there is no test.
set(KGRAPH_DEVSET_TEST_DIR ${PROJECT_SOURCE_DIR}/tests/data/devset/test)
if(EXISTS ${KGRAPH_DEVSET_TEST_DIR}/gold.json)
  add_test(NAME devset_test_floor
           COMMAND $<TARGET_FILE:kgraph_eval> --gold ${KGRAPH_DEVSET_TEST_DIR}/gold.json ${KGRAPH_DEVSET_TEST_DIR}
                   --min-relation-f1 ${KGRAPH_DEVSET_FLOOR})
  set_tests_properties(devset_test_floor PROPERTIES LABELS eval TIMEOUT 600)
endif()
