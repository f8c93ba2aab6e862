"""A real HTTP server on 127.0.0.1 for the fetch tests, serving invented news sites.

Routes map a path to a ``Reply`` (status, headers, body) or to a function of the request
handler for the hostile cases (never answers, endless redirects, endless body, gzip bomb).
Every request is logged with its path, headers and start time, so tests can check what the
fetcher asked for (conditional headers, user agent) and how politely (spacing, concurrency).
"""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    etag: str | None = None  # answer 304 to a matching If-None-Match


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    started: float
    ended: float = 0.0


class NewsServer:
    def __init__(self):
        self.routes: dict[str, Reply | Callable] = {}
        self.log: list[Seen] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
                with server.lock:
                    server.log.append(seen)
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    route = server.routes.get(self.path.split("?")[0])
                    if route is None:
                        self._send(Reply(b"not here", 404, {"Content-Type": "text/plain"}))
                    elif callable(route):
                        route(self)
                    else:
                        self._send(route)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client hung up, as it should on a hostile answer
                finally:
                    seen.ended = time.monotonic()
                    with server.lock:
                        server.in_flight -= 1

            def _send(self, reply: Reply):
                if reply.etag and self.headers.get("If-None-Match") == reply.etag:
                    self.send_response(304)
                    self.send_header("ETag", reply.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                if reply.etag:
                    self.send_header("ETag", reply.etag)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def requests_for(self, path: str) -> list[Seen]:
        return [s for s in self.log if s.path == path]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


# -- hostile answers --------------------------------------------------------------------------

def never_answers(handler) -> None:
    """Accepts the connection, then says nothing (until the test ends)."""
    time.sleep(30)


def endless_redirects(handler) -> None:
    n = int(handler.path.rsplit("/", 1)[-1] or 0) if handler.path.rsplit("/", 1)[-1].isdigit() else 0
    handler.send_response(302)
    handler.send_header("Location", f"/loop/{n + 1}")
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def endless_body(handler) -> None:
    """A 'page' that never ends (no Content-Length; the connection would close at the end)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 65_000 + b"</p>\n"
    for _ in range(40_000):  # 2.6 GB if nobody hangs up
        handler.wfile.write(chunk)


def declared_huge(handler) -> None:
    """Says 2 GB are coming, sends a little."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(2 * 1024 ** 3))
    handler.end_headers()
    handler.wfile.write(b"<html>" * 100)
    time.sleep(5)


def gzip_bomb(size: int) -> Callable:
    payload = gzip.compress(b"\0" * size, compresslevel=9)

    def send(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)
    return send


def flaky(times: int, then: Reply) -> Callable:
    """503 (with Retry-After: 0) the first ``times`` requests, then the real answer."""
    calls = {"n": 0}

    def send(handler) -> None:
        calls["n"] += 1
        if calls["n"] <= times:
            handler.send_response(503)
            handler.send_header("Retry-After", "0")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler._send(then)
    return send
