#!/bin/sh
# The server's CPU time per request under wrk (user + system, from /proc/PID/stat), which other
# load on a shared machine does not change the way it changes requests per second. Run it
# alternately for two builds to compare them.
#   bench/api/cpu.sh DB events|histogram [SECONDS]
# CHRONICLE=path/to/chronicle to use another build (default build/cli/chronicle).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
db=${1:?usage: cpu.sh DB events|histogram [SECONDS]}
endpoint=${2:?usage: cpu.sh DB events|histogram [SECONDS]}
seconds=${3:-10}
chronicle=${CHRONICLE:-build/cli/chronicle}

log=$(mktemp)
"$chronicle" serve --db "$db" --port 0 --static "$here" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q Serving "$log" && break; sleep 0.2; done
url=$(sed -n 's/^Serving //p' "$log")
[ -n "$url" ] || { cat "$log"; exit 1; }
ticks_per_second=$(getconf CLK_TCK)
before=$(awk '{print $14 + $15}' /proc/$server/stat)
requests=$(ENDPOINT=$endpoint wrk -t2 -c8 -d"${seconds}s" -s "$here/windows.lua" "$url" |
  sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
after=$(awk '{print $14 + $15}' /proc/$server/stat)
echo "/api/$endpoint: $requests requests in $seconds s, $(( (after - before) * 1000000 / ticks_per_second / requests )) us CPU per request"
