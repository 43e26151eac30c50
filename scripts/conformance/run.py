#!/usr/bin/env python3
"""Run the conformance checker in headless Chromium and save what every realm found.

Serves this directory on http://127.0.0.1 (a secure context, so [SecureContext] members and
service workers are there), with the manifest at /manifest.json: the probes of probes.json
first, then the lookups of `idlbind manifest`. Chromium loads check.html, which checks the
lookups in the window and in a dedicated, a shared and a service worker and POSTs the results
to /results. Standard library only.

Exit status: 0 when the results came back, 2 otherwise.
"""

import argparse
import http.server
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# As root Chromium needs --no-sandbox; the network flags stop it from calling Google's hosts.
# SwiftShader gives WebGL (and so the WebGL extension objects) without a GPU.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--no-first-run",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--probes", default=os.path.join(HERE, "probes.json"))
    parser.add_argument("--out", required=True, help="where to write the results (JSON)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds")
    args = parser.parse_args()

    with open(args.manifest, encoding="utf-8") as f:
        lookups = json.load(f)["lookups"]
    with open(args.probes, encoding="utf-8") as f:
        probes = json.load(f)["probes"]
    served = json.dumps({"lookups": [p["lookup"] for p in probes] + lookups}).encode()

    done = threading.Event()
    received = {}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=HERE, **kw)

        def do_GET(self):
            if self.path.split("?")[0] == "/manifest.json":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(served)))
                self.end_headers()
                self.wfile.write(served)
                return
            super().do_GET()

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(204)
            self.end_headers()
            if self.path == "/results":
                received["body"] = body
                done.set()

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def log_message(self, *a):
            pass

    # JavaScript modules must be served as JavaScript.
    Handler.extensions_map = {**Handler.extensions_map, ".js": "text/javascript"}

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/check.html"

    status = 2
    with tempfile.TemporaryDirectory(prefix="conformance-") as profile:
        command = [args.chromium, *CHROMIUM_ARGS, f"--user-data-dir={profile}", url]
        log_path = os.path.join(profile, "chromium.log")
        with open(log_path, "w") as log:
            # Its own process group, so that its helper processes end with it.
            browser = subprocess.Popen(
                command, stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True
            )
        try:
            start = time.monotonic()
            while not done.wait(0.5):
                if browser.poll() is not None:
                    print(f"chromium exited with {browser.returncode}", file=sys.stderr)
                    break
                if time.monotonic() - start > args.timeout:
                    print(f"no results after {args.timeout:.0f} s", file=sys.stderr)
                    break
            if done.is_set():
                results = json.loads(received["body"])
                if "fatal" in results:
                    print(f"the checker page failed: {results['fatal']}", file=sys.stderr)
                else:
                    results["probes"] = len(probes)
                    with open(args.out, "w", encoding="utf-8") as f:
                        json.dump(results, f)
                    status = 0
        finally:
            stop(browser)
            server.shutdown()
            if status != 0:
                with open(log_path, encoding="utf-8", errors="replace") as f:
                    tail = f.read()[-3000:]
                print(f"chromium's log (end):\n{tail}", file=sys.stderr)
    return status


def stop(browser):
    """Ends the browser's process group (the one started above), helpers included."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, None)):
        try:
            os.killpg(browser.pid, sig)
        except ProcessLookupError:
            break
        try:
            browser.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue


if __name__ == "__main__":
    sys.exit(main())
