"""``dateline serve``: the news store as a local web app and a JSON API (read-only)."""

from .app import create_app

__all__ = ["create_app"]
