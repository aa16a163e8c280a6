#!/bin/sh
# check_xsd.sh SCHEMA FILE... - validates GraphML files against the GraphML XSD with xmllint.
# The schema lives in ../shared beside the repository; without it (or without xmllint) the test is
# skipped (exit 77, ctest's SKIP_RETURN_CODE) rather than run against a stale copy.
schema=$1
shift
if [ ! -f "$schema" ]; then
  echo "SKIP: ../shared not found ($schema)"
  exit 77
fi
if ! command -v xmllint >/dev/null 2>&1; then
  echo "SKIP: xmllint not installed"
  exit 77
fi
xmllint --noout --nonet --schema "$schema" "$@"
