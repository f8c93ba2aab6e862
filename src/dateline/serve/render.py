"""HTML or JSON from one handler: templates, content negotiation, safe links, headers.

Every page has a JSON twin: the same URL with ``.json`` or an ``Accept: application/json``
header gets the data the template was given.  Templates autoescape everything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

HERE = Path(__file__).parent
env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                  trim_blocks=True, lstrip_blocks=True)


def safe_url(url: Any) -> str | None:
    """The URL when it is http(s); anything else (``javascript:``, ``data:``) is not a link."""
    if not isinstance(url, str):
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def fmt_num(v: Any) -> str:
    if v is None:
        return "?"
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


env.filters["safe_url"] = safe_url
env.filters["num"] = fmt_num


def wants_json(request: Request) -> bool:
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def strip_json(ident: str) -> str:
    return ident[:-5] if ident.endswith(".json") else ident


def query_url(path: str, params: dict[str, Any], changes: dict[str, Any] | None = None, **more: Any) -> str:
    """``path?…`` with ``params`` updated by ``changes`` and ``more`` (None drops a key)."""
    merged = {k: v for k, v in {**params, **(changes or {}), **more}.items() if v not in (None, "")}
    return path + ("?" + urlencode(merged) if merged else "")


env.globals["query_url"] = query_url


def respond(request: Request, template: str, data: dict[str, Any], status: int = 200,
            extra: dict[str, Any] | None = None) -> Response:
    """JSON twin or the page; ``extra`` goes to the template only (helpers, derived views)."""
    if wants_json(request):
        return JSONResponse(data, status_code=status)
    html = env.get_template(template).render(data=data, request=request, **(extra or {}))
    return HTMLResponse(html, status_code=status)


def not_found(request: Request, what: str, ident: str) -> Response:
    return respond(request, "error.html", {"error": f"no {what} with id {ident}"}, status=404)


def csp(tile_origin: str | None) -> str:
    """No inline script or style, nothing from other hosts except a tile server the user chose."""
    img = "'self' data:" + (f" {tile_origin}" if tile_origin else "")
    return ("default-src 'none'; script-src 'self'; style-src 'self'; img-src " + img + "; "
            "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
