"""Scenarios that name the same Inputs judge one sandbox call from several angles."""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Inputs
from mlptutor.grader.pipeline import Grader
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.reference import clipping

GRADS = Inputs("large gradients", lambda rng: [({"W": rng.normal(size=(3, 2)) * 10, "b": rng.normal(size=2)}, 1.0)])


def _norm_at_most_max(value, expected, case):
    norm = np.sqrt(sum(np.sum(g ** 2) for g in value[0].values()))
    return None if norm <= case.args[1] * (1 + 1e-9) else f"the clipped norm {norm:.3g} exceeds max_norm"


def _norm_returned_before(value, expected, case):
    return None if np.isclose(value[1], expected[1]) else "the norm returned is not the one measured before clipping"


SPEC = {"clipping": ExerciseSpec("clipping", (FunctionSpec(
    "clip_by_global_norm", clipping.clip_by_global_norm, (BehaviourCheck("behaviour", 2.0, (
        Scenario("the clipped norm", _norm_at_most_max, draw=GRADS, validate=False),
        Scenario("the returned norm", _norm_returned_before, draw=GRADS, validate=False),
    )),)),))}

# clips right, but returns the norm after clipping: one predicate holds, the other does not
SOURCE = """
import numpy as np
import sys

def clip_by_global_norm(grads, max_norm):
    print("called", file=sys.stderr)
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    clipped = {k: g * min(1.0, max_norm / norm) for k, g in grads.items()}
    return clipped, float(np.sqrt(sum(np.sum(g ** 2) for g in clipped.values())))
"""


def test_scenarios_on_shared_inputs_run_once_and_are_judged_apart(sandbox):
    report = Grader(sandbox, SPEC).grade({"clipping": SOURCE})
    (row,) = report.checks
    assert report.output.count("called") == 1
    assert row.points == 1.0 and "the returned norm: the norm returned is not the one" in row.message
