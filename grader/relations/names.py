"""Names read as other names: the reference with a string argument (a mode, an activation in a cache)
taken as another of its values.

A string argument picks a branch ("fan_in" or "fan_out", "sigmoid" or
"identity"). A branch done for the wrong value shows as the reference on the
same call with that string replaced. Each change maps the strings at one
place of the arguments, given by a pattern: a top-level argument (`mode`),
or a string inside a nested one with list positions as every entry, the first
or the last (`caches[-1]['activation']`: the last layer's). The values tried
are those the evidence shows at that place (and a top-level argument's
default); the mappings:

    always t        every value read as t (the argument ignored, or one branch for all)
    s as t          only s read as t (one branch done as another's)
    s and t swapped s read as t and t as s

A change is claimed (through changes.explain) only when it gives the
student's value on every call, the right ones included.
"""

from __future__ import annotations

from typing import Any, Iterator

from mlptutor.grader.relations.changes import Change
from mlptutor.grader.relations.values import Leaf, Setting

MAX_VALUES = 10  # values at one place: op names of a graph (9) are branches, its node names are not
# a list step of a pattern (tuples: never a dict key or a tuple position of plain data)
EVERY, FIRST, LAST = ("list", "every"), ("list", "first"), ("list", "last")


def _strings(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(path, text) of every string inside a nested argument (tuples, lists, dicts)."""
    if type(value) is str:
        yield path, value
    elif type(value) in (tuple, list):
        for i, v in enumerate(value):
            yield from _strings(v, path + (i,))
    elif type(value) is dict:
        for k, v in value.items():
            yield from _strings(v, path + (k,))


def _matches(path: tuple, pattern: tuple, value: Any) -> bool:
    """The concrete path of a string in `value` fits the pattern (list steps: every, first or last entry)."""
    if len(path) != len(pattern):
        return False
    node = value
    for step, want in zip(path, pattern):
        if type(node) is list and want in (EVERY, FIRST, LAST):
            if want == FIRST and step != 0 or want == LAST and step != len(node) - 1:
                return False
        elif step != want:
            return False
        node = node[step]
    return True


def _patterns(path: tuple, value: Any) -> list[tuple]:
    """The patterns of one string's path: each list step as every entry, and as the first or last one."""
    found = [()]
    node = value
    for step in path:
        if type(node) is list:
            ends = [EVERY] + ([FIRST] if step == 0 else []) + ([LAST] if step == len(node) - 1 else [])
            found = [p + (e,) for p in found for e in ends]
        else:
            found = [p + (step,) for p in found]
        node = node[step]
    return found


def _mapped(value: Any, pattern: tuple, mapping: dict, path: tuple = (), root: Any = None) -> Any:
    """value with the strings at `pattern` mapped (others kept), containers rebuilt, arrays shared."""
    root = value if root is None else root
    if type(value) is str:
        return mapping.get(value, value) if _matches(path, pattern, root) else value
    if type(value) in (tuple, list):
        return type(value)(_mapped(v, pattern, mapping, path + (i,), root) for i, v in enumerate(value))
    if type(value) is dict:
        return {k: _mapped(v, pattern, mapping, path + (k,), root) for k, v in value.items()}
    return value


def _label(name: str, pattern: tuple) -> str:
    """'mode', "caches[-1]['activation']", "caches[l]['activation']" (l: every entry)."""
    steps = {EVERY: "[l]", FIRST: "[0]", LAST: "[-1]"}
    return name + "".join(steps[p] if type(p) is tuple else f"[{p!r}]" for p in pattern)


def _places(setting: Setting, leaf: Leaf) -> dict[tuple[int, tuple], list[str]]:
    """(argument index, pattern) -> the string values seen there over the calls, in order of appearance."""
    places: dict[tuple[int, tuple], dict[str, None]] = {}
    for item in leaf.items:
        for i, value in enumerate(item.args):
            for path, text in _strings(value):
                for pattern in _patterns(path, value):
                    places.setdefault((i, pattern), {})[text] = None
    for (i, pattern), seen in places.items():
        name = setting.parameters[i] if i < len(setting.parameters) else None
        if not pattern and type(setting.defaults.get(name)) is str:
            seen[setting.defaults[name]] = None
    # many values at one place are names of things (graph nodes), not branches: their mappings are too many
    return {place: list(seen) for place, seen in places.items() if 1 < len(seen) <= MAX_VALUES}


def _change(i: int, pattern: tuple, mapping: dict, phrase: str, cause: str) -> Change:
    def rewrite(args, kwargs):
        if i >= len(args):
            return None
        return args[:i] + (_mapped(args[i], pattern, mapping),) + args[i + 1:], kwargs
    return Change("argument", phrase, cause, rewrite)


def name_changes(setting: Setting, leaf: Leaf) -> list[Change]:
    """Every mapping (always t, s as t, s and t swapped) of the strings at every place the calls have."""
    changes = []
    for (i, pattern), values in _places(setting, leaf).items():
        label = _label(setting.parameters[i] if i < len(setting.parameters) else f"argument {i}", pattern)
        for t in values:
            changes.append(_change(i, pattern, {s: t for s in values}, f"computed as if {label} were always {t!r}",
                                   f"{label} is ignored: whatever its value, the computation is the one for {t!r}"))
        for s in values:
            for t in values:
                if s == t:
                    continue
                changes.append(_change(i, pattern, {s: t}, f"computed as if {label} were {t!r} where it is {s!r}",
                                       f"{label} = {s!r} is done the way {t!r} is: check that branch"))
                if s < t:
                    changes.append(_change(i, pattern, {s: t, t: s},
                                           f"computed with {label} {s!r} and {t!r} swapped",
                                           f"the branches for {label} = {s!r} and {t!r} are swapped"))
    return changes
