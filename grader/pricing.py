"""What a student's call may cost: the reference's own CPU time on the same arguments, times a factor.

The sandbox asks for a price only when a call has used its CPU floor
(`Limits.call_seconds`, 0.25 s), so the reference runs again only for the
rare call that is slow (a correct function written with Python loops, a
function that loops forever) and a class of fast submissions pays nothing.
The call may then use `Limits.price_factor` (50) times the reference's time
on the very same arguments: 20x slower than the reference is still well
within it, and a function that loops forever costs the floor unless its
reference is itself slow (the capstone's training runs: about 0.1 s each).
"""

from __future__ import annotations

import copy
import inspect
import time
from typing import Callable, Mapping

import numpy as np

from mlptutor.grader.checks.cases import materialise
from mlptutor.grader.sandbox import Call
from mlptutor.grader.spec import ExerciseSpec


def reference_price(specs: Mapping[str, ExerciseSpec]) -> Callable[[Call], float | None]:
    """price(call) -> CPU seconds the reference of the called function takes on the call's arguments, or None
    when there is no such reference here or the arguments hold results of other calls (Refs)."""
    def price(call: Call) -> float | None:
        reference = priced_reference(specs, call.module, call.function)
        if reference is None or call.refs():
            return None
        args, kwargs = copy.deepcopy((materialise(call.args), materialise(call.kwargs)))  # the job's own stay intact
        start = time.process_time()
        try:
            with np.errstate(all="ignore"):
                reference(*args, **kwargs)
        except Exception:  # arguments the reference does not take (a check's deliberate bad input): no price
            return None
        return time.process_time() - start

    return price


def priced_reference(specs: Mapping[str, ExerciseSpec], module: str, function: str) -> Callable | None:
    """The reference of module.function that a price times: the computation itself, not a memo in front of it
    (xor's `cached_train_xor` answers a repeated call at once, which would price a correct but slower student
    run at the floor alone)."""
    spec = specs.get(module)  # looked up here: `specs` may import a spec when first asked (Specs)
    reference = next((fn.reference for fn in spec.functions if fn.name == function), None) if spec else None
    return None if reference is None else inspect.unwrap(reference)
