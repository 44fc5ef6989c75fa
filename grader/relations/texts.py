"""Relations of a result whose wrong parts are texts (names, labels: hidden_logic's "OR"), compared as they are.

The other families relate numbers; a text is only equal to another or not. Tried in order on the calls of
one pick, each claimed only when it holds on every call:

- constant: a text that is one and the same on every call while the right one changes: it does not depend
  on the input (said first: a changed argument that makes it so says less);
- argument / missing-term: the whole result is the reference's on changed arguments (a term left out, an
  array negated, doubled or transposed, two arguments swapped: the changes of arguments.py), its texts equal
  and its numbers equal to rounding;
- entry: a text that is, on every call, the right value of another text of the result (two parts mixed up);
- cut: a text that is, on every call where it is wrong, the right one cut short (a numpy array of strings,
  np.apply_along_axis's result, takes its width from its first text);
- set: texts that stand for sets (a boolean function for the rows of its truth table where it is 1), as a
  spec declares (`reads(reference, meaning, members, labels)`): every text's flags the right ones read at
  other members, one re-reading on every call and text (a truth table evaluated at other points, or in
  another order; the fewest members moved, and no other as few); else, on every call where one text is
  wrong (two at least), the student's set a part of the right one (on too rarely), more than it (on too
  often), or its complement.

A text is quoted shortened (it is the student's: the feedback escapes it where shown).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Callable

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.checks.validate import leaves
from mlptutor.grader.relations.arguments import whole_changed
from mlptutor.grader.relations.base import Relation, also_off
from mlptutor.grader.relations.changes import Memo
from mlptutor.grader.relations.values import Item, Setting, items_of

SHOWN = 40  # characters of a student's text quoted in a line
MAX_MEMBERS = 6  # re-readings of more members than this are not tried (k^k maps)


@dataclass(frozen=True)
class Reading:
    """What a function's texts stand for: meaning(text) gives the flags of the set a text names (None: the
    text names none), members says what the flags are ("the truth-table rows where it is 1"), labels names
    each flag ("(0,1)")."""

    meaning: Callable[[str], tuple | None]
    members: str
    labels: tuple[str, ...]


_READINGS: dict[Callable, Reading] = {}  # reference -> its texts' reading, declared by the spec


def reads(reference: Callable, meaning: Callable[[str], tuple | None], members: str, labels: tuple[str, ...]) -> None:
    """Declare (from a spec) that the texts `reference` returns name sets of `members` (each flag named by
    `labels`), meaning(text) its flags."""
    _READINGS[reference] = Reading(meaning, members, labels)


def _texts(value: Any) -> dict[tuple, str]:
    return {path: v for path, v in leaves(value) if type(v) is str}


def texts_off(items: list[Item]) -> bool:
    """Some text of the right result is missing or another text in the student's, on some call."""
    return bool(_off_paths(items))


def _off_paths(items: list[Item]) -> list[tuple]:
    """The paths of the right result's texts that the student's result gets wrong on some call, in order."""
    found: dict[tuple, bool] = {}  # every text path in the results' order, whether it is off on some call
    for item in items:
        got = dict(leaves(item.got))
        for path, exp in _texts(item.expected).items():
            found[path] = found.get(path, False) or got.get(path) != exp
    return [path for path, wrong in found.items() if wrong]


def _quoted(text: Any) -> str:
    shown = repr(text)
    return shown if len(shown) <= SHOWN else shown[:SHOWN - 4] + "...'"


def texts(setting: Setting, evidence: list[Evidence]) -> Relation | None:
    """How the student's texts relate to the right ones on every call of `evidence`, or None."""
    items = items_of(setting, evidence)
    off = _off_paths(items)
    if not off:
        return None
    return (_constant(items, setting, off) or whole_changed(items, setting, Memo()) or _entry(items, setting, off)
            or _cut(items, setting, off) or _moved(items, setting, off) or _reading(items, setting, off))


def _got(item: Item, path: tuple) -> Any:
    return dict(leaves(item.got)).get(path)


def _expected(item: Item, path: tuple) -> Any:
    return _texts(item.expected).get(path)


def _others(labels: list[str]) -> str:
    if not labels:
        return ""
    if len(labels) == 1:
        return f"; so is your {labels[0]}"
    return f"; so are your {', '.join(labels[:-1])} and {labels[-1]}"


def _constant(items: list[Item], setting: Setting, off: list[tuple]) -> Relation | None:
    """Texts the same on every call (two calls at least) where the right ones take two values or more."""
    def fixed(path):
        got = {_got(item, path) for item in items}
        return len(items) >= 2 and len(got) == 1 and type(next(iter(got))) is str \
            and len({_expected(item, path) for item in items}) >= 2
    found = [path for path in off if fixed(path)]
    if not found:
        return None
    first, labels = found[0], [setting.label(path) for path in found]
    text = _quoted(_got(items[0], first))
    return Relation("constant", f"your {labels[0]} is {text} on every input, where the right one changes with the input"
                                f"{_others(labels[1:])}: it does not depend on the arguments; compute it from them",
                    f"the same text {text} on every call", first)


def _entry(items: list[Item], setting: Setting, off: list[tuple]) -> Relation | None:
    """A text that is the right value of another text of the result on every call."""
    paths = list(_texts(items[0].expected))
    for path in off:
        for other in paths:
            if other != path and all(_got(item, path) == _expected(item, other) for item in items):
                what, where = setting.label(path), setting.label(other)
                return Relation("entry", f"your {what} is the right {where} on every input: the two are mixed up, "
                                         f"compute {what} where you compute it", f"the right {where}", path)
    return None


def _cut(items: list[Item], setting: Setting, off: list[tuple]) -> Relation | None:
    """A text that is a proper beginning of the right one wherever it is wrong."""
    def short(item, path):
        got, exp = _got(item, path), _expected(item, path)
        return got == exp or (type(got) is str and len(got) < len(exp) and exp.startswith(got))
    found = [path for path in off if all(short(item, path) for item in items)]
    if not found:
        return None
    labels = [setting.label(path) for path in found]
    cut = next(_got(item, found[0]) for item in items if _got(item, found[0]) != _expected(item, found[0]))
    return Relation("cut", f"your {labels[0]} is the right text cut short (yours: {_quoted(cut)}){_others(labels[1:])}: "
                           f"a numpy array of strings (np.array of names, np.apply_along_axis) takes the width of "
                           f"its first text and cuts longer ones; collect the texts in a list",
                    "the right text cut short", found[0])


# (test on (the student's flags, the right ones) of every call where they differ, kind, how they differ); a set
# that is never on is a part and a complement at once: the first that holds is said
_SET_RELATIONS = (
    (lambda got, exp: all(g <= e for g, e in zip(got, exp)), "part",
     "a part of the right ones (none they lack, some of them missing): it is on too rarely; the values compared "
     "are too small, or the threshold too high"),
    (lambda got, exp: all(g >= e for g, e in zip(got, exp)), "excess",
     "more than the right ones (all of them and others): it is on too often; the values compared are too large, "
     "or the threshold too low"),
    (lambda got, exp: all(g != e for g, e in zip(got, exp)), "complement",
     "the complement of the right ones (every flag flipped): check the direction of the comparison that turns a "
     "value into on or off, and the sign of what is compared"),
)


def _reading(items: list[Item], setting: Setting, off: list[tuple]) -> Relation | None:
    """The sets the student's texts name against the right ones: one relation of sets on every call."""
    reading = _READINGS.get(setting.reference)
    if reading is None:
        return None
    for path in off:
        pairs = [(reading.meaning(got) if type(got := _got(item, path)) is str else None,
                  reading.meaning(_expected(item, path))) for item in items]
        pairs = [(g, e) for g, e in pairs if g != e]
        if len(pairs) < 2 or any(g is None or e is None or len(g) != len(e) for g, e in pairs):
            continue
        for test, kind, how in _SET_RELATIONS:
            if all(test(g, e) for g, e in pairs):
                what = setting.label(path)
                others = [setting.label(p) for p in off if p != path]
                also = also_off(others)
                return Relation("set", f"your {what} stands for {reading.members}: on the {len(pairs)} of "
                                       f"{len(items)} inputs where it is wrong, they are {how}{also}",
                                f"the {kind} of the right {what}'s {reading.members}", path)
    return None


def _flags(items: list[Item], reading: Reading) -> list[tuple] | None:
    """(the student's flags, the right ones) of every text of every call, or None where a text names no set."""
    found = []
    for item in items:
        for path, exp in _texts(item.expected).items():
            got = _got(item, path)
            pair = (reading.meaning(got) if type(got) is str else None, reading.meaning(exp))
            if pair[0] is None or pair[1] is None or {len(pair[0]), len(pair[1])} != {len(reading.labels)}:
                return None
            found.append(pair)
    return found


def _moved(items: list[Item], setting: Setting, off: list[tuple]) -> Relation | None:
    """Every text's flags are the right ones read at other members: one map of members on every call."""
    reading = _READINGS.get(setting.reference)
    pairs = None if reading is None else _flags(items, reading)
    if not pairs:
        return None
    k = len(reading.labels)
    if k > MAX_MEMBERS:
        return None
    fits = [m for m in itertools.product(range(k), repeat=k) if m != tuple(range(k))
            and all(g[i] == e[m[i]] for g, e in pairs for i in range(k))]
    if not fits:
        return None
    fewest = min(sum(m[i] != i for i in range(k)) for m in fits)
    best = [m for m in fits if sum(m[i] != i for i in range(k)) == fewest]
    if len(best) > 1:
        return None
    moved = [f"{reading.labels[i]} read at {reading.labels[j]}" for i, j in enumerate(best[0]) if i != j]
    labels = [setting.label(path) for path in off]
    return Relation("set", f"your {', '.join(labels)} stand for {reading.members}; on every input each is the right "
                           f"one with {', '.join(moved)}: check the points you evaluate, their values and their order",
                    f"the right {reading.members} with {', '.join(moved)}", off[0])
