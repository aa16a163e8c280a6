# Interoperability tests (label `interop`): other tools must read what kgraph writes.
#
# sample_graph (a small executable over kgraph_lib) writes a hand-built graph as GraphML, DOT and JSON;
# the tests then run xmllint against the GraphML XSD in ../shared, NetworkX and igraph on the GraphML,
# networkx.node_link_graph on the JSON, and Graphviz on the DOT. A tool or Python module that is not
# installed, or a missing ../shared, makes its test SKIP (exit 77) instead of fail.
#
# Included from tests/CMakeLists.txt; paths are taken from this file's directory so the include site
# does not matter.

set(KGRAPH_INTEROP_DIR ${CMAKE_CURRENT_LIST_DIR})
set(KGRAPH_INTEROP_OUT ${CMAKE_CURRENT_BINARY_DIR}/interop)
set(KGRAPH_SHARED_DIR ${PROJECT_SOURCE_DIR}/../shared)

# Debian's own interpreter is the one with python3-networkx and python3-igraph; a pyenv or venv python3
# earlier on PATH usually has neither.
if(EXISTS /usr/bin/python3)
  set(KGRAPH_INTEROP_PYTHON /usr/bin/python3)
elseif(Python3_EXECUTABLE)
  set(KGRAPH_INTEROP_PYTHON ${Python3_EXECUTABLE})
else()
  set(KGRAPH_INTEROP_PYTHON python3)
endif()

add_executable(kgraph_sample_graph ${KGRAPH_INTEROP_DIR}/sample_graph.cpp)
target_link_libraries(kgraph_sample_graph PRIVATE kgraph_lib kgraph_options)

add_test(NAME interop_write_sample COMMAND kgraph_sample_graph ${KGRAPH_INTEROP_OUT})
set_tests_properties(interop_write_sample PROPERTIES FIXTURES_SETUP kgraph_interop_sample LABELS interop)

# JSON read back and written as GraphML must equal the GraphML written directly.
add_test(NAME interop_json_to_graphml_identical
         COMMAND ${CMAKE_COMMAND} -E compare_files
                 ${KGRAPH_INTEROP_OUT}/sample.graphml ${KGRAPH_INTEROP_OUT}/sample_from_json.graphml)

add_test(NAME interop_graphml_xsd
         COMMAND sh ${KGRAPH_INTEROP_DIR}/check_xsd.sh ${KGRAPH_SHARED_DIR}/graphml/graphml.xsd
                 ${KGRAPH_INTEROP_OUT}/sample.graphml ${KGRAPH_INTEROP_OUT}/sample_from_json.graphml)
add_test(NAME interop_graphml_networkx
         COMMAND ${KGRAPH_INTEROP_PYTHON} -B ${KGRAPH_INTEROP_DIR}/check_graphml.py networkx
                 ${KGRAPH_INTEROP_OUT}/sample.graphml)
add_test(NAME interop_graphml_igraph
         COMMAND ${KGRAPH_INTEROP_PYTHON} -B ${KGRAPH_INTEROP_DIR}/check_graphml.py igraph
                 ${KGRAPH_INTEROP_OUT}/sample.graphml)
add_test(NAME interop_json_networkx
         COMMAND ${KGRAPH_INTEROP_PYTHON} -B ${KGRAPH_INTEROP_DIR}/check_json.py ${KGRAPH_INTEROP_OUT}/sample.json)
add_test(NAME interop_dot_render
         COMMAND sh ${KGRAPH_INTEROP_DIR}/check_dot.sh ${KGRAPH_INTEROP_OUT}/sample.dot ${KGRAPH_INTEROP_OUT})

set_tests_properties(interop_json_to_graphml_identical interop_graphml_xsd interop_graphml_networkx
                     interop_graphml_igraph interop_json_networkx interop_dot_render
  PROPERTIES FIXTURES_REQUIRED kgraph_interop_sample LABELS interop SKIP_RETURN_CODE 77)

# GraphML that NetworkX and igraph write from kgraph's graphs reads back into the same graph
# (graphml_reader.h; check_readback.py): the sample graph, the real graph of the embedded examples, and
# an ASCII graph (ascii_graph.json: Debian 12's igraph cannot write Arabic) with an id kgraph escapes,
# parallel relations, an edge without evidence and amounts 100000000000 and 0.1.
add_test(NAME interop_write_examples
         COMMAND kgraph build -q -o ${KGRAPH_INTEROP_OUT}/examples.json)
set_tests_properties(interop_write_examples PROPERTIES
  FIXTURES_SETUP kgraph_interop_examples FIXTURES_REQUIRED kgraph_interop_sample LABELS interop)
foreach(readback networkx:sample networkx:examples networkx:ascii igraph:ascii)
  string(REPLACE ":" ";" parts ${readback})
  list(GET parts 0 tool)
  list(GET parts 1 graph)
  if(graph STREQUAL "ascii")
    set(graph_json ${KGRAPH_INTEROP_DIR}/ascii_graph.json)
  else()
    set(graph_json ${KGRAPH_INTEROP_OUT}/${graph}.json)
  endif()
  add_test(NAME interop_graphml_readback_${tool}_${graph}
           COMMAND ${KGRAPH_INTEROP_PYTHON} -B ${KGRAPH_INTEROP_DIR}/check_readback.py ${tool}
                   $<TARGET_FILE:kgraph> ${graph_json} ${KGRAPH_INTEROP_OUT}/readback_${tool}_${graph})
  set_tests_properties(interop_graphml_readback_${tool}_${graph} PROPERTIES
    FIXTURES_REQUIRED "kgraph_interop_sample;kgraph_interop_examples" LABELS interop SKIP_RETURN_CODE 77)
endforeach()

# examples/queries/networkx_queries.py gives the answers `kgraph query` gives, from the JSON and the GraphML.
add_test(NAME interop_networkx_queries
         COMMAND sh ${KGRAPH_INTEROP_DIR}/check_networkx_queries.sh $<TARGET_FILE:kgraph> ${KGRAPH_INTEROP_PYTHON}
                 ${PROJECT_SOURCE_DIR} ${KGRAPH_INTEROP_OUT}/networkx_queries)
set_tests_properties(interop_networkx_queries PROPERTIES LABELS interop SKIP_RETURN_CODE 77)

# GEXF 1.3 (gexf_writer.h) read by NetworkX's read_gexf (check_gexf.py): the sample graph, the real graph
# of the embedded examples and the ASCII graph (parallel relations, a symmetric one, an edge without
# evidence, a tab and a line break in sentences) keep every relation as its own edge, with typed
# attributes. xmllint checks well-formedness; there is no GEXF 1.3 XSD beside the project to validate with.
foreach(graph sample examples ascii)
  if(graph STREQUAL "ascii")
    set(graph_json ${KGRAPH_INTEROP_DIR}/ascii_graph.json)
  else()
    set(graph_json ${KGRAPH_INTEROP_OUT}/${graph}.json)
  endif()
  add_test(NAME interop_gexf_networkx_${graph}
           COMMAND ${KGRAPH_INTEROP_PYTHON} -B ${KGRAPH_INTEROP_DIR}/check_gexf.py
                   $<TARGET_FILE:kgraph> ${graph_json} ${KGRAPH_INTEROP_OUT}/gexf_${graph})
  set_tests_properties(interop_gexf_networkx_${graph} PROPERTIES
    FIXTURES_REQUIRED "kgraph_interop_sample;kgraph_interop_examples" LABELS interop SKIP_RETURN_CODE 77)
endforeach()
