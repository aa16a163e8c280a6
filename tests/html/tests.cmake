# Browser tests of the interactive page (label `browser`): kgraph writes a page, and page_test.mjs drives
# it in Debian's Chromium through playwright-core (installed here from tests/html/package-lock.json into
# the build tree; no browser is downloaded). Without Chromium the tests SKIP (exit 77); tools/test.sh
# installs it, so CI runs them.
#
# Included from tests/CMakeLists.txt.

set(KGRAPH_HTML_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})
set(KGRAPH_HTML_TEST_OUT ${CMAKE_CURRENT_BINARY_DIR}/html)
find_program(KGRAPH_NODE node)
find_program(KGRAPH_BASH_FOR_HTML bash REQUIRED)

if(NOT KGRAPH_HTML OR NOT KGRAPH_NODE OR NOT NPM_EXECUTABLE)
  # Said once in the test log rather than silently dropped.
  add_test(NAME browser_page_examples COMMAND sh -c
           "echo 'SKIP: the page is not built (KGRAPH_HTML=OFF) or node/npm are missing'; exit 77")
  set_tests_properties(browser_page_examples PROPERTIES LABELS browser SKIP_RETURN_CODE 77)
  return()
endif()

kgraph_npm_ci(${KGRAPH_HTML_TEST_DIR} ${KGRAPH_HTML_TEST_OUT} "playwright-core (the browser tests will skip)"
              "Installing playwright-core for the browser tests (tests/html/package-lock.json)")
add_custom_target(kgraph_page_test_deps ALL DEPENDS ${KGRAPH_HTML_TEST_OUT}/npm.stamp)

set(KGRAPH_PAGE_TEST ${KGRAPH_BASH_FOR_HTML} ${KGRAPH_HTML_TEST_DIR}/run_page_test.sh $<TARGET_FILE:kgraph>
    ${KGRAPH_HTML_TEST_OUT}/node_modules ${KGRAPH_HTML_TEST_OUT})
add_test(NAME browser_page_examples COMMAND ${KGRAPH_PAGE_TEST} examples)
add_test(NAME browser_page_seeds COMMAND ${KGRAPH_PAGE_TEST} seeds ${PROJECT_SOURCE_DIR}/../shared/seeds)
set_tests_properties(browser_page_examples browser_page_seeds PROPERTIES
  LABELS browser SKIP_RETURN_CODE 77 TIMEOUT 120 RESOURCE_LOCK chromium)
