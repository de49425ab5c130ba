#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (CHRONICLE_SANITIZE=ON) into
# build-asan/ with clang-14 and runs the whole ctest suite under it. Any sanitizer report fails the
# test that triggered it, and so this script. Extra arguments go to ctest (e.g. -R hostile).
#   CHRONICLE_ASAN_BUILD_DIR=build-asan
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${CHRONICLE_ASAN_BUILD_DIR:-build-asan}

# clang rather than gcc: gcc 12 with -fsanitize=address floods the build with false
# -Wmaybe-uninitialized warnings from <regex> inside Catch2.
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCHRONICLE_SANITIZE=ON -DCHRONICLE_TESTS=ON >/dev/null
cmake --build "$build_dir" -j"$(nproc)"

# Leaks count as failures; stacks are printed for undefined behaviour, which also stops the program.
export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Tests that cannot run under the sanitizers, each with its reason (none so far):
excluded=""
cd "$build_dir"
if [ -n "$excluded" ]; then
  ctest --output-on-failure -j"$(nproc)" --timeout 1800 -E "$excluded" "$@"
else
  ctest --output-on-failure -j"$(nproc)" --timeout 1800 "$@"
fi
