#!/usr/bin/env python3
"""What hostile clients cost `chronicle serve` on loopback, measured from outside (docs/security.md).

    bench/api/hostile.py CHRONICLE DB [flood|gzip|drip16|drip72|drip200...]

Starts CHRONICLE serve on DB (port 0) and measures, each on a fresh server:
  flood   one request head with 2,000,000 small headers: the server's peak memory (VmHWM)
  gzip    a 30 MiB body announced with Content-Encoding: gzip: the answer and how long it took
  drip    N clients sending a request head one byte a second (N = 16, 72 and 200; the server
          has 64 workers): how long a fresh GET then waits
Only 127.0.0.1; every loop is bounded in count and time.
"""
import re
import socket
import subprocess
import sys
import threading
import time


def start(binary, db):
    server = subprocess.Popen([binary, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    line = server.stdout.readline()
    port = int(re.search(r":(\d+)$", line.strip()).group(1))
    return server, port


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def get(port, target="/api/events?limit=5", timeout=30):
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while True:
            try:
                data = s.recv(65536)
            except socket.timeout:
                break
            if not data:
                break
            answer += data
    return answer[:12].decode(errors="replace"), time.monotonic() - start


def flood(port, pid):
    before = status_kb(pid, "VmHWM")
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(f"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode())
        block = "".join(f"X-{i}: 1\r\n" for i in range(10000)).encode()
        try:
            for _ in range(200):
                s.sendall(block)
            s.sendall(b"\r\n")
            answer = s.recv(100)
        except OSError as error:
            answer = str(error).encode()
    took = time.monotonic() - start
    print(f"flood: 2,000,000 headers ({200 * len(block) / 1e6:.0f} MB) answered {answer[:12]!r} in {took:.1f} s; "
          f"peak memory {before / 1024:.0f} -> {status_kb(pid, 'VmHWM') / 1024:.0f} MB")


def gzip(port, pid):
    before = status_kb(pid, "VmHWM")
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall((f"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Chronicle-Request: 1\r\n"
                   "Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 31457280\r\n\r\n").encode())
        try:
            answer = s.recv(100)
        except socket.timeout:
            answer = b"(no answer: waiting for the body)"
    print(f"gzip: head of a 30 MiB gzip body answered {answer[:12]!r} in {time.monotonic() - start:.3f} s; "
          f"peak memory {before / 1024:.0f} -> {status_kb(pid, 'VmHWM') / 1024:.0f} MB")


def drip(port, count):
    clients = []
    for _ in range(count):
        c = socket.create_connection(("127.0.0.1", port), timeout=5)
        c.sendall(b"G")
        clients.append(c)
    stop = threading.Event()

    def keep_dripping():  # one more byte from every client each second, for at most 30 s
        for _ in range(30):
            if stop.wait(1):
                return
            for c in clients:
                try:
                    c.sendall(b"E")
                except OSError:
                    pass

    dripper = threading.Thread(target=keep_dripping)
    dripper.start()
    time.sleep(3)
    code, waited = get(port, timeout=15)
    stop.set()
    dripper.join()
    for c in clients:
        c.close()
    print(f"drip: {count} clients sending a request head a byte a second; a fresh GET got {code!r} "
          f"after {waited:.1f} s")


def main():
    binary, db = sys.argv[1], sys.argv[2]
    measures = sys.argv[3:] or ["flood", "gzip", "drip16", "drip72", "drip200"]
    for measure in measures:
        server, port = start(binary, db)
        try:
            if measure == "flood":
                flood(port, server.pid)
            elif measure == "gzip":
                gzip(port, server.pid)
            else:
                drip(port, int(measure[4:]))
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
