# Runs `npm ci` in DIR (package.json and package-lock.json already copied there) and touches STAMP.
# A failure (no network, a TLS proxy npm does not trust, no registry) does not fail the build: it is
# reported as a warning, and what needed the packages is left out (the interactive page says so when
# asked for; the browser tests skip). Run by the build; see CMakeLists.txt and tests/html/tests.cmake.
execute_process(
  COMMAND "${NPM}" ci --prefix "${DIR}" --ignore-scripts --no-audit --no-fund --loglevel=error
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  string(STRIP "${err}" err)
  message(WARNING "npm ci in ${DIR} failed (${rc}): ${WHAT} is left out of this build.\n${err}\n"
                  "Fix the registry access and rebuild, or see README 'Build options' for building offline.")
  file(REMOVE_RECURSE "${DIR}/node_modules")
endif()
file(TOUCH "${STAMP}")
