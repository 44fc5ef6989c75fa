"""grader/specs/regularization.py: the correct solution scores full marks, every catalogued mistake is named."""

import numpy as np
import pytest
from spec_cases import Appended, SpecTests, failed, grade_edits

from mlptutor.grader.checks.cases import Case
from mlptutor.grader.checks.statistical import dispersion_tail
from mlptutor.grader.relations.examples import candidates_of, crash_text, one_right_value, public_draws
from mlptutor.grader.specs import init as init_spec
from mlptutor.grader.specs.regularization import INDEPENDENCE_ALPHA, ONES, SPEC, drops_independently


class TestRegularizationSpec(SpecTests):
    exercise = "regularization"

    @pytest.mark.parametrize("mistake, words", [
        ("dropout-no-rescale", "scales them by 1 / (1 - p)"),
        ("dropout-p-as-keep-probability", "probability of dropping"),
        ("dropout-scaled-at-eval", "scaled at eval"),
        ("dropout-active-at-eval", "active at eval"),
        ("dropout-one-mask-for-batch", "every example got the same mask"),
    ])
    def test_dropout_behaviour_says_what_is_wrong(self, named, mistake, words):
        assert words in failed(named[mistake], "behaviour").message

    def test_an_in_place_step_is_caught(self, grader):
        code = """
            def weight_decay_step(params, grads, eta, lam):
                for key in params:
                    if key.startswith("W"):
                        params[key] *= 1 - eta * lam
                    params[key] -= eta * grads[key]
                return params
        """
        rows = grade_edits(grader, "regularization", [Appended("in place", ("weight_decay_step",), code)])["in place"]
        assert "modified in place" in failed(rows, "hygiene").message

    def test_drawing_from_rng_in_eval_mode_is_named_and_other_mask_rules_pass(self, grader):
        """The sandbox reports the generators a call advanced: eval mode must leave rng as it was (its docstring:
        rng is not used); train mode may draw its mask by any rule from rng (here a binomial keep mask)."""
        eval_draws = """
            def dropout_forward(A, p, rng, mode="train"):
                keep = rng.random(A.shape) >= p
                mask = keep / (1 - p) if mode == "train" else np.ones(A.shape)
                return A * mask, {"mask": mask}
        """
        binomial = """
            def dropout_forward(A, p, rng, mode="train"):
                mask = rng.binomial(1, 1 - p, size=A.shape) / (1 - p) if mode == "train" else np.ones(A.shape)
                return A * mask, {"mask": mask}
        """
        rows = grade_edits(grader, "regularization", [Appended("eval draws", ("dropout_forward",), eval_draws),
                                                      Appended("binomial", ("dropout_forward",), binomial)])
        row = failed(rows["eval draws"], "behaviour")
        assert row.mistake == "relation:needless-draw" and "argument 3 (rng) was drawn from" in row.message
        assert all(r.passed for r in rows["binomial"]), [(r.check, r.message) for r in rows["binomial"]]

    def test_a_mask_kept_across_calls_is_named_whatever_ran_before(self, grader):
        """A train mask cached by (shape, p) draws nothing on a hit: the reproducibility calls share a shape and p,
        so its second call hits whatever the job ran before, and the row says rng was not drawn from."""
        cached = """
            def dropout_forward(A, p, rng, mode="train"):
                if mode != "train":
                    return A, {"mask": np.ones_like(A)}
                masks = dropout_forward.__dict__.setdefault("masks", {})
                if (A.shape, p) not in masks:
                    masks[A.shape, p] = (rng.random(A.shape) >= p) / (1 - p)
                return A * masks[A.shape, p], {"mask": masks[A.shape, p]}
        """
        rows = grade_edits(grader, "regularization", [Appended("cached", ("dropout_forward",), cached)])["cached"]
        row = failed(rows, "behaviour")
        assert row.mistake == "relation:generator-unused"
        assert row.message.startswith("reproducibility: argument 3 (rng) was not drawn from")

    def test_a_dropout_example_shows_no_draw_of_the_reference_as_expected(self, grader):
        """Any mask drawn from rng with the right keep probability and scale is right: the public example shows the
        input and the student's value, never the reference's own draw as "expected" (its value check compares
        nothing with the reference's); a crash's example shows no expected value either."""
        unscaled = """
            def dropout_forward(A, p, rng, mode="train"):
                mask = np.ones_like(A) if mode == "eval" else (rng.random(A.shape) < 1 - p).astype(float)
                return A * mask, {"mask": mask}
        """
        raising = """
            def dropout_forward(A, p, rng, mode="train"):
                return undefined_name
        """
        rows = grade_edits(grader, "regularization", [Appended("unscaled", ("dropout_forward",), unscaled),
                                                      Appended("raising", ("dropout_forward",), raising)])
        # a crash on the scripted public input (naming's fixed crash) shows its input, no draw as expected
        crashed = [r.message for r in rows["raising"] if "for example" in r.message]
        assert crashed and not any("(expected" in m for m in crashed), crashed
        message = failed(rows["unscaled"], "value").message
        assert "for example, on the public input A = " in message and "none is shown as the expected one" in message
        assert "expected result" not in message
        dropout = next(f for f in SPEC.functions if f.name == "dropout_forward")
        draw = candidates_of(dropout.reference, public_draws(dropout.checks, "regularization", dropout.name), None)[0]
        assert "expected" not in crash_text(draw, ["A", "p", "rng", "mode"], "raises ValueError")

    def test_dropout_backward_unscaled_is_named_by_the_gradient_check(self, named):
        assert "unscaled mask" in failed(named["dropout-backward-unscaled"], "gradient").message


P = 0.3
# mask rules drawn from the generator (dropped where True) that the independence test must pass: the correct
# ones, and the fixed-count ones (their counts scatter less than independent draws': the test is one-sided)
RULES = {
    "uniform >= p keeps": lambda rng: rng.random(ONES.shape) < P,
    "uniform < 1 - p keeps": lambda rng: rng.random(ONES.shape) >= 1 - P,
    "binomial keep mask": lambda rng: rng.binomial(1, 1 - P, size=ONES.shape) == 0,
    "drawn transposed": lambda rng: rng.random(ONES.shape[::-1]).T < P,
    "exactly p k per example": lambda rng: np.argsort(rng.random(ONES.shape), axis=1) < round(P * ONES.shape[1]),
    "exactly p of all units": lambda rng: (rng.permutation(ONES.size) < round(P * ONES.size)).reshape(ONES.shape),
}


def _judge(dropped):
    return drops_independently((np.where(dropped, 0.0, 1 / (1 - P)), None), None, Case((ONES, P, None)))


@pytest.mark.parametrize("rule", RULES)
def test_any_correct_mask_rule_is_independent(rule):
    rng = np.random.default_rng(abs(hash(rule)) % 2**32)
    assert [problem for _ in range(40) if (problem := _judge(RULES[rule](rng)))] == []


@pytest.mark.parametrize("mask, words", [
    (lambda rng: np.broadcast_to(rng.random(ONES.shape[1]) < P, ONES.shape), "every example got the same mask"),
    (lambda rng: np.broadcast_to(rng.random((ONES.shape[0], 1)) < P, ONES.shape), "dropped or kept whole"),
    (lambda rng: np.tile(rng.random((10, ONES.shape[1])) < P, (10, 1)), "not dropped independently across"),
])
def test_a_shared_mask_is_not_independent(mask, words):
    rng = np.random.default_rng(3)
    assert all(words in (_judge(mask(rng)) or "") for _ in range(20))


def _exact_tail(trials: int, m: int, t: int) -> float:
    """P(sum of m independent (C - trials p)^2 >= t), C ~ Binomial(trials, p) with trials p whole: the
    distribution of the integer sum by FFT (its tail, not a bound)."""
    from math import comb
    mean = round(trials * P)
    pmf = np.zeros((trials - mean) ** 2 + 1)
    for c in range(trials + 1):
        pmf[(c - mean) ** 2] += comb(trials, c) * P**c * (1 - P) ** (trials - c)
    size = 1 << int(np.ceil(np.log2(m * (pmf.size - 1) + 1)))
    total = np.fft.irfft(np.fft.rfft(pmf, size) ** m, size)
    return float(np.sum(total[t:]))


@pytest.mark.parametrize("trials, m", [(ONES.shape[0], ONES.shape[1]), (ONES.shape[1], ONES.shape[0])])
def test_a_correct_mask_fails_independence_with_probability_below_alpha(trials, m):
    """The smallest scatter the test rejects: independent draws at rate p reach it with probability <= 1e-10
    (each direction). The scatter about the counts' mean is at most T, the scatter about trials p, whose exact
    tail this is (the FFT's rounding, ~1e-16 per entry, is far below)."""
    def rejected(t):  # counts whose scatter about their mean is t
        counts = np.full(m, trials * P)
        counts[:2] += np.sqrt(t / 2) * np.array([1.0, -1.0])
        return dispersion_tail(counts, trials, P) < INDEPENDENCE_ALPHA
    low, high = 0, m * trials**2
    while high - low > 1:  # the bound falls as the scatter grows: the least integer t rejected
        low, high = (low, (low + high) // 2) if rejected((low + high) // 2) else ((low + high) // 2, high)
    assert rejected(high) and not rejected(high - 1)
    assert _exact_tail(trials, m, high) <= INDEPENDENCE_ALPHA


def test_only_draws_judged_by_what_defines_them_have_many_right_values():
    """Dropout's forward is judged by what defines a mask (no value check); the initialisers are judged statistically
    too, but their value checks compare exact draws: one right value each."""
    many = [f.name for f in SPEC.functions + init_spec.SPEC.functions if not one_right_value(f.checks)]
    assert many == ["dropout_forward"]


def test_every_keep_below_slip_has_its_edit_from_its_pair():
    """The keep-below slips' Edits come from DROPOUT_SLIPS, the pairs _dropout_slip made (not a second list of ids
    by hand): every keep-below mistake of the spec is one, and its Edit is its pair's with u < 1 - p."""
    from mlptutor.grader.specs import regularization as spec

    mistakes = {m.id for f in spec.SPEC.functions for m in f.mistakes if m.id.endswith("-keep-below")}
    assert mistakes == {below.id for _, below in spec.DROPOUT_SLIPS}
    for slip, below in spec.DROPOUT_SLIPS:
        assert below.id == f"{slip.id}-keep-below" and "< 1 - p" in spec.EDITS[below.id].new
