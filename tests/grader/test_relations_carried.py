"""A sum kept between calls (grader/relations/carried.py): said from every call of the function the job made, in
its order, where the rows' own evidence holds only some of them."""

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Setting, find
from mlptutor.reference.optim import sgd_step

RNG = np.random.default_rng(19)


def grads_of(w):
    return {"W": 2.0 * w, "b": w.sum(axis=0)}


def job(function, calls, shown):
    """find() on the evidence of the calls at positions `shown`, the job having made all `calls` in order."""
    values = [function(*args) for args in calls]
    evidence = [Evidence(calls[i], {}, values[i]) for i in shown]
    return tuple((args, {}, None, value) for args, value in zip(calls, values)), evidence


def accumulating():
    """grads_of summed into buffers per key, never zeroed (a new buffer where the shape changes)."""
    kept = {}

    def grads(w):
        for k, g in grads_of(w).items():
            kept[k] = g if k not in kept or kept[k].shape != g.shape else kept[k] + g
        return {k: v.copy() for k, v in kept.items()}
    return grads


def momentum(beta=0.9):
    kept = {}

    def step(params, grads, eta):
        for k, g in grads.items():
            kept[k] = g if k not in kept or kept[k].shape != g.shape else beta * kept[k] + g
        return {k: params[k] - eta * kept[k] for k in params}
    return step


# W's buffer restarts at calls 0, 1 and 3 (another shape), b's at 0 and 3: W holds a sum on calls 2 and 4, b on 1,
# 2 and 4
WS = [(RNG.normal(size=(3, 2)),), (RNG.normal(size=(4, 2)),), (RNG.normal(size=(4, 2)),), (RNG.normal(size=(2, 3)),),
      (RNG.normal(size=(2, 3)),)]


def test_gradients_summed_over_calls_the_row_never_saw_are_said_so():
    calls, evidence = job(accumulating(), WS, shown=[0, 2, 4])  # 1 and 3 belong to another check
    relation = find(Setting(grads_of, "grads", calls=calls), evidence)
    assert relation.kind == "stale" and relation.line.startswith(
        "your W is, on 2 calls, the right value plus the sum of the right values of the earlier calls of grads in this "
        "run: the function keeps something between calls (a variable on the module or the function, a global, a "
        "mutable default argument)") and relation.line.endswith("; so is your b"), relation.line
    # the row's own calls alone: call 2 is not call 0's value plus the right one
    assert find(Setting(grads_of, "grads"), evidence) is None


def steps():
    keys = [("w", (2,)), ("b", ())]
    found = []
    for eta in (0.1, 0.5, 0.0, 0.3, 0.7):
        params = {k: RNG.normal(size=s) for k, s in keys}
        found.append((params, {k: RNG.normal(size=s) for k, s in keys}, eta))
    return found


def test_a_momentum_buffer_is_a_decayed_sum_of_the_earlier_gradients():
    calls, evidence = job(momentum(), steps(), shown=[1, 3, 4])
    relation = find(Setting(sgd_step, "sgd_step", calls=calls), evidence)
    assert relation.kind == "stale" and relation.line.startswith(
        "your w is, on 3 calls, the right value minus eta times a sum, decayed by 0.9 per call, of the grads passed "
        "to the earlier calls of sgd_step in this run"), relation.line


def test_without_every_call_of_the_job_or_with_one_that_does_not_fit_no_sum_is_said():
    calls, evidence = job(momentum(), steps(), shown=[1, 3, 4])
    # none known; the step with eta = 0 left out (its gradients went into the buffer); call 3 right
    for known in ((), calls[:2] + calls[3:], calls[:3] + ((calls[3][0], {}, None, sgd_step(*calls[3][0])),) + calls[4:]):
        relation = find(Setting(sgd_step, "sgd_step", calls=known), evidence)
        assert relation is None or relation.kind != "stale", relation.line
    # a decay of none of BETAS: no sum is claimed
    calls, evidence = job(momentum(beta=0.8), steps(), shown=[1, 3, 4])
    relation = find(Setting(sgd_step, "sgd_step", calls=calls), evidence)
    assert relation is None or relation.kind != "stale", relation.line
