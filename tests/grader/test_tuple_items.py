"""A tuple result with one item wrong: the item loses the rows that read it, the rows that read only the others
still judge them (grader/checks/behaviour.py _validated), and the message names the item."""

import numpy as np
import pytest

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.base import Context
from mlptutor.grader.sandbox import Outcome


def test_a_norm_returned_as_an_array_costs_the_rows_that_read_the_norm(grader, with_code, rows_of):
    code = """
        def clip_by_global_norm(grads, max_norm):
            norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
            scale = max_norm / norm if norm > max_norm else 1.0
            return {k: g * scale for k, g in grads.items()}, np.array([norm])
    """
    rows = rows_of(grader.grade({"clipping": with_code("clipping", code)}, only=["clipping"]), "clip_by_global_norm")
    # five scenarios judge the clipped dict, one the norm: the dict is right (they scored 0 while the norm was wrong)
    assert rows["behaviour"].points == pytest.approx(2.0 * 5 / 6, abs=1e-5)
    assert rows["behaviour"].message.startswith("the returned norm: result[1] has type ndarray, expected float: an "
                                                "array of shape (1,) where one number is due")
    assert rows["keys"].passed  # the dict's keys, which the norm does not touch
    assert rows["value"].points == 0.0 and rows["value"].mistake  # compares the whole result, told which item is off


def test_a_predicate_asking_a_failed_items_type_gets_that_items_problem(grader, with_code, rows_of):
    """The keys scenario asks type(result[0]) (nothing can intercept type()): with (norm, dict) swapped it was told
    "call 1 returned a _Unjudged", the stand-in's name, and no mistake."""
    code = """
        def clip_by_global_norm(grads, max_norm):
            norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
            scale = max_norm / norm if norm > max_norm else 1.0
            return norm, {k: g * scale for k, g in grads.items()}
    """
    rows = rows_of(grader.grade({"clipping": with_code("clipping", code)}, only=["clipping"]), "clip_by_global_norm")
    assert not any("_Unjudged" in r.message for r in rows.values())
    assert rows["keys"].mistake == "relation:type" and "result[0] is a float, expected a dict" in rows["keys"].message


def test_a_cache_of_another_dtype_costs_the_scenarios_that_read_it(grader, with_code, rows_of):
    code = """
        def dropout_forward(A, p, rng, mode="train"):
            mask = np.ones_like(A) if mode == "eval" else (rng.random(A.shape) >= p) / (1 - p)
            return A * mask, {"mask": mask.astype(np.float32)}
    """
    rows = rows_of(grader.grade({"regularization": with_code("regularization", code)}, only=["regularization"]),
                   "dropout_forward")
    # train-mode scenarios read the output only; eval mode reads the mask
    assert 0.0 < rows["behaviour"].points < 2.0
    assert rows["behaviour"].message.startswith("eval mode: result[1]['mask'] has dtype float32")


def _judged(expect, value, expected=(1.0, 2.0)):
    check = BehaviourCheck("b", 1.0, scenarios=(Scenario("s", expect, args=(0.0,)),))
    ctx = Context("s", "e", "f", lambda x: expected)
    plan = check.plan(ctx)
    return check.judge(ctx, plan, {plan.calls[0].id: Outcome("ok", value)})


def test_a_predicate_that_reads_a_failed_item_gets_its_problem_whatever_it_does_with_it():
    first = lambda v, e, c: None if v[0] == e[0] else "first off"  # noqa: E731
    assert _judged(first, (1.0, np.array([2.0]))).passed  # never reads item 1
    for reads in (lambda v, e, c: np.allclose(v[1], e[1]) and None, lambda v, e, c: f"{v[1]:.3f}",
                  lambda v, e, c: float(v[1]) and None, lambda v, e, c: list(v[1]), lambda v, e, c: v[1] + 1):
        verdict = _judged(reads, (1.0, np.array([2.0])))
        assert verdict.score == 0.0 and verdict.message.startswith("s: result[1] has type ndarray, expected float")
    # a result of another layout is judged as a whole, as before: no predicate sees it
    assert _judged(first, (1.0,)).message == "s: result has 1 item, expected 2"
    assert _judged(first, [1.0, 2.0]).passed  # a list for a tuple, as unpacking takes it
