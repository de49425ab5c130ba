#!/usr/bin/env bash
# Ingest at archive scale: articles/s, database size against input size, peak memory, and the
# cost per article at each size against the smallest (1.0 = linear). Rates are given per wall
# second and per CPU second (user + system, all threads): the machine may be shared, and waiting
# for a core is not the ingest's cost. Each size is a fresh
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
printf '%9s %8s %8s %10s %10s %9s %8s %8s %8s %8s\n' articles wall_s cpu_s art/wall_s art/cpu_s input_MB db_MB db/input peak_MB cost
base=""
for n in $sizes; do
  python3 bench/ingest/make_archive.py "$n" "$work/in.jsonl" --long "$long"
  rm -f "$work/x.db" "$work/x.db-wal" "$work/x.db-shm"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$chronicle" ingest --quiet --max-size 4096 $jobs --db "$work/x.db" "$work/in.jsonl" \
    2> "$work/log" || { cat "$work/log"; exit 1; }
  read -r seconds user sys kb < "$work/time"
  cpu=$(echo "$user + $sys" | bc -l)
  input=$(stat -c %s "$work/in.jsonl")
  db=$(du -cb "$work"/x.db* | tail -1 | cut -f1)
  per=$(echo "$cpu / $n" | bc -l)
  [ -z "$base" ] && base=$per
  printf '%9d %8.1f %8.1f %10.0f %10.0f %9.1f %8.1f %8.1f %8.0f %8.2f\n' "$n" "$seconds" "$cpu" \
    "$(echo "$n / $seconds" | bc -l)" "$(echo "$n / $cpu" | bc -l)" \
    "$(echo "$input / 1048576" | bc -l)" "$(echo "$db / 1048576" | bc -l)" "$(echo "$db / $input" | bc -l)" \
    "$(echo "$kb / 1024" | bc -l)" "$(echo "$per / $base" | bc -l)"
done
