#!/usr/bin/env bash
# Command (2) of the README: installs what is missing, builds everything in Release and runs the
# whole test suite (unit, end-to-end and browser tests) with ctest. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DCHRONICLE_TESTS=ON
cd build
ctest --output-on-failure -j2 --timeout 900
