#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang-14 (ASan + UBSan) into build-fuzz/ and runs each
# one for a bounded time, starting from its seed corpus in fuzz/corpus/. Fails on the first crash,
# sanitizer report, timeout, out-of-memory or broken promise, and prints how to replay the input.
#   FUZZ_SECONDS=30        seconds per target (default 30)
#   FUZZ_TARGETS="a b"     only these targets (default: all of them)
#   FUZZ_SEED=1            libFuzzer's random seed: fixed, so that a CI failure can be replayed
#   FUZZ_NO_BUILD=1        run the programs already built, without configuring or building
#   CHRONICLE_FUZZ_BUILD_DIR=build-fuzz
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-30}
build_dir=${CHRONICLE_FUZZ_BUILD_DIR:-build-fuzz}
all_targets="fuzz_text fuzz_tag fuzz_load_text fuzz_load_html fuzz_load_json fuzz_load_jsonl fuzz_load_rss
             fuzz_load_atom fuzz_load_timeml fuzz_load_detect fuzz_timeml fuzz_tag_jsonl fuzz_events fuzz_syntax fuzz_event_query fuzz_api
             fuzz_request_gate fuzz_json_check"
targets=${FUZZ_TARGETS:-$all_targets}

if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S fuzz -B "$build_dir" >/dev/null
  # shellcheck disable=SC2086
  cmake --build "$build_dir" -j"$(nproc)" --target $targets
fi

# The dictionary that suits each target's input: words for text, markup for XML and HTML, JSON.
dictionary_for() {
  case "$1" in
    fuzz_load_json | fuzz_load_jsonl | fuzz_tag_jsonl | fuzz_json_check) echo fuzz/dicts/json.dict ;;
    fuzz_request_gate) echo fuzz/dicts/http.dict ;;
    fuzz_load_html | fuzz_load_rss | fuzz_load_atom | fuzz_load_timeml | fuzz_load_detect | fuzz_timeml) echo fuzz/dicts/markup.dict ;;
    *) echo fuzz/dicts/temporal.dict ;;
  esac
}

mkdir -p "$build_dir/artifacts" "$build_dir/logs"
printf '%-20s %12s %10s %8s\n' target executions exec/s corpus
for target in $targets; do
  seeds="fuzz/corpus/${target#fuzz_}"
  work="$build_dir/corpus/$target"  # new inputs go here, never into the committed seeds
  log="$build_dir/logs/$target.log"
  mkdir -p "$work"
  if ! "$build_dir/$target" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
      -dict="$(dictionary_for "$target")" -artifact_prefix="$build_dir/artifacts/$target-" \
      -print_final_stats=1 "$work" "$seeds" >"$log" 2>&1; then
    echo "FAILED: $target (log: $log)" >&2
    grep -v -e '^#' -e 'NEW_FUNC' -e '^INFO' "$log" | tail -n 60 >&2
    echo "replay: $build_dir/$target $build_dir/artifacts/$target-*" >&2
    exit 1
  fi
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  per_second=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  printf '%-20s %12s %10s %8s\n' "$target" "$executions" "$per_second" "$(find "$work" -type f | wc -l)"
done
