"""Where the models shipped inside the package live.

Every model folder is found through ``locate`` so no module counts parent folders, and a
missing model fails by name, not with a confusing file error deep inside a loader.
"""

from __future__ import annotations

from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent


class ModelMissing(FileNotFoundError):
    """A model folder the package should ship is not there (a broken install or checkout)."""


def locate(name: str, must_exist: bool = True) -> Path:
    """The folder of model ``name`` (e.g. ``pipeline-nl``, ``blocks``, ``events-nl``)."""
    path = MODELS_DIR / name
    if must_exist and not path.is_dir():
        raise ModelMissing(f"model {name!r} not found at {path}; reinstall dateline")
    return path


def available(name: str) -> bool:
    return (MODELS_DIR / name).is_dir()
