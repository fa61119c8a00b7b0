"""A static server for the built site under a sub-folder (http://127.0.0.1:<port>/greenpub/),
on the loopback address only, in a thread. It logs every request with its status so that a
check can fail on any 404; it never lists folders."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

PREFIX = "/greenpub/"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    status: int


class _Handler(SimpleHTTPRequestHandler):
    server_version = "site-checks"
    sys_version = ""

    def __init__(self, *args, site: Path, log: "RequestLog", **kwargs):
        self._site = site
        self._log = log
        super().__init__(*args, directory=str(site), **kwargs)

    def send_head(self):
        if not unquote(urlsplit(self.path).path).startswith(PREFIX):
            self.send_error(404, "outside the site's folder")
            return None
        return super().send_head()

    def translate_path(self, path):
        return super().translate_path("/" + path[len(PREFIX):])

    def list_directory(self, path):
        self.send_error(404, "folder listings are off")
        return None

    def log_request(self, code="-", size="-"):
        status = code.value if hasattr(code, "value") else int(code) if str(code).isdigit() else 0
        self._log.add(Request(self.command, self.path, status))

    def log_message(self, format, *args):  # keep the test output clean
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class RequestLog:
    """Every request the server answered, in order; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: list[Request] = []

    def add(self, request: Request) -> None:
        with self._lock:
            self._requests.append(request)

    def take(self) -> list[Request]:
        """The requests since the last take, and forgets them."""
        with self._lock:
            taken, self._requests = self._requests, []
        return taken


class SiteServer:
    """Serves `site` at http://127.0.0.1:<free port>/greenpub/ while in a `with` block."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.log = RequestLog()
        handler = partial(_Handler, site=site, log=self.log)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="site-server", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{PREFIX}"

    def url(self, relative: str) -> str:
        return self.base_url + quote(relative)

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
