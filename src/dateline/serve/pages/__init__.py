"""One module per page type; each exposes ``routes`` (every page has a ``.json`` twin)."""
