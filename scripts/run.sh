#!/usr/bin/env bash
# Command (1) of the README: installs what is missing, builds, loads sample_data/ into the default
# database (articles already stored are skipped) and serves the timeline on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DCHRONICLE_TESTS=OFF
mkdir -p data
./build/cli/chronicle ingest --db data/chronicle.db sample_data/ || echo "Some sample files did not load (see above); serving the rest."
exec ./build/cli/chronicle serve --db data/chronicle.db --host "${CHRONICLE_HOST:-127.0.0.1}" --port "${CHRONICLE_PORT:-8080}"
