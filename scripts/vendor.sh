#!/usr/bin/env bash
# Copies the browser libraries the app loads from node_modules/ (installed by `npm ci` from the
# committed package-lock.json) into static/vendor/, for `chronicle serve --static static/` (working on
# the app without rebuilding; the binary itself carries its own copy, see web/CMakeLists.txt). The
# copies are not committed (static/vendor/ is git-ignored); this script recreates them after every install.
set -euo pipefail
cd "$(dirname "$0")/.."

timeline=node_modules/vis-timeline
if [ ! -d "$timeline" ]; then
  echo "vendor.sh: $timeline is missing; run 'npm ci' first" >&2
  exit 1
fi

mkdir -p static/vendor
# The standalone ES module bundles vis-timeline with the vis-data DataSet and moment it needs.
cp "$timeline/standalone/esm/vis-timeline-graph2d.min.js" static/vendor/vis-timeline.js
# The plain-script build, inlined into the published web page (static/publish/).
cp "$timeline/standalone/umd/vis-timeline-graph2d.min.js" static/vendor/vis-timeline.umd.js
cp "$timeline/styles/vis-timeline-graph2d.min.css" static/vendor/vis-timeline.css
cp "$timeline/LICENSE.MIT.txt" static/vendor/vis-timeline.LICENSE.txt
