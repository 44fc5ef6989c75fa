"""What grading does once instead of per student or per call gives what the plain work gave.

Fixed cases planned once per grader (Context.constant), a result bit for bit the reference's judged
without the tolerance's arithmetic (validate.result_problem), erf's series summed only while it changes.
"""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Context
from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Inputs
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.validate import result_problem
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.sandbox import Outcome
from mlptutor.grader.specs._kept_runs import kept_runs
from mlptutor.reference.erf import erf


def _affine(x, scale=1.0):
    return x * scale + 1.0


def test_fixed_cases_are_planned_once_for_every_student_and_hidden_ones_per_student():
    check = ValueCheck("value", fixed=((np.arange(3.0),),), hidden=lambda rng: [(rng.normal(size=3),)])
    scripted = BehaviourCheck("behaviour", scenarios=(Scenario("scripted", lambda *a: None, args=(np.ones(2),)),))
    constants: dict = {}
    alice, bob = (check.plan(Context(s, "ex", "fn", _affine, constants=constants)) for s in ("alice", "bob"))
    assert alice.calls[0] is bob.calls[0] and alice.memo[1][0] is bob.memo[1][0]
    assert not alice.memo[1][0].flags.writeable  # shared by every student's judging: nobody may change it
    assert np.array_equal(alice.memo[1][0], np.arange(3.0) + 1.0)
    assert not np.array_equal(alice.memo[1][1], bob.memo[1][1])  # hidden inputs still drawn per student
    alone = check.plan(Context("alice", "ex", "fn", _affine))
    assert [c.id for c in alone.calls] == [c.id for c in alice.calls]
    assert all(np.array_equal(a, b) for a, b in zip(alone.memo[1], alice.memo[1]))
    assert check.plan(Context("alice", "ex", "other", _affine, constants=constants)).calls[0] is not alice.calls[0]
    first, second = (scripted.plan(Context(s, "ex", "fn", _affine, constants=constants)) for s in ("alice", "bob"))
    assert first.calls[0] is second.calls[0]


def _counted(function):
    """function, and the list of the arguments of each call it ran."""
    ran = []

    def counted(*args, **kwargs):
        ran.append(args)
        return function(*args, **kwargs)
    return counted, ran


def test_shared_inputs_run_the_reference_once_whichever_parts_their_checks_pick():
    reference, ran = _counted(lambda x: (x + 1.0, 2.0 * x))
    inputs = Inputs("inputs", lambda rng: [(rng.normal(size=3),), (rng.normal(size=2),)])
    ctx = Context("alice", "ex", "fn", reference)
    first, second = (ValueCheck(name, hidden=inputs, pick=(k,)).plan(ctx) for k, name in enumerate(("a", "b")))
    assert len(ran) == 2  # one run per case, not per pick
    x = first.memo[0][0].args[0]
    assert np.array_equal(first.memo[1][0], x + 1.0) and np.array_equal(second.memo[1][0], 2.0 * x)
    assert first.calls[0].id != second.calls[0].id  # another pick is another call


def test_kept_runs_answer_the_same_argument_objects_and_run_again_on_copies():
    function, ran = _counted(lambda x, scale=1.0: {"y": x * scale})
    kept = kept_runs(function, size=2)
    x = np.arange(3.0)
    assert kept(x, scale=2.0) is kept(x, scale=2.0) and len(ran) == 1
    assert not kept(x, scale=2.0)["y"].flags.writeable  # a draw's run may be every student's (XOR_REVERSED)
    assert np.array_equal(kept(x.copy(), scale=2.0)["y"], 2.0 * x) and len(ran) == 2  # a copy: run again
    kept(np.ones(1)), kept(np.zeros(1))  # two more runs push the first out
    kept(x, scale=2.0)
    assert len(ran) == 5


def test_a_draw_hands_its_reference_run_to_planning():
    reference, ran = _counted(lambda x: x.sum())
    kept = kept_runs(reference)

    def draw(rng):  # draws until the reference's run is positive, as train's runs at the defaults are chosen
        while kept(x := rng.normal(size=3)) <= 0:
            pass
        return [(x,)]
    check = ValueCheck("value", hidden=Inputs("inputs", draw, reference=kept))
    plan = check.plan(Context("bob", "ex", "fn", reference))
    assert plan.memo[1][0] > 0 and len(ran) == len({id(args[0]) for args in ran})  # no argument run twice


def test_large_inputs_written_in_the_spec_are_planned_once_for_every_student():
    reference, ran = _counted(np.tanh)
    check = HygieneCheck("hygiene", extreme=((np.array([-1000.0, 1000.0]),),))
    constants: dict = {}
    alice, bob = (check.plan(Context(s, "ex", "fn", reference, constants=constants)) for s in ("alice", "bob"))
    assert alice.calls[0] is bob.calls[0] and len(ran) == 1
    assert alice.memo[1][0].hidden and alice.calls[0].id == "ex:fn:hygiene:big0"  # as a drawn large input is
    drawn = HygieneCheck("hygiene", extreme=lambda rng: [(np.array([-1000.0, 1000.0]),)])
    drawn = drawn.plan(Context("alice", "ex", "fn", np.tanh))
    assert [c.id for c in drawn.calls] == [c.id for c in alice.calls]
    assert np.array_equal(drawn.memo[3][0], alice.memo[3][0])


@pytest.mark.parametrize("got, expected, problem", [
    (np.array([1.0, 2.0]), np.array([1.0, 2.0]), None),
    ((np.array([1.0]), {"W": 2.5}), (np.array([1.0]), {"W": 2.5}), None),
    (np.array([1.0, np.inf]), np.array([1.0, np.inf]), "contains NaN or inf"),  # identical, still not finite
    (np.array([1.0, 2.0], dtype=np.float32), np.array([1.0, 2.0]), "expected float64"),
    (np.array([[1.0, 2.0]]), np.array([1.0, 2.0]), "shape"),
    ([1.0, 2.0], np.array([1.0, 2.0]), "expected numpy.ndarray"),
    (np.array([1.0, 2.0 + 1e-6]), np.array([1.0, 2.0]), "1 of 2 entries off"),
])
def test_a_result_identical_to_the_reference_is_judged_as_the_whole_walk_judges_it(got, expected, problem):
    found = result_problem(Outcome("ok", got), expected, 1e-8, 1e-12)
    assert (found is None) if problem is None else (problem in found)


def _erf_every_term(x):
    """erf as reference/erf.py summed it before it stopped early: all 160 terms, |x| >= 6 clipped."""
    raw = np.asarray(x, dtype=np.float64)
    x = np.clip(raw, -6.0, 6.0)
    with np.errstate(under="ignore"):
        x2 = x * x
        term, total = x.copy(), x.copy()
        for n in range(160):
            term = term * (2.0 * x2 / (2 * n + 3))
            total = total + term
        series = 2.0 / np.sqrt(np.pi) * np.exp(-x2) * total
    return np.where(np.abs(raw) >= 6.0, np.sign(raw), series)


def test_erf_stopping_early_gives_every_bit_of_the_full_sum():
    rng = np.random.default_rng(3)
    inputs = [rng.standard_normal((8, 8)) * s for s in (1e-7, 0.5, 2.0, 4.0)] + [
        np.linspace(-7.0, 7.0, 2001), np.array([0.0, -0.0, 1e-310, 5.999999, 6.0, -7.0, np.inf, -np.inf, np.nan]),
        np.float64(0.3), np.empty((0, 2))]
    for x in inputs:
        got, full = erf(x), _erf_every_term(x)
        assert got.shape == full.shape and got.tobytes() == full.tobytes()
