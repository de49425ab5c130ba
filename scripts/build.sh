#!/usr/bin/env bash
# Configures and builds Chronicle in Release into build/ (incremental: a second run rebuilds only
# what changed). Extra arguments go to cmake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${CHRONICLE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
