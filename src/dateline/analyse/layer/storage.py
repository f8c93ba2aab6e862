"""How the pipelines are stored in ``models/pipeline-<lang>/``: compact, and lossless.

A spaCy pipeline folder as ``nlp.to_disk`` writes it, with three changes made by ``slim``
(``training/train_pipeline.py build`` calls it; ``training/check_lossless.py`` proves that a
slimmed pipeline labels every token exactly as the unslimmed one):

- each component's ``model`` file (thinc's msgpack of float32 weights) is stored as
  ``model.packed``: the same message with its float32 arrays taken out, their bytes split into
  four planes (all first bytes, all second bytes, ...) and zlib-compressed. The exponent bytes
  of trained weights repeat a lot, so this takes about a sixth off; ``unpack`` rebuilds the
  original file byte for byte (``slim`` checks that before it deletes the original);
- ``vocab/strings.json`` keeps only the strings the components look up by hash (the edit
  trees of the lemmatizer). The rest were the training corpus's words: the hash embeddings hash
  the token's own text, and every string a parse produces is added when it is produced;
- ``tokenizer`` is left out when it is the language's default tokenizer, byte for byte (the
  French one is 1.5 MB of spaCy's own hyphenated-word pattern); the loader then keeps the
  tokenizer that spaCy builds from the config.

``load_pipeline`` reads such a folder (and a plain spaCy folder as well).
"""

from __future__ import annotations

import zlib
from pathlib import Path

PACKED = "model.packed"
_ARRAY = "__dateline_f32__"


def pack(data: bytes) -> bytes:
    """A thinc model file -> the packed form (float32 arrays byte-planed and compressed)."""
    import numpy as np
    import srsly

    arrays = []

    def strip(obj):
        if isinstance(obj, np.ndarray) and obj.dtype == np.float32:
            arrays.append(obj)
            return {_ARRAY: len(arrays) - 1, "shape": list(obj.shape)}
        if isinstance(obj, dict):
            return {k: strip(v) for k, v in obj.items()}
        if isinstance(obj, (list, tuple)):
            return [strip(v) for v in obj]
        return obj

    skeleton = strip(srsly.msgpack_loads(data))
    flat = np.concatenate([a.ravel() for a in arrays]) if arrays else np.zeros(0, np.float32)
    planes = flat.astype("<f4").view(np.uint8).reshape(-1, 4).T.tobytes()
    packed = srsly.msgpack_dumps({"skeleton": skeleton, "planes": zlib.compress(planes, 9)})
    if unpack(packed) != data:  # never store what does not come back byte for byte
        raise ValueError("model file does not survive packing unchanged; left as it is")
    return packed


def unpack(packed: bytes) -> bytes:
    """The packed form -> the thinc model file, byte for byte."""
    import numpy as np
    import srsly

    msg = srsly.msgpack_loads(packed)
    raw = np.frombuffer(zlib.decompress(msg["planes"]), dtype=np.uint8)
    flat = raw.reshape(4, -1).T.copy().view("<f4").ravel()
    offset = [0]

    def fill(obj):
        if isinstance(obj, dict) and _ARRAY in obj:
            shape = tuple(obj["shape"])
            size = int(np.prod(shape)) if shape else 1
            arr = flat[offset[0]:offset[0] + size].reshape(shape).astype(np.float32)
            offset[0] += size
            return arr
        if isinstance(obj, dict):
            return {k: fill(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [fill(v) for v in obj]
        return obj

    return srsly.msgpack_dumps(fill(msg["skeleton"]))


def load_pipeline(path: Path):
    """spacy.load for a slimmed folder: the config builds the pipeline (and, where the folder
    has no ``tokenizer`` file, the language's default tokenizer); packed components are read
    through their own ``from_bytes`` with the unpacked weights."""
    import spacy
    import srsly
    from spacy import util

    path = Path(path)
    packed = sorted(p.parent.name for p in path.glob(f"*/{PACKED}"))
    if not packed and (path / "tokenizer").exists():
        return spacy.load(path)
    meta = util.get_model_meta(path)
    config = util.load_config(path / "config.cfg")
    nlp = util.load_model_from_config(config, meta=meta)
    exclude = list(packed) + ([] if (path / "tokenizer").exists() else ["tokenizer"])
    nlp.from_disk(path, exclude=exclude)
    for name in packed:
        files = {f.name: f.read_bytes() for f in (path / name).iterdir() if f.is_file()}
        files["model"] = unpack(files.pop(PACKED))
        nlp.get_pipe(name).from_bytes(srsly.msgpack_dumps(files), exclude=["vocab"])
    return nlp


def needed_strings(path: Path) -> set[int]:
    """Hashes the components look up in the string store: the edit trees' substitutions."""
    import srsly

    hashes: set[int] = set()
    for trees in Path(path).glob("*/trees"):
        for tree in srsly.msgpack_loads(trees.read_bytes())["trees"]:
            for key in ("orig", "subst"):
                if key in tree:
                    hashes.add(int(tree[key]))
    return hashes


def slim(path: Path) -> dict:
    """Slim a pipeline folder written by ``nlp.to_disk`` in place; returns bytes before/after."""
    import spacy
    import srsly
    from spacy.strings import StringStore

    path = Path(path)
    before = folder_size(path)
    # strings: only those looked up by hash
    strings_file = path / "vocab" / "strings.json"
    if strings_file.exists():
        keep = needed_strings(path)
        strings = srsly.read_json(strings_file)
        store = StringStore()
        srsly.write_json(strings_file, [s for s in strings if store.add(s) in keep])
    # tokenizer: left out when it is the default one, byte for byte
    tok_file = path / "tokenizer"
    if tok_file.exists():
        lang = srsly.read_json(path / "meta.json")["lang"]
        default = srsly.msgpack_loads(spacy.blank(lang).tokenizer.to_bytes(exclude=["vocab"]))
        if srsly.msgpack_loads(tok_file.read_bytes()) == default:
            tok_file.unlink()
    # weights: packed, byte for byte recoverable
    for model in path.glob("*/model"):
        try:
            packed = pack(model.read_bytes())
        except ValueError:  # would not come back byte for byte: stored as it is
            continue
        (model.parent / PACKED).write_bytes(packed)
        model.unlink()
    return {"before": before, "after": folder_size(path)}


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
