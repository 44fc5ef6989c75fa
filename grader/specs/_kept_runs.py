"""A reference function that keeps its last runs by the very argument objects, for planning: a spec's draw that
runs the reference to choose its case (until the run stops early, say) hands that run to planning, which would
run the reference again on the same case objects for the expected values (`Inputs.reference`).

Keyed by identity, not by value: a kept entry holds its argument objects, so their ids cannot be reused, and the
reference is pure, so the same objects (which nothing in the trusted process changes) give the same result. Only
planning calls it: the function's own reference (the relation finder's reruns, its traced intermediates, the
price of a slow call) stays the plain one. Nothing is shared between students but the results on objects a spec
holds itself, made read-only as `Context.constant` makes its own.
"""

from __future__ import annotations

import functools
from typing import Callable

from mlptutor.grader.checks.base import _frozen
from mlptutor.grader.checks.lru import LRU

KEPT = 16  # the runs kept: more than a submission's calls of one such reference between its draw and its plan


def kept_runs(function: Callable, size: int = KEPT) -> Callable:
    """`function` (pure), its last `size` results kept by the identity of its arguments; named and signed like it."""
    runs = LRU(size)  # key -> (args, kwargs, result): the kept objects hold their ids

    @functools.wraps(function)
    def run(*args, **kwargs):
        key = (tuple(map(id, args)), tuple((k, id(v)) for k, v in kwargs.items()))
        kept = runs.get(key)
        if kept is not None and all(a is b for a, b in zip(kept[0], args)) \
                and all(kept[1][k] is v for k, v in kwargs.items()):
            return kept[2]
        result = _frozen(function(*args, **kwargs))
        runs.put(key, (args, kwargs, result))
        return result
    return run
