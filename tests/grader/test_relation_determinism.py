"""The same submission always gets the same feedback (issue 9): what the relation finder may rerun is counted
in work of the right computation (grader/relations/values.py `counted`: lines run, arrays made; `Budget`,
draws.py `MAX_WORK`), never timed, so a machine 50 times slower explains a wrong function exactly as a fast
one does, and a rerun of a million training steps is refused on every machine alike."""

import time
from pathlib import Path

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Budget, Setting, find
from mlptutor.grader.relations.changes import Memo
from mlptutor.grader.relations.draws import MAX_WORK, _samples
from mlptutor.grader.effort import counted, package
from mlptutor.grader.relations.values import growth, items_of
from mlptutor.grader.sandbox import RNG
from mlptutor.reference import experiments, perceptron, regularization, xor

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"

DATA = np.random.default_rng(11)
X = DATA.normal(size=(6, 2))
Y = (X @ np.array([1.0, -2.0]) + 0.3 > 0).astype(float)
# fit_neuron run for steps squared: the finder's "steps were steps^2" is a rerun of 900 and 400 steps, about 25
# ms of CPU here: within the CPU-time budget of before on a fast machine, beyond it on one 50 times slower
SQUARED = [(X, Y, "logistic", 0.5, 30), (X[:4], Y[:4], "logistic", 0.2, 20)]
REFERENCE = package(perceptron.fit_neuron)  # the reference package's folder: its frames are counted

# the perceptron's fit_neuron with a deterministic error no relation fits: its "defaults" row (1,000 steps)
# would rerun the reference for 1,000,000 steps (steps squared), which the budget refuses
NOISY_FIT = """
def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(X.shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w + np.random.default_rng(len(X)).normal(size=w.shape), b, losses
"""


@pytest.fixture
def slow_clock(monkeypatch):
    """Every CPU-time measurement 50 times what it is: a machine 50 times slower, or heavily loaded."""
    real = time.process_time
    start = real()
    monkeypatch.setattr(time, "process_time", lambda: start + 50 * (real() - start))


def _related(wrong, cases):
    setting = Setting(perceptron.fit_neuron, "fit_neuron", ("w", "b", "losses"), budget=Budget())
    relation = find(setting, [Evidence(c, {}, wrong(*c)[0], (0,)) for c in cases])
    said = None if relation is None else (relation.kind, relation.title, relation.line)
    return said, (setting.budget.unit, setting.budget.spent, setting.budget.refused)


def _squared(X, y, model, eta, steps):
    return perceptron.fit_neuron(X, y, model, eta, steps * steps)


@pytest.fixture(scope="module")
def on_a_fast_machine():
    return _related(_squared, SQUARED)


def test_the_budget_counts_the_work_of_the_reference_the_same_on_every_run():
    """unit: the work (lines run) of the largest evidence call (30 steps), the same number on every run; the
    right values spend nothing."""
    work = {counted(lambda: perceptron.fit_neuron(*SQUARED[0]), REFERENCE)[1] for _ in range(2)}
    assert len(work) == 1 and work.pop() > 30 * 20
    settings = [Setting(perceptron.fit_neuron, "fit_neuron", budget=Budget()) for _ in range(2)]
    for setting in settings:
        items_of(setting, [Evidence(c, {}, perceptron.fit_neuron(*c)[0], (0,)) for c in SQUARED])
    own = counted(lambda: perceptron.fit_neuron(*SQUARED[0]), REFERENCE)[1]
    assert settings[0].budget.unit == settings[1].budget.unit == own
    right = Setting(perceptron.fit_neuron, "fit_neuron", budget=Budget())
    assert find(right, [Evidence(c, {}, perceptron.fit_neuron(*c)[0], (0,)) for c in SQUARED]) is None
    assert right.budget.spent == 0


def test_arrays_made_count_as_work():
    """activation_scale at its defaults runs few lines, each drawing a 256 x 256 matrix: the entries it makes
    count, so a rerun with width squared (65,536: a 32 GB matrix) is refused as a million training steps are."""
    rng = np.random.default_rng(0)
    lines_only = 3 * 50 * 6  # well above the lines it runs
    _, work = counted(lambda: experiments.activation_scale(rng), REFERENCE)
    assert work > 100 * lines_only
    budget = Budget()
    budget.observe(work)
    args = (rng, (0.5, 1.0, 2.0), 50, 256, 1)
    assert not budget.take(growth(args, (rng, (0.5, 1.0, 2.0), 50, 256 ** 2, 1))) and budget.refused == 1
    assert budget.take(growth(args, (rng, (0.5, 1.0, 2.0), 50, 128, 1)))


def test_a_width_grown_is_priced_by_its_square():
    """activation_scale's width 32 -> 1,600 (a change tried on a wrong submission) draws 2,500 times the entries,
    not 50 times: refused before it runs (it took 13 s of CPU), though 50 times the call's work is within RERUN."""
    rng = np.random.default_rng(0)
    args = (rng, (0.5, 1.0, 2.0), 50, 32, 2)
    _, work = counted(lambda: experiments.activation_scale(*args), REFERENCE)
    budget = Budget()
    budget.observe(work)
    assert growth(args, (rng, (0.5, 1.0, 2.0), 50, 1600, 2)) == (50, 2500)
    assert 50 * work <= Budget.RERUN < 2500 * work
    assert not budget.take((50, 2500)) and budget.refused == 1 and budget.spent == 0
    assert budget.take((2, 4)) and budget.spent == 2 * work  # steps doubled: charged as steps


def test_a_cached_reference_is_counted_uncached():
    """The xor spec's reference is a cache of train_xor: a hit does no work, a rerun on changed arguments
    misses, so the unit is the training run's own work, counted once per call of the evidence."""
    from mlptutor.grader.specs import load_specs
    cached = next(f.reference for f in load_specs()["xor"].functions if f.name == "train_xor")
    cached(0)  # a hit from now on
    setting = Setting(cached, "train_xor", budget=Budget())
    calls = [Evidence((0,), {}, None, None)]
    [item] = items_of(setting, calls)
    assert item.work == counted(lambda: xor.train_xor(0), REFERENCE)[1] == setting.budget.unit > 10_000
    assert items_of(setting, calls)[0].work == item.work


def test_a_slow_machine_finds_the_same_relation(on_a_fast_machine, slow_clock):
    relation, budget = on_a_fast_machine
    assert relation is not None and relation[0] == "argument" and "steps were steps squared" in relation[2], relation
    assert _related(_squared, SQUARED) == (relation, budget)


def test_a_million_step_rerun_is_refused_on_every_machine(slow_clock):
    """fit_neuron at its default 1,000 steps, off by no relation: steps squared would be a million steps (1,000
    times the call's work, beyond RERUN): refused and counted, the same way twice, nothing claimed."""
    cases = [(X, Y, "logistic")]
    fast = Setting(perceptron.fit_neuron, "fit_neuron", budget=Budget())

    def noisy(*c):
        return (perceptron.fit_neuron(*c)[0] + np.array([0.3, -0.2]),)
    assert find(fast, [Evidence(c, {}, noisy(*c)[0], (0,)) for c in cases]) is None
    assert 1000 * fast.budget.unit > Budget.RERUN and fast.budget.refused >= 1
    assert fast.budget.spent <= Budget.TOTAL
    again = Setting(perceptron.fit_neuron, "fit_neuron", budget=Budget())
    find(again, [Evidence(c, {}, noisy(*c)[0], (0,)) for c in cases])
    assert (again.budget.unit, again.budget.spent, again.budget.refused) == \
        (fast.budget.unit, fast.budget.spent, fast.budget.refused)


def test_draws_are_sampled_by_counted_work(slow_clock):
    """dropout_forward is short enough to rerun with SEEDS other seeds whatever the clock says; activation_scale
    at its defaults (50 layers of 256 x 256 draws, three times) is not, by its work."""
    setting = Setting(regularization.dropout_forward, "dropout_forward", budget=Budget())
    [item] = items_of(setting, [Evidence((DATA.normal(size=(4, 5)), 0.5, RNG(3)), {}, None, None)])
    assert item.work <= MAX_WORK and _samples(setting, item, Memo()) is not None
    deep = Setting(experiments.activation_scale, "activation_scale", budget=Budget())
    [long] = items_of(deep, [Evidence((RNG(3),), {}, None, None)])
    assert long.work > MAX_WORK and _samples(deep, long, Memo()) is None


def test_grading_twice_on_a_slow_machine_gives_the_same_feedback(grader, with_code, monkeypatch):
    """A wrong fit_neuron graded twice, the second time with every CPU-time measurement 50 times slower: the
    same rows, points, messages and mistakes; its defaults row (1,000 steps) says what was not explored."""
    sources = {"perceptron": with_code("perceptron", NOISY_FIT)}

    def feedback():
        report = grader.grade(sources, student="determinism", only=["perceptron"])
        return [(r.function, r.check, r.points, r.message, r.mistake) for r in report.checks]
    first = feedback()
    real = time.process_time
    start = real()
    monkeypatch.setattr(time, "process_time", lambda: start + 50 * (real() - start))
    assert feedback() == first
    rows = {check: (message, mistake) for function, check, _, message, mistake in first if function == "fit_neuron"}
    assert "not explored in full" in " ".join(m for m, _ in rows.values()), rows


def test_the_public_students_rows_leave_out_what_was_not_explored(grader, with_code):
    """The student's checker grades as the public student and cannot rerun the reference, so it never says
    what the finder left unexplored for cost: grading the public student does not say it either (the two
    agree), grading anyone else does."""
    from mlptutor.grader.pipeline import PUBLIC_STUDENT

    sources = {"perceptron": with_code("perceptron", NOISY_FIT)}

    def said(student):
        report = grader.grade(sources, student=student, only=["perceptron"])
        return " ".join(r.message for r in report.checks if r.function == "fit_neuron" and not r.passed)
    public, other = said(PUBLIC_STUDENT), said("determinism")
    assert "not explored in full" in other and "not explored in full" not in public
    assert public  # it fails there too


def test_a_memo_keyed_by_id_gets_the_same_rows_whatever_was_graded_before(grader, solution):
    """A softmax memoised by id(Z) (a course file with tests/solutions/wrong/softmax/r13_softmax_id_cache.py): the
    child keeps every call's arguments to the job's end, so no argument takes a freed one's address and the memo
    answers alike on every run (before, a later argument took a freed one's address as the allocator's history,
    the sandbox's earlier jobs, fell: rows of stale values of another shape, on some runs)."""
    memo = solution("softmax") + "\n\n" + (SOLUTIONS / "wrong" / "softmax" / "r13_softmax_id_cache.py").read_text()
    others = [{"softmax": solution("softmax")}, {"layers": solution("layers")}, {"softmax": memo}]
    seen = set()
    for i in range(4):
        for sources in others[: i % 3]:  # other submissions graded before, none in the first round
            grader.grade(sources, student="other", only=list(sources))
        report = grader.grade({"softmax": memo}, student="s0", only=["softmax"])
        seen.add(tuple((r.function, r.check, r.points, r.mistake, r.message) for r in report.checks))
    assert len(seen) == 1
    # only the reuse rows, where the refilled logits meet the memo (softmax_cross_entropy_grad calls softmax)
    failing = {(f, c, m) for f, c, _, m, _ in next(iter(seen)) if m is not None}
    assert failing == {(f, "reuse", "relation:cached-by-object") for f in ("softmax", "softmax_cross_entropy_grad")}
