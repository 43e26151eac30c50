#!/usr/bin/env python3
"""Load a page in headless Chromium through ChromeDriver and relay its log.

Used by scripts/lib/wasm_page.sh (scripts/example.sh, scripts/bench.sh).
Standard library only: it speaks the W3C WebDriver HTTP protocol to an already
running chromedriver.

The page protocol (see examples/hello-dom/index.html): the app appends lines
to <pre id="log"> and sets document.title to "done" or "failed" when finished.
Each new log line is printed to stdout as soon as it appears.

Exit status: 0 if the title became "done", 1 if "failed", 2 on timeout or on
a WebDriver error.
"""

import argparse
import json
import sys
import time
import urllib.error
import urllib.request

# As root on this machine Chromium needs --no-sandbox; the network flags stop
# it from calling Google's hosts, which the closed network refuses.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

# Returns [title, log text]; the log may not exist before the page parsed it.
POLL_SCRIPT = """
const log = document.getElementById("log");
return [document.title, log ? log.textContent : ""];
"""


class WebDriverError(Exception):
    pass


def request(base, method, path, body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(
        base + path,
        data=data,
        method=method,
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            payload = json.load(resp)
    except urllib.error.HTTPError as err:
        # WebDriver errors come back as JSON bodies with a message.
        try:
            value = json.load(err).get("value", {})
            detail = f"{value.get('error')}: {value.get('message')}"
        except (ValueError, AttributeError):
            detail = str(err)
        raise WebDriverError(f"{method} {path}: {detail}") from None
    except OSError as err:
        raise WebDriverError(f"{method} {path}: {err}") from None
    return payload.get("value")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--driver", required=True, help="chromedriver base URL")
    parser.add_argument("--binary", default="/usr/bin/chromium")
    parser.add_argument("--user-data-dir", required=True)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds")
    parser.add_argument("url")
    args = parser.parse_args()

    deadline = time.monotonic() + args.timeout
    base = args.driver.rstrip("/")

    def remaining():
        return max(1.0, deadline - time.monotonic())

    capabilities = {
        "capabilities": {
            "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": args.binary,
                    "args": CHROMIUM_ARGS + [f"--user-data-dir={args.user_data_dir}"],
                },
                # Lets us fetch the console on failure (POST .../se/log).
                "goog:loggingPrefs": {"browser": "ALL"},
            }
        }
    }

    session = None
    title = ""
    try:
        value = request(base, "POST", "/session", capabilities, timeout=remaining())
        session = f"/session/{value['sessionId']}"
        # Page load is bounded by the same deadline.
        ms = int(remaining() * 1000)
        request(base, "POST", f"{session}/timeouts",
                {"pageLoad": ms, "script": ms}, timeout=remaining())
        request(base, "POST", f"{session}/url", {"url": args.url}, timeout=remaining())

        printed = 0
        while True:
            title, text = request(
                base, "POST", f"{session}/execute/sync",
                {"script": POLL_SCRIPT, "args": []}, timeout=remaining(),
            )
            # Print complete lines as they arrive.
            lines = text.split("\n")
            complete = lines[:-1]
            for line in complete[printed:]:
                print(line, flush=True)
            printed = max(printed, len(complete))
            if title in ("done", "failed"):
                # A last partial line, if any.
                if lines[-1]:
                    print(lines[-1], flush=True)
                break
            if time.monotonic() >= deadline:
                print(f"timeout: page not finished after {args.timeout:.0f} s "
                      f"(title {title!r})", file=sys.stderr)
                title = "timeout"
                break
            time.sleep(0.2)

        if title != "done":
            dump_console(base, session)
    except WebDriverError as err:
        print(f"webdriver error: {err}", file=sys.stderr)
        title = "error"
    finally:
        if session is not None:
            try:
                request(base, "DELETE", session, timeout=10)
            except WebDriverError as err:
                print(f"webdriver: could not end session: {err}", file=sys.stderr)

    return {"done": 0, "failed": 1}.get(title, 2)


def dump_console(base, session):
    """Best effort: the browser console helps explain a failure."""
    try:
        entries = request(base, "POST", f"{session}/se/log", {"type": "browser"}, timeout=10)
    except WebDriverError:
        return
    for entry in entries or []:
        # The app's own console.log lines were already printed from the page.
        if entry.get("level") in ("INFO", "DEBUG"):
            continue
        print(f"console {entry.get('level')}: {entry.get('message')}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
