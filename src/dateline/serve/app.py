"""The web app: page routes, static files, security headers."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from ..store.fts import match_expression
from ..store.read_only import check_is_store
from . import openapi
from .pages import article, events, search, story
from .render import csp
from .store_access import ReadOnlyStore

STATIC = Path(__file__).parent / "static"


class SecurityHeaders(BaseHTTPMiddleware):
    def __init__(self, app, policy: str):
        super().__init__(app)
        self.policy = policy

    async def dispatch(self, request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = self.policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response


def tile_origin(tiles: str | None) -> str | None:
    """The scheme://host of a user's tile URL template, for the CSP (None when unset or not http)."""
    if not tiles:
        return None
    parts = urlsplit(tiles)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"tile URL must be http(s)://host/…/{{z}}/{{x}}/{{y}}.png, got {tiles!r}")
    return f"{parts.scheme}://{parts.netloc}"


def create_app(db: str, tiles: str | None = None) -> Starlette:
    """The app over the store at ``db``; ``tiles`` is an optional {z}/{x}/{y} tile URL template."""
    origin = tile_origin(tiles)
    routes = [*search.routes, *article.routes, *story.routes, *events.routes, *openapi.routes,
              Mount("/static", StaticFiles(directory=STATIC), name="static")]
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders, policy=csp(origin))])
    app.state.store = ReadOnlyStore(db)
    app.state.tiles = tiles
    # Fail at start, not on the first request, when the file is not a dateline store.
    check_is_store(app.state.store.con())
    match_expression("warm up")  # load the lemma tables once, before the first search
    return app
