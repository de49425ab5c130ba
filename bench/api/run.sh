#!/bin/sh
# Load test of the HTTP API on loopback: windowed /api/events (one-month windows, 50 events a
# page) and /api/histogram (one-year windows, 52 buckets) at random places in 1996-2025, with wrk.
#   bench/api/run.sh DB [SECONDS] [CONNECTIONS]
# CHRONICLE=path/to/chronicle to use another build (default build/cli/chronicle).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
db=${1:?usage: run.sh DB [SECONDS] [CONNECTIONS]}
seconds=${2:-30}
connections=${3:-8}
chronicle=${CHRONICLE:-build/cli/chronicle}

log=$(mktemp)
"$chronicle" serve --db "$db" --port 0 --static "$here" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q Serving "$log" && break; sleep 0.2; done
url=$(sed -n 's/^Serving //p' "$log")
[ -n "$url" ] || { cat "$log"; exit 1; }

for endpoint in events histogram; do
  echo "== /api/$endpoint  ($seconds s, $connections connections, 2 wrk threads)"
  ENDPOINT=$endpoint wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/windows.lua" "$url" |
    grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors"
done
