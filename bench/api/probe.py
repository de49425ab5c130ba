#!/usr/bin/env python3
"""probe.py CHRONICLE DB: sequential latencies (one client, Python's urllib, so about 0.3 ms of its
own per request) of the pages the timeline asks for, when wrk is not at hand or to compare two
builds on databases of the same archive: /api/events month windows (50 a page), /api/histogram
year windows (52 buckets), q= with a common and a rarer word, and year pages of 500 events.
Windows are drawn at random (seed 7) over 1995-2025, the span of bench/ingest's archives."""
import random
import re
import subprocess
import sys
import time
import urllib.request

binary, db = sys.argv[1], sys.argv[2]
server = subprocess.Popen([binary, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
url = None
for _ in range(100):
    found = re.search(r"Serving (\S+)", server.stdout.readline())
    if found:
        url = found.group(1).rstrip("/")
        break
if not url:
    sys.exit("the server did not start")
rnd = random.Random(7)


def run(name, paths):
    times = []
    for path in paths:
        start = time.perf_counter()
        with urllib.request.urlopen(url + path) as answer:
            answer.read()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{name:24s} n={len(times):3d}  p50 {times[len(times) // 2]:6.2f} ms  "
          f"p90 {times[int(len(times) * .9)]:6.2f} ms  p99 {times[int(len(times) * .99)]:6.2f} ms")


months = [f"{rnd.randint(1995, 2025)}-{rnd.randint(1, 12):02d}" for _ in range(400)]
years = [str(rnd.randint(1995, 2025)) for _ in range(200)]
run("events month window", [f"/api/events?from={m}&to={m}&limit=50" for m in months])
run("histogram year", [f"/api/histogram?from={y}&to={y}&buckets=52" for y in years])
run("q=acquired (common)", ["/api/events?q=acquired&limit=50"] * 100)
run("q=Tromso (rarer)", ["/api/events?q=Tromso&limit=50"] * 100)
run("year page of 500", [f"/api/events?from={y}&to={y}&limit=500" for y in years[:50]])
server.terminate()
server.wait()
