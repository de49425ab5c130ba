#!/usr/bin/env bash
# The syntax model's speed on one core, against Link Grammar (Debian's link-parser, the one English
# parser packaged for Debian 12) on the same sentences in the same run.
#   bench/syntax/run.sh [TREEBANK.conllu...]      (default: ../shared/treebanks/en_ewt-test.conllu)
#   BUILD=build  SENTENCES=300 (how many sentences link-parser gets: it takes tens of ms each)
# Needs a Release build with the bench target (cmake --build build --target syntax_bench) and, for the
# peer, `apt-get install link-grammar`.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD:-build}
sentences=${SENTENCES:-300}
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(../shared/treebanks/en_ewt-test.conllu)
cmake --build "$build" --target syntax_bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "chronicle (tag + parse + entities, gold words, one thread):"
taskset -c 0 "$build/bench/syntax/syntax_bench" "${files[@]}"

if ! command -v link-parser >/dev/null; then
  echo "link-parser not installed (apt-get install link-grammar): no peer figure"
  exit 0
fi
# The first N sentences of the first file, as text, and their word count in the treebank.
awk -v n="$sentences" '/^# text = /{ if (++count > n) exit; sub(/^# text = /, ""); print }' "${files[0]}" > "$work/text"
words=$(awk -v n="$sentences" '/^# text = /{ if (++count > n) exit } /^[0-9]+\t/{ words++ } END { print words }' "${files[0]}")
start=$(date +%s.%N)
taskset -c 0 link-parser -graphics=0 -verbosity=0 -timeout=10 < "$work/text" > /dev/null 2>&1 || true
end=$(date +%s.%N)
awk -v w="$words" -v s="$start" -v e="$end" -v n="$sentences" 'BEGIN {
  printf "link-parser (link-grammar 5.12, first %d sentences, %d words): %.1f s, %.0f words/s\n", n, w, e - s, w / (e - s) }'
