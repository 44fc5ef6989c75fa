"""Plain data for planned checks: JSON for the structure, one .npz of arrays (read with allow_pickle=False).

The .npz holds a few large arrays, not one per value: a flat buffer per dtype and a table of each array's
dtype, offset, size and shape (save_arrays / load_arrays); the decoder takes a copy of its slice. Reading
16,443 small members one at a time was 1 s of the checker's start-up: loading the recorded checks in a fresh
process took 10.4-10.8x the CPU of `python -c 'import numpy'` before, 3.5-4.1x after (two runs, median of 5
interleaved rounds each, 2026-12-05, benchmarks/release_load.py); reading the arrays is now about 30 ms, the rest is JSON and decoding.

Shared by the instructor's release (encode) and the student's checker
(decode), so both sides agree on one format. Objects met twice (the very
same argument arrays or Call of checks sharing Inputs) are written once and
come back as one object, so the pipeline merges their calls as it does for
the instructor.
"""

from __future__ import annotations

import dataclasses
import importlib
import io
import math

import numpy as np

from mlptutor.grader.checks.base import Plan
from mlptutor.grader.checks.cases import Case
from mlptutor.grader.checks.gradient import Point, same_output
from mlptutor.grader.sandbox import RNG, Call, Ref
from mlptutor.grader.specs import _known

from .standins import Carried, Drawn, GradPaths, RecordedVariant, no_note


FUNCTIONS = {"same_output": same_output, "no_note": no_note}
# the modules whose dataclasses travel as their class and fields: the check kinds, the checks handing the
# student's code known test functions (grader/specs/_known_check.py; its functions travel by name: "known"),
# the check of several training runs judged together (grader/specs/_runs_check.py)
CLASSES = ("mlptutor.grader.checks.", "mlptutor.grader.specs._known_check", "mlptutor.grader.specs._runs_check")
# (dtype index, offset into its buffer, size, offset into "shapes", ndim, 1 if Fortran-ordered) per array:
# np.save's own order, so a decoded array is laid out as the recorded one was
_TABLE_COLUMNS = 6
_KINDS = "biufcUSmM"  # plain fixed-size values only: no objects, no structured or void data
_RECORDS = {"case": Case, "call": Call, "point": Point, "plan": Plan, "carried": Carried}


class Encoder:
    """encode(value) -> JSON-able data; arrays go to `self.arrays` (the data's "at" is the index)."""

    def __init__(self):
        self.arrays: list[np.ndarray] = []
        self._seen: dict[int, tuple[int, object]] = {}  # id -> (number, the object, kept alive)

    def encode(self, value):
        if value is None or type(value) in (bool, int, float, str):
            return value
        number = self._seen.get(id(value))
        if number is not None:
            return {"$": "same", "#": number[0]}
        data = self._encode(value)
        if isinstance(data, dict) and "$" in data:
            data["#"] = len(self._seen)
            self._seen[id(value)] = (data["#"], value)
        return data

    def _encode(self, value):
        if isinstance(value, np.ndarray) or isinstance(value, np.generic):
            if value.dtype.kind not in _KINDS:
                raise TypeError(f"arrays of dtype {value.dtype} cannot be released as plain data")
            self.arrays.append(np.asarray(value))
            return {"$": "array" if isinstance(value, np.ndarray) else "scalar", "at": len(self.arrays) - 1}
        if type(value) is tuple:
            return {"$": "tuple", "items": [self.encode(v) for v in value]}
        if type(value) is list:
            return {"$": "list", "items": [self.encode(v) for v in value]}
        if type(value) is dict:
            return {"$": "dict", "items": [[self.encode(k), self.encode(v)] for k, v in value.items()]}
        if isinstance(value, RNG):
            return {"$": "rng", "seed": int(value.seed)}
        if isinstance(value, Ref):
            return {"$": "ref", "call": value.call_id, "path": self.encode(value.path)}
        if isinstance(value, GradPaths):
            return {"$": "grads", "paths": self.encode(value.paths)}
        if isinstance(value, Drawn):
            return {"$": "drawn", "cases": self.encode(value.cases)}
        if isinstance(value, RecordedVariant):
            return {"$": "variant", "cases": self.encode(value.cases), "signature": self.encode(value.signature)}
        for name, fn in FUNCTIONS.items():
            if value is fn:
                return {"$": "fn", "name": name}
        for name, fn in _known.FUNCTIONS.items():
            if value is fn:
                return {"$": "known", "name": name}
        if type(value) is _known.Tilted:  # a public draw's tilted function: its name and the drawn tilt
            return {"$": "known", "name": value.name, "tilt": self.encode(value.tilt)}
        for name, kind in _RECORDS.items():
            if type(value) is kind:
                return {"$": name, "fields": self._fields(value)}
        if dataclasses.is_dataclass(value) and type(value).__module__.startswith(CLASSES):
            kind = type(value)
            return {"$": "check", "class": f"{kind.__module__}:{kind.__qualname__}", "fields": self._fields(value)}
        raise TypeError(f"{type(value).__name__} cannot be released as plain data")

    def _fields(self, value) -> dict:
        return {f.name: self.encode(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}


class Decoder:
    def __init__(self, arrays: "Arrays"):
        self.arrays = arrays
        self._made: dict[int, object] = {}

    def decode(self, data):
        if not isinstance(data, dict):
            return data
        if data["$"] == "same":
            return self._made[data["#"]]
        value = self._decode(data)
        if "#" in data:
            self._made[data["#"]] = value
        return value

    def _decode(self, data):
        kind = data["$"]
        if kind == "array":
            return np.array(self.arrays[data["at"]])  # a copy in the array's own order
        if kind == "scalar":
            return self.arrays[data["at"]][()]
        if kind in ("tuple", "list"):
            items = [self.decode(v) for v in data["items"]]
            return tuple(items) if kind == "tuple" else items
        if kind == "dict":
            return {self.decode(k): self.decode(v) for k, v in data["items"]}
        if kind == "rng":
            return RNG(data["seed"])
        if kind == "ref":
            return Ref(data["call"], self.decode(data["path"]))
        if kind == "grads":
            return GradPaths(self.decode(data["paths"]))
        if kind == "drawn":
            return Drawn(self.decode(data["cases"]))
        if kind == "variant":
            return RecordedVariant(self.decode(data["cases"]), self.decode(data["signature"]))
        if kind == "fn":
            return FUNCTIONS[data["name"]]
        if kind == "known":
            if "tilt" in data:
                return _known.Tilted(data["name"], self.decode(data["tilt"]))
            return _known.FUNCTIONS[data["name"]]
        fields = {k: self.decode(v) for k, v in data["fields"].items()}
        if kind == "carried":
            return Carried(**fields).rebuild()
        if kind == "check":
            module, name = data["class"].split(":")
            return getattr(importlib.import_module(module), name)(**fields)
        return _RECORDS[kind](**fields)


class BadArrays(OSError):
    """The release's arrays file is damaged or not one save_arrays wrote (an OSError: the checker's
    one-line read problems)."""


def save_arrays(arrays: list[np.ndarray]) -> bytes:
    """One .npz: "dtypes" (their str), "data<i>" (every array of dtype i, flat), "table", "shapes"."""
    dtypes: list[np.dtype] = []
    parts: list[list[np.ndarray]] = []
    sizes: list[int] = []
    table = np.zeros((len(arrays), _TABLE_COLUMNS), dtype=np.int64)
    shapes: list[int] = []
    for row, array in enumerate(arrays):
        if array.dtype not in dtypes:
            dtypes.append(array.dtype)
            parts.append([])
            sizes.append(0)
        index = dtypes.index(array.dtype)
        fortran = array.flags.f_contiguous and not array.flags.c_contiguous
        table[row] = (index, sizes[index], array.size, len(shapes), array.ndim, fortran)
        parts[index].append(array.ravel(order="F" if fortran else "C"))
        sizes[index] += array.size
        shapes.extend(array.shape)
    members = {f"data{i}": np.concatenate(p) if p else np.zeros(0, d) for i, (d, p) in enumerate(zip(dtypes, parts))}
    buffer = io.BytesIO()
    np.savez(buffer, dtypes=np.array([d.str for d in dtypes], dtype="U8"), table=table,
             shapes=np.array(shapes, dtype=np.int64), **members)
    return buffer.getvalue()


class Arrays:
    """arrays[i] -> the i-th saved array: a read-only view into its dtype's buffer (checked when loaded)."""

    def __init__(self, buffers: list[np.ndarray], table: np.ndarray, shapes: np.ndarray):
        self._buffers, self._table, self._shapes = buffers, table.tolist(), shapes.tolist()

    def __len__(self) -> int:
        return len(self._table)

    def __getitem__(self, i: int) -> np.ndarray:
        if type(i) is not int or not 0 <= i < len(self._table):
            raise BadArrays(f"arrays.npz has no array {i!r}: the release is damaged; download it again")
        index, offset, size, first, ndim, fortran = self._table[i]
        return self._buffers[index][offset:offset + size].reshape(self._shapes[first:first + ndim],
                                                                  order="F" if fortran else "C")


def load_arrays(data: bytes) -> Arrays:
    """The arrays save_arrays wrote, every slice and shape checked; a damaged file raises BadArrays (one line)."""
    fix = "the release is damaged; download it again"
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            members = {name: npz[name] for name in npz.files}
    except Exception as why:  # a damaged zip or .npy raises any of a dozen kinds: one line for all
        raise BadArrays(f"arrays.npz cannot be read ({type(why).__name__}): {fix}") from None
    dtypes, table, shapes = members.get("dtypes"), members.get("table"), members.get("shapes")
    if dtypes is None or table is None or shapes is None or dtypes.dtype.kind != "U" or dtypes.ndim != 1:
        raise BadArrays(f"arrays.npz lacks its table of arrays: {fix}")
    if table.dtype != np.int64 or table.ndim != 2 or table.shape[1] != _TABLE_COLUMNS or shapes.dtype != np.int64 \
            or shapes.ndim != 1:
        raise BadArrays(f"arrays.npz has a malformed table of arrays: {fix}")
    buffers = []
    for i, name in enumerate(dtypes.tolist()):
        buffer = members.get(f"data{i}")
        try:
            dtype = np.dtype(name)
        except (TypeError, ValueError):
            dtype = None
        if buffer is None or dtype is None or dtype.kind not in _KINDS or buffer.dtype != dtype or buffer.ndim != 1:
            raise BadArrays(f"arrays.npz has no flat buffer of {name!r} for its table: {fix}")
        buffer.flags.writeable = False  # the decoder copies; a view handed out by mistake cannot be changed
        buffers.append(buffer)
    index, offset, size, first, ndim, fortran = table.T
    lengths = np.array([len(b) for b in buffers] + [0], dtype=np.int64)
    known = (index >= 0) & (index < len(buffers))
    inside = known & (offset >= 0) & (size >= 0) & (offset <= lengths[np.where(known, index, -1)] - size)
    shaped = (first >= 0) & (ndim >= 0) & (ndim <= 32) & (first <= len(shapes) - ndim)
    shaped &= (fortran == 0) | (fortran == 1)
    # no dimension beyond what any real buffer could hold: an empty array of shape (0, 2**62) breaks numpy
    if not (inside & shaped).all() or (shapes < 0).any() or (shapes > 2**31).any():
        raise BadArrays(f"arrays.npz's table points outside its buffers: {fix}")
    dims = shapes.tolist()
    if any(math.prod(dims[f:f + n]) != s for f, n, s in zip(first.tolist(), ndim.tolist(), size.tolist())):
        raise BadArrays(f"arrays.npz's table gives an array a shape that does not match its size: {fix}")
    return Arrays(buffers, table, shapes)
