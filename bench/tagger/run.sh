#!/usr/bin/env bash
# Tagger throughput benchmark: `chronicle tag --jsonl` against chrono-node on the same texts with
# the same reference dates, one core each, plus chronicle's peak memory at two input sizes.
# See bench/README.md. Settings (environment):
#   CHRONICLE   the binary (default: build/cli/chronicle, as scripts/build.sh makes it)
#   ENGINE      the engine-only timer (default: build/bench/tagger/tagger_engine_bench, built here
#               with `cmake --build build --target tagger_engine_bench` when missing)
#   CORPUS      folder of TimeML files whose texts are repeated (default: ../shared/corpora/meantime-en)
#   SMALL_MB    size of the small input in MB of text (default 10)
#   BIG_MB      size of the large input in MB of text (default 50)
#   CPU         the core both run on (default 0)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chronicle=${CHRONICLE:-$root/build/cli/chronicle}
engine=${ENGINE:-$root/build/bench/tagger/tagger_engine_bench}
corpus=${CORPUS:-$root/../shared/corpora/meantime-en}
small_mb=${SMALL_MB:-10}
big_mb=${BIG_MB:-50}
cpu=${CPU:-0}

[[ -x $chronicle ]] || { echo "run.sh: no chronicle binary at $chronicle (run scripts/build.sh or set CHRONICLE)" >&2; exit 1; }
[[ -d $corpus ]] || { echo "run.sh: no corpus folder $corpus (set CORPUS)" >&2; exit 1; }
if [[ ! -x $engine && -z ${ENGINE:-} ]]; then
  cmake --build "$root/build" --target tagger_engine_bench -j2 >/dev/null
fi
[[ -x $engine ]] || { echo "run.sh: no engine benchmark at $engine (set ENGINE)" >&2; exit 1; }
if [[ ! -d $here/node_modules/chrono-node ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Texts are generated here from the shared corpus, never stored in the repository.
node "$here/make_corpus.mjs" "$corpus" "$work/small.jsonl" "$small_mb" >"$work/small.info"
node "$here/make_corpus.mjs" "$corpus" "$work/big.jsonl" "$big_mb" >"$work/big.info"
field() { node -e "process.stdout.write(String(JSON.parse(require('fs').readFileSync('$1','utf8')).$2))"; }

# Runs chronicle on one input; prints "cpu_seconds peak_rss_kb" (CPU time, user + system, so that
# other load on a shared machine does not count) and checks that every request was answered.
run_chronicle() {
  local input=$1
  /usr/bin/time -f '%U %S %M' -o "$work/time" taskset -c "$cpu" "$chronicle" tag --jsonl "$input" >"$work/out.jsonl"
  local requests answers errors
  requests=$(wc -l <"$input")
  answers=$(wc -l <"$work/out.jsonl")
  errors=$(grep -c '"error":' "$work/out.jsonl" || true)
  if [[ $requests != "$answers" || $errors != 0 ]]; then
    echo "run.sh: $requests requests gave $answers answers and $errors errors" >&2
    exit 1
  fi
  awk '{ print $1 + $2, $3 }' "$work/time"
}

read -r small_seconds small_rss < <(run_chronicle "$work/small.jsonl")
read -r big_seconds big_rss < <(run_chronicle "$work/big.jsonl")
ours_timexes=$(grep -o '"begin":' "$work/out.jsonl" | wc -l)
taskset -c "$cpu" node "$here/chrono_bench.mjs" "$work/big.jsonl" >"$work/chrono.json"
# The engine alone, timed like chrono-node: requests decoded first, only the tag() calls counted.
taskset -c "$cpu" "$engine" "$work/big.jsonl" 3 >"$work/engine.json"

big_bytes=$(field "$work/big.info" text_bytes)
chrono_seconds=$(field "$work/chrono.json" seconds)
chrono_found=$(field "$work/chrono.json" found)
engine_seconds=$(field "$work/engine.json" seconds)
engine_found=$(field "$work/engine.json" found)
chrono_version=$(node -p "require('$here/node_modules/chrono-node/package.json').version")

awk -v bytes="$big_bytes" -v lines="$(field "$work/big.info" lines)" \
    -v ours="$big_seconds" -v theirs="$chrono_seconds" -v engine="$engine_seconds" -v engine_found="$engine_found" -v found="$ours_timexes" -v chrono_found="$chrono_found" \
    -v small_mb="$small_mb" -v small_rss="$small_rss" -v big_rss="$big_rss" -v version="$chrono_version" -v cpu="$cpu" '
  BEGIN {
    mb = bytes / 1e6
    printf "input: %.1f MB of text in %d requests (meantime-en texts repeated), one core (cpu %s)\n", mb, lines, cpu
    printf "%-24s %8s       %7s CPU   %8s\n", "", "", "", "found"
    printf "%-24s %8.2f MB/s  %7.2f s  %8d expressions\n", "chronicle tag --jsonl", mb / ours, ours, found
    printf "%-24s %8.2f MB/s  %7.2f s  %8d expressions\n", "chronicle engine only", mb / engine, engine, engine_found
    printf "%-24s %8.2f MB/s  %7.2f s  %8d expressions\n", "chrono-node " version, mb / theirs, theirs, chrono_found
    printf "%-24s %8.1fx whole process, %.1fx engine only (timed as chrono-node is)\n", "ratio", theirs / ours, theirs / engine
    printf "chronicle peak RSS: %.1f MB at %s MB input, %.1f MB at %.0f MB input\n", small_rss / 1024, small_mb, big_rss / 1024, mb
  }'
