#!/usr/bin/env bash
# Ingest at archive scale: articles/s, database size against input size, peak memory, and the
# cost per article at each size against the smallest (1.0 = linear). Each size is a fresh
# archive in random publication order (make_archive.py), loaded by one `chronicle ingest`.
#   SIZES="10000 100000"   archive sizes (articles)
#   LONG=1                 filler repeats per sentence (3-5 makes articles as long as real news)
#   JOBS=                  --jobs for chronicle ingest (default: all cores)
#   CHRONICLE=build/cli/chronicle
set -euo pipefail
cd "$(dirname "$0")/../.."
chronicle=${CHRONICLE:-build/cli/chronicle}
sizes=${SIZES:-"10000 100000"}
long=${LONG:-1}
jobs=${JOBS:+--jobs $JOBS}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%10s %10s %12s %10s %10s %8s %10s %8s\n' articles seconds articles/s input_MB db_MB db/input peak_MB cost
base=""
for n in $sizes; do
  python3 bench/ingest/make_archive.py "$n" "$work/in.jsonl" --long "$long"
  rm -f "$work/x.db" "$work/x.db-wal" "$work/x.db-shm"
  /usr/bin/time -f '%e %M' -o "$work/time" "$chronicle" ingest --quiet $jobs --db "$work/x.db" "$work/in.jsonl" \
    2> "$work/log" || { cat "$work/log"; exit 1; }
  read -r seconds kb < "$work/time"
  input=$(stat -c %s "$work/in.jsonl")
  db=$(du -cb "$work"/x.db* | tail -1 | cut -f1)
  per=$(echo "$seconds / $n" | bc -l)
  [ -z "$base" ] && base=$per
  printf '%10d %10.1f %12.0f %10.1f %10.1f %8.1f %10.0f %8.2f\n' "$n" "$seconds" "$(echo "$n / $seconds" | bc -l)" \
    "$(echo "$input / 1048576" | bc -l)" "$(echo "$db / 1048576" | bc -l)" "$(echo "$db / $input" | bc -l)" \
    "$(echo "$kb / 1024" | bc -l)" "$(echo "$per / $base" | bc -l)"
done
