#!/usr/bin/env python3
"""An HTTP proxy on loopback that asks the origin each request on a connection of its own.

The browser tests' Chromium goes through it to wasm-bindgen-test-runner's page server
(scripts/wasm_test_runner.sh). That server (tiny_http 0.12) gives each open connection a
thread, and a request arriving while its threads wait on idle keep-alive connections can be
left unread for good: the page then never finishes loading (ChromeDriver: "Timed out receiving
message from renderer"; the runner: "Failed to detect test as having been run"). Seen with
`ss`: the hung page's last connection had its request in the server's receive queue, never
read, beside four idle keep-alive connections. Here every request to the origin is sent with
`Connection: close`, so the server's threads are free again as soon as they answer, while
Chromium keeps its connections to this proxy, which has a thread for each.

Prints the port it listens on, then serves until killed.
"""

import http.client
import http.server
import sys
import urllib.parse

# Headers of one hop, not to be forwarded (RFC 9110, section 7.6.1).
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
}


class Forward(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def forward(self):
        target = urllib.parse.urlsplit(self.path)
        if target.scheme != "http" or target.hostname not in ("127.0.0.1", "localhost"):
            self.send_error(403, "this proxy only reaches loopback")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["Connection"] = "close"
        path = urllib.parse.urlunsplit(("", "", target.path or "/", target.query, ""))
        origin = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=60)
        try:
            origin.request(self.command, path, body=body, headers=headers)
            response = origin.getresponse()
            data = response.read()
        except OSError as error:
            self.send_error(502, f"the origin did not answer: {error}")
            return
        finally:
            origin.close()
        self.send_response(response.status, response.reason)
        for key, value in response.getheaders():
            if key.lower() not in HOP_BY_HOP and key.lower() != "content-length":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_OPTIONS = forward

    def log_message(self, format, *args):
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Forward)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
