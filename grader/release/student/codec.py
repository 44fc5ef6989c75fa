"""Plain data for planned checks: JSON for the structure, one .npz of arrays (read with allow_pickle=False).

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
_RECORDS = {"case": Case, "call": Call, "point": Point, "plan": Plan, "carried": Carried}


class Encoder:
    """encode(value) -> JSON-able data; arrays go to `self.arrays` (name -> ndarray)."""

    def __init__(self):
        self.arrays: dict[str, np.ndarray] = {}
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
            name = f"a{len(self.arrays)}"
            self.arrays[name] = np.asarray(value)
            return {"$": "array" if isinstance(value, np.ndarray) else "scalar", "at": name}
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
    def __init__(self, arrays):
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
            return np.array(self.arrays[data["at"]])
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
            return _known.FUNCTIONS[data["name"]]
        fields = {k: self.decode(v) for k, v in data["fields"].items()}
        if kind == "carried":
            return Carried(**fields).rebuild()
        if kind == "check":
            module, name = data["class"].split(":")
            return getattr(importlib.import_module(module), name)(**fields)
        return _RECORDS[kind](**fields)


def save_arrays(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def load_arrays(data: bytes) -> dict[str, np.ndarray]:
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        return {name: npz[name] for name in npz.files}
