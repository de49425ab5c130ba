#!/usr/bin/env bash
# Command (2) of the README: installs what is missing, then runs every check CI relies on:
#   1. the whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (scripts/sanitize.sh),
#   2. a bounded run of every libFuzzer target from its seed corpus (scripts/fuzz-smoke.sh),
#   3. the whole suite in Release: unit, end-to-end and browser tests (ctest).
# Exits non-zero on the first failure. CHRONICLE_QUICK=1 runs only step 3.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [ -z "${CHRONICLE_QUICK:-}" ]; then
  bash scripts/sanitize.sh
  FUZZ_SECONDS=${FUZZ_SECONDS:-20} bash scripts/fuzz-smoke.sh
fi
bash scripts/build.sh -DCHRONICLE_TESTS=ON
cd build
ctest --output-on-failure -j2 --timeout 900
