#!/bin/sh
# Load test of the HTTP API on loopback, with wrk: windowed /api/events (one-month windows, 50
# events a page) and /api/histogram (one-year windows, 52 buckets) at random places in 1996-2025,
# and /api/events?q= with the word found in the most event headlines that is not a stop word
# (bench/api/common_word.py), over the whole range.
#   bench/api/run.sh DB [SECONDS] [CONNECTIONS]
# CHRONICLE=path/to/chronicle to use another build (default build/cli/chronicle). The server may
# upgrade the database's schema in place: give it a copy.
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
for _ in $(seq 600); do grep -q Serving "$log" && break; sleep 0.5; done  # an upgrade may come first
url=$(sed -n 's/^Serving //p' "$log")
[ -n "$url" ] || { cat "$log"; exit 1; }

echo "== database: $(sqlite3 -readonly "$db" 'SELECT (SELECT COUNT(*) FROM events) || " events, " || (SELECT COUNT(*) FROM mentions) || " mentions, " || (SELECT COUNT(*) FROM articles) || " articles"' 2>/dev/null || echo '?'), $(du -h "$db" | cut -f1)"
set -- $(python3 "$here/common_word.py" "$db")
word=$1
echo "== q=$word (in $2 event headlines): single requests, whole range, 50 a page (curl, ms)"
for _ in 1 2 3 4 5; do
  curl -s -o /dev/null -w '%{time_total}\n' "$url/api/events?q=$word&limit=50"
done | awk '{printf "%.1f ", $1 * 1000} END {print ""}'

for endpoint in events histogram search; do
  echo "== $endpoint  ($seconds s, $connections connections, 2 wrk threads)"
  WORD=$word ENDPOINT=$endpoint wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/windows.lua" "$url" |
    grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors"
done
