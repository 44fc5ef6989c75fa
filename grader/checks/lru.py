"""Results kept per process, the least recently used dropped first, in front of an optional disk store.

What it keeps: `symbolic.VERDICTS` (a formula's verdict),
`formula_relations.RELATED` (a wrong formula's relation line, None where none is
proven), and planning's reference runs by argument identity (grader/specs/_kept_runs.py,
memory only). Each result is a pure function of its key, so a class's common formulas
are judged once; with a diskcache store (enabled by `mlptutor check`:
grader/diskcache.py) also from one check to the next.

    VERDICTS = LRU(4096, diskcache.store("formula-verdicts"), valid=lambda v: type(v) is FormulaVerdict)
    VERDICTS.put(key, verdict); VERDICTS.get(key) -> verdict, or None when not kept
    key in RELATED   # kept, even as None ("no relation"), which get alone cannot tell from "not kept"
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

from mlptutor.grader import diskcache


class LRU:
    """At most `size` results by key in memory, safe to share between threads. With a `disk` store, a key not
    held is looked up there, taken only when `valid` accepts its result (the file is the user's own, but its
    content is checked like any kept data), and every result put is kept there too."""

    def __init__(self, size: int = diskcache.ENTRIES, disk: diskcache.Store | None = None,
                 valid: Callable[[Any], bool] = lambda result: True):
        self.size = size
        self.disk = disk
        self.valid = valid
        self._memory: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def fresh(self) -> LRU:
        """An empty one like this one, on the same disk store (what a new process would hold)."""
        return LRU(self.size, self.disk, self.valid)

    def _found(self, key: Hashable) -> tuple | None:
        """(result,) when kept in memory or on disk, else None."""
        with self._lock:
            if key in self._memory:
                self._memory.move_to_end(key)
                return (self._memory[key],)
        kept = self.disk.get(key) if self.disk is not None else None  # (result,) as put below
        if type(kept) is tuple and len(kept) == 1 and self.valid(kept[0]):
            self._hold(key, kept[0])
            return kept
        return None

    def __contains__(self, key: Hashable) -> bool:
        return self._found(key) is not None

    def get(self, key: Hashable) -> Any | None:
        found = self._found(key)
        return None if found is None else found[0]

    def put(self, key: Hashable, result: Any) -> None:
        if self.disk is not None:
            self.disk.put(key, (result,))
        self._hold(key, result)

    def _hold(self, key: Hashable, result: Any) -> None:
        with self._lock:
            self._memory[key] = result
            self._memory.move_to_end(key)
            if len(self._memory) > self.size:
                self._memory.popitem(last=False)

    def clear(self) -> None:
        """Forget what memory holds (the disk store keeps its own)."""
        with self._lock:
            self._memory.clear()

    def __len__(self) -> int:
        return len(self._memory)
