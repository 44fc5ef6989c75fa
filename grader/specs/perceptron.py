"""Spec of exercises/perceptron.py: the perceptron rule, linear and logistic regression as one neuron.

Values against the reference on fixed and hidden inputs: logic gates (with a
point exactly on the threshold, where step(0) = 1), separable blobs, XOR
(which the perceptron cannot learn: it must stop after max_epochs), and
regression data for both neuron models. Every function has a hygiene
check: no call of it (whichever check made it) may change its arguments
(`w += ...` on the caller's array), nor warn on the ordinary inputs.
"""

from dataclasses import dataclass, replace

import numpy as np

from mlptutor.grader.checks.base import Verdict
from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Case, Inputs
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._kept_runs import kept_runs
from mlptutor.reference import perceptron as ref
from mlptutor.reference.activations import sigmoid
from mlptutor.reference.data import blobs

GATES = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
AND, OR, XOR = (np.array(t, dtype=float) for t in ([0, 0, 0, 1], [0, 1, 1, 1], [0, 1, 1, 0]))
# w = [1, 1], b = -1 puts (0, 1) and (1, 0) exactly on the threshold: step(0) = 1
THRESHOLD = (GATES, np.array([1.0, 1.0]), -1.0)
# XOR's rows reversed, a hidden case of every student: the same objects, so the reference trains on them once
XOR_REVERSED = (GATES[::-1], XOR[::-1])
# the reference keeping its runs on the cases train_cases draws (it runs on one to make another) and on XOR_REVERSED,
# for planning (grader/specs/_kept_runs.py): with the single run of FIT_INPUTS (grader/checks/cases.py), planning
# perceptron 32.9 -> 25.7 ms a submission (minima of 3 alternating runs of 40 students, load 10-12)
train_perceptron = kept_runs(ref.train_perceptron)
MODELS = ("linear", "logistic")


def _points(rng, n=6, d=3):
    return rng.normal(size=(n, d)), rng.normal(size=d), float(rng.normal())


def predict_cases(rng):
    """A batch, a batch of one, and a single x (d,), whose prediction is a scalar."""
    X, w, b = _points(rng)
    return [(X, w, b), (X[:1], w, b), (X[1], w, b)]


def step_cases(rng):
    """A correctly classified point, then a misclassified point of each label (an update that changes w in
    place shows only where there is an update)."""
    x, w, b = rng.normal(size=3), rng.normal(size=3), float(rng.normal())
    # the first step of training: w = 0, b = 0 gives z = 0, which fires (z >= 0), on a label 0 at the default eta
    cases = [(w, b, x, float(x @ w + b >= 0)), (np.zeros(3), 0.0, rng.normal(size=3), 0.0)]
    for y in (0.0, 1.0):
        while True:
            x, w, b = rng.normal(size=3), rng.normal(size=3), float(rng.normal())
            if float(x @ w + b >= 0) != y:
                break
        cases.append(Case((w, b, x, y), {"eta": float(rng.uniform(0.1, 1.0))}))
    # a label 1 at z = 0 exactly (small whole entries, b = -w.x): step(0) = 1 fires, so nothing changes (a +-1-label
    # rule, t z <= 0, updates here); w and x without a zero entry, not the zero start, whose zeros a do-nothing body gives
    w, x = (np.where(v == 0, 1.0, v) for v in rng.integers(-3, 4, size=(2, 3)).astype(float))
    cases.append((w, -float(w @ x), x, 1.0))
    return cases


def train_cases(rng):
    X, y = blobs(4, rng, centers=((-1.5, -1.0), (1.5, 1.0)), std=0.4)
    order = rng.permutation(len(X))
    # XOR at the defaults never converges: it runs the default max_epochs (100 epochs of 4 examples, ~5 ms)
    X, y = X[order], y[order].astype(float)
    cases = [(X, y), Case((GATES, XOR), {"max_epochs": 4}),
             Case((GATES, AND), {"eta": float(rng.uniform(0.1, 0.9))}), XOR_REVERSED]  # eta scales w and b alike
    # drawn last, so the cases above stay as they were: the clean epoch is the last one allowed (converged, although
    # every allowed epoch ran), and integer inputs (0/1 gates, as a student writes them) with a fractional eta (w
    # must be float, whatever X's dtype)
    # and labels all 1, which the zero start already gets right (z = 0 fires): one clean epoch, no update at all,
    # so b is still the start's 0 (returned as a float, like every b)
    return cases + [Case((X, y), {"max_epochs": train_perceptron(X, y)["epochs"]}),
                    Case((GATES.astype(np.int64), AND), {"eta": float(rng.uniform(0.1, 0.9))}), (X, np.ones(len(X)))]


def _small_logits(rng):
    """(X, w) with X w in (-1, 1) on both sides of 0: where a stable sigmoid's two branches meet."""
    while True:
        X, w = rng.normal(size=(6, 3)), rng.normal(size=3)
        z = X @ w
        w = w * 0.9 / np.abs(z).max()
        if (z > 0).any() and (z < 0).any():
            return X, w


def regression_cases(rng):
    """(X, y, w, b, model) for both models: real-valued targets for linear, 0/1 for logistic (one case with
    every z in (-1, 1), of both signs)."""
    X, w, b = _points(rng, n=5)
    X2, w2, b2 = _points(rng, n=9, d=4)
    X3, w3 = _small_logits(rng)
    return [(X, rng.normal(size=5), w, b, "linear"), (X, rng.integers(0, 2, size=5).astype(float), w, b, "logistic"),
            (X[:1], np.array([1.0]), w, b, "logistic"), (X3, rng.integers(0, 2, size=6).astype(float), w3, 0.0, "logistic"),
            (X2, rng.normal(size=9), w2, b2, "linear"), (X2, rng.integers(0, 2, size=9).astype(float), 0.5 * w2, b2, "logistic")]


def large_logit_cases(rng):
    """|z| up to 1000 (exp(-z) overflows past 710), labels against z's sign on some rows: log(sigmoid(z)) gives
    log(0) there; then rows X and -X with b = 0, so z reaches both +1000 and -1000 whatever sign the draw gave
    (log1p(exp(-z)) is stable for one sign only: r13 D's file kept full marks on the draws of one student name)."""
    X, w, b = _points(rng, n=5)
    z = X @ w + b
    scale = 1000.0 / np.abs(z).max()
    y = (z < 0).astype(float)
    y[0] = float(z[0] >= 0)
    both = np.vstack([X, -X]) * (1000.0 / np.abs(X @ w).max())
    return [(X * scale, y, w, b * scale, "logistic"), (both, np.tile([1.0, 0.0], 5), w, 0.0, "logistic")]


def confident_cases(rng):
    """Every example on its label's side with |z| >= 30 (p within 1e-13 of its label), so the right gradient is
    nearly 0: sigmoid(z) clipped to [1e-7, 1 - 1e-7] (Keras' epsilon) puts 1e-7 / N per example into it, far beyond
    any tolerance, where among large gradients (large_logit_cases) it hides inside the mistakes' naming tolerance."""
    X, w, b = _points(rng, n=5)
    z = X @ w + b
    scale = 30.0 / np.abs(z).min()
    return [(X * scale, (z > 0).astype(float), w, b * scale, "logistic")]


def loss_value_cases(rng):
    """regression_cases (the same draws), then one logistic case against its labels with |z| up to 16 (p down to
    1e-7): log(p + eps) is off there by eps / p, visible to the value row (1e-9: 1e-2 of a loss ~8), where a naive
    sigmoid and log(1 - p) stay within 1e-9 of the stable loss."""
    cases = regression_cases(rng)
    X, w, b = _points(rng, n=4)
    z = X @ w + b
    scale = 16.0 / np.abs(z).max()
    return [*cases, (X * scale, (z < 0).astype(float), w, b * scale, "logistic")]


def large_gradient_cases(rng):
    return [*large_logit_cases(rng), *confident_cases(rng)]


def large_forward_cases(rng):
    """The large logits of large_logit_cases through the logistic output, then rows X and -X with b = 0 (z of
    +1000 and -1000 in one batch, whichever sign the first case's largest |z| had): sigmoid(+-1000) must not
    overflow."""
    cases = [(X, w, b, "logistic") for X, _, w, b, _ in large_logit_cases(rng)]
    X, w = cases[0][0], cases[0][1]
    X = X * (1000.0 / np.abs(X @ w).max())
    return cases + [(np.vstack([X, -X]), w, 0.0, "logistic")]


def forward_cases(rng):
    X, w, b = _points(rng)
    return [(X, w, b, m) for m in MODELS]


def _float32_far(rng) -> float:
    """A target whose float32 rounding is off by more than 3e-8 of it (beyond the 1e-8 tolerance)."""
    while True:
        y = float(rng.normal())
        if abs(float(np.float32(y)) - y) > 3e-8 * abs(y):
            return y


def step_gd_cases(rng):
    """Steps from the regression cases, from small weights on large inputs (the step is most of the result), and
    from w = 0, b = 0 on one example, where the step is the whole result: w = eta x y to the last digit."""
    cases = regression_cases(rng)
    small = [(100.0 * X, y, 0.01 * w, 0.01 * b, float(rng.uniform(0.05, 0.5)), model) for X, y, w, b, model in cases[-2:]]
    first = (rng.normal(size=(1, 3)), np.array([_float32_far(rng)]), np.zeros(3), 0.0, float(rng.uniform(0.05, 0.5)), "linear")
    return [(*c[:4], float(rng.uniform(0.05, 0.5)), c[4]) for c in cases] + small + [first]


def same_losses(value, expected, case):
    """losses[t], the loss before step t, as any sequence of floats."""
    if type(value) not in (list, tuple, np.ndarray) or not all(type(v) in (float, np.float64) for v in list(value)):
        return "losses must be a list (or tuple, or float array) of floats, one per step"
    got, want = np.asarray(value, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    if got.shape != want.shape:
        return f"losses has {got.size} entries, expected one per step ({want.size})"
    close = np.isclose(got, want, rtol=1e-8, atol=1e-10)
    if close.all():
        return None
    t = int(np.argmax(~close))
    if t == 0 and np.allclose(got[:-1], want[1:], rtol=1e-8, atol=1e-10):  # recorded late: wrong from the start
        cause = "losses[t] is the loss before step t, not after it"
    elif t == 0:
        cause = "losses[0] is the loss of the start w = 0, b = 0, before any step"
    else:  # recorded at the right time (losses[0] agrees): the steps made after it differ
        cause = f"losses[0..{t - 1}] are right, so the steps from step {t - 1} on are not the documented ones"
    return f"losses[{t}] is {got[t]:.6g}, expected {want[t]:.6g}: {cause}"


def fit_cases(rng):
    X, w, b = _points(rng, n=6, d=2)
    return [Case((X, X @ w + b, "linear"), {"eta": 0.2, "steps": 5}),
            Case((X, (X @ w + b > 0).astype(float), "logistic"), {"eta": 0.5, "steps": 4}),
            Case((X[:1], np.zeros(1), "logistic"), {"eta": 0.5, "steps": 4}),
            Case((X, rng.integers(0, 2, size=6).astype(float), "logistic"), {"eta": 0.5, "steps": 4}),  # not separable
            Case((X, (X @ w + b > 0).astype(float), "logistic"), {"steps": 30})]


def fit_defaults(rng):
    """Every default (eta 0.1, 1000 steps, ~25 ms): on separable data w keeps growing, so each step shows."""
    X, w, b = _points(rng, n=6, d=2)
    return [(X, (X @ w + b > 0).astype(float), "logistic")]


def _fitted_weights(X, y, model, eta=0.1, steps=1000):
    """(w, b) of fit_neuron: its very neuron_gd_step calls from w = 0, b = 0, without the losses it records before
    each step, which no step reads (half of a run's CPU)."""
    return _fit(X, y, model, eta, steps, record=False)[:2]


@dataclass(frozen=True)
class DefaultsCheck(ValueCheck):
    """A value check of calls at the signature's defaults, whose message says so. Its evidence is related like
    any other: a rerun the relation finder cannot afford (the default steps squared is a million steps,
    grader/relations/arguments.py) is refused by its counted budget (grader/relations/values.py `Budget`)."""

    def judge(self, ctx, plan, outcomes) -> Verdict:
        verdict = super().judge(ctx, plan, outcomes)
        if verdict.passed:
            return replace(verdict, message=f"right at the defaults ({verdict.message})")
        return replace(verdict, message=f"called with the defaults (eta 0.1, 1000 steps): {verdict.message}")


def _predict(X, w, b, strict=False, signed=False, bias=True, at_zero=None):
    z = np.asarray(X) @ w + (b if bias else 0.0)
    fires = z > 0 if strict else z >= 0
    out = np.where(fires, 1.0, -1.0 if signed else 0.0)
    return out if at_zero is None else np.where(z == 0, at_zero, out)


PREDICT_STRICT = Mistake(
    "perceptron-predict-strict", "the perceptron firing only for z > 0, so step(0) = 0",
    "the course's step is 1 for z >= 0: a point exactly on the threshold counts as class 1.",
    lambda X, w, b: _predict(X, w, b, strict=True))
PREDICT_SIGN = Mistake(
    "perceptron-predict-sign", "the perceptron's output as -1/1 (sign) instead of 0/1",
    "labels here are 0 and 1: output step(z), 1 for z >= 0 and 0 below.",
    lambda X, w, b: _predict(X, w, b, signed=True))
PREDICT_NP_SIGN = Mistake(
    "perceptron-predict-np-sign", "the perceptron's output as np.sign(z): -1 below the threshold, 0 on it, 1 above",
    "np.sign is the output of a perceptron with labels -1 and 1; labels here are 0 and 1: output step(z), 1 for "
    "z >= 0 and 0 below.",
    lambda X, w, b: _predict(X, w, b, signed=True, at_zero=0.0))
PREDICT_HALF_AT_ZERO = Mistake(
    "perceptron-predict-half-at-zero", "the step taken as np.heaviside(z, 0.5): 0.5 exactly on the threshold",
    "MATLAB's heaviside (and np.heaviside(z, 0.5)) gives 1/2 at z = 0, while the perceptron's output is a class, "
    "0 or 1: the course's step is 1 for z >= 0.",
    lambda X, w, b: _predict(X, w, b, at_zero=0.5))
PREDICT_NO_BIAS = Mistake(
    "perceptron-predict-no-bias", "the perceptron without its bias, step(X w)",
    "z = X w + b: the bias moves the threshold.",
    lambda X, w, b: _predict(X, w, b, bias=False))


def _step(w, b, x, y, eta=1.0, sign=1.0, bias=True, delta_rule=False, always=False, predict=ref.perceptron_predict,
          target_only=False):
    """perceptron_step with the usual slips switchable; `predict` the rule's y_hat (a perceptron_predict mistake's
    variant: the rule predicts as perceptron_predict does); target_only: a miss moves by the label y itself."""
    x = np.asarray(x, dtype=float)
    error = (1.0 if y == 1 else -1.0) if always else y - (x @ w + b if delta_rule else predict(x, w, b))
    error = y * (error != 0) if target_only else error
    return w + sign * eta * error * x, float(b + sign * eta * error * bias)


STEP_SIGN = Mistake(
    "perceptron-rule-sign", "the perceptron rule with the wrong sign, w - eta (y - y_hat) x",
    "a missed positive example (y = 1, y_hat = 0) must pull w towards x: w + eta (y - y_hat) x.",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, sign=-1.0))
STEP_BIAS_AS_THRESHOLD = Mistake(
    "perceptron-rule-bias-as-threshold", "the bias updated like a threshold subtracted from z, b - eta (y - y_hat), "
    "while w gets + eta (y - y_hat) x",
    "b is added to z (z = X w + b): it learns like a weight whose input is always +1, b + eta (y - y_hat). Only a "
    "threshold theta, subtracted (z = X w - theta, theta = -b), moves by -eta (y - y_hat).",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, bias=-1.0))
STEP_STRICT = Mistake(
    "perceptron-rule-strict-step", "the rule's prediction firing only for z > 0, so step(0) = 0",
    "the perceptron fires at z >= 0: step(0) = 1, so at z = 0 a label 1 is already right and a label 0 is a miss.",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, predict=PREDICT_STRICT.variant))
STEP_NO_BIAS = Mistake(
    "perceptron-rule-bias-not-updated", "the perceptron rule updating w but not b",
    "the bias learns like a weight whose input is always 1: b + eta (y - y_hat).",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, bias=False))
STEP_BIAS_TIMES_X = Mistake(
    "perceptron-rule-bias-times-inputs", "the bias step multiplied by sum(x), as if b were a weight on every input",
    "the bias learns like a weight whose input is always 1: b + eta (y - y_hat), with no x in its step.",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, bias=float(np.sum(x))))
STEP_TARGET = Mistake(
    "perceptron-rule-target-times-x", "a miss corrected by eta y x and eta y (Fausett's w + alpha t x for bipolar "
    "targets) with 0/1 labels, so a false positive (y = 0) changes nothing",
    "with 0/1 labels the label alone cannot push w away from a wrongly accepted x (its y is 0): the correction is "
    "eta (y - y_hat) x, which is -eta x for a false positive.",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, target_only=True))


def _signed_margin_step(w, b, x, y, eta=1.0, recoded=True):
    """The rule of +-1 labels: update by t = 2y - 1 when t z <= 0, a margin test instead of y - step(z); not recoded,
    t is the 0/1 label itself."""
    x, t = np.asarray(x, dtype=float), 2 * y - 1 if recoded else y
    error = t if t * (x @ w + b) <= 0 else 0.0
    return w + eta * error * x, float(b + eta * error)


STEP_SIGNED_MARGIN = Mistake(
    "perceptron-rule-signed-margin", "the rule of +-1 labels, an update by t = 2y - 1 whenever t z <= 0, so a label 1 "
    "at z = 0 is updated",
    "with 0/1 labels the rule is y - y_hat with y_hat = step(z), and step(0) = 1: a label 1 at z = 0 is already "
    "right, so nothing may change there.",
    _signed_margin_step)


# the -1/+1 textbook rule pasted as it is (if y * z <= 0: w += eta y x): with a label 0 the test always holds and the
# step is 0, so a false positive never moves w, and a label 1 at z = 0 (already right) is updated
STEP_LABEL_MARGIN = Mistake(
    "perceptron-rule-label-margin", "the rule of -1/+1 labels pasted unchanged, w + eta y x whenever y z <= 0, with "
    "0/1 labels",
    "the test y z <= 0 and the step eta y x are written for labels -1 and +1: with a label 0 the test always holds "
    "and the step is 0, so a wrongly accepted x never pushes w away; and a label 1 at z = 0, which step(0) = 1 "
    "already gets right, is updated. With 0/1 labels the step is eta (y - y_hat) x, y_hat = step(z).",
    lambda w, b, x, y, eta=1.0: _signed_margin_step(w, b, x, y, eta, recoded=False))
STEP_ALWAYS = Mistake(
    "perceptron-rule-always-updates", "an update on every example, by t = +-1 (w + eta t x), the correctly "
    "classified ones included",
    "the perceptron learns only from its mistakes: y - y_hat is 0 on a correctly classified example, so nothing "
    "changes there.",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, always=True))
STEP_NP_SIGN = Mistake(
    "perceptron-rule-np-sign", "the rule's prediction taken as np.sign(z) (-1, 0 or 1) instead of step(z)",
    "with 0/1 labels y_hat must be 0 or 1: np.sign gives -1 below the threshold (an error of 2 for a missed 1, an "
    "update for a right 0) and 0 on it; predict with step(z), 1 for z >= 0.",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, predict=PREDICT_NP_SIGN.variant))
STEP_PLUS_MINUS_ONE = Mistake(
    "perceptron-rule-plus-minus-one", "label and prediction recoded to -1/+1 (Aggarwal's sign(W . X)), so every "
    "correction is 2 eta x instead of eta x",
    "with the docstring's 0/1 labels y - y_hat is -1, 0 or 1; recoded to -1/+1 the difference is -2, 0 or 2 and "
    "every correction doubles: keep y and y_hat = step(z) in 0/1.",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, sign=2.0))
STEP_DELTA = Mistake(
    "perceptron-rule-with-z", "the error taken as y - z (the raw weighted sum) instead of y - step(z)",
    "the perceptron compares its thresholded output with the label: y - y_hat is -1, 0 or 1, and 0 when it is right.",
    lambda w, b, x, y, eta=1.0: _step(w, b, x, y, eta, delta_rule=True))


def _train(X, y, eta=1.0, max_epochs=100, early_exit=True, count_after=False, converged_by_count=False,
           w_like_x=False, epoch_predictions=False, clean_epoch_uncounted=False, w_start=0.0, signed=False,
           clean_epoch_unrecorded=False, counted_at_start=False, counted_at_end=False):
    X = np.asarray(X)
    w, b, mistakes = np.full(X.shape[1], w_start), 0.0, []
    for _ in range(max_epochs):
        if epoch_predictions:  # the epoch's mistakes picked by one vectorised prediction, then the rule on those
            picked = np.flatnonzero(ref.perceptron_predict(X, w, b) != np.asarray(y))
            for i in picked:
                w, b = ref.perceptron_step(w, b, X[i], y[i], eta)
            mistakes.append(len(picked))
            if early_exit and len(picked) == 0:
                break
            continue
        # counted_at_start: the epoch's mistakes counted by one vectorised prediction, the rule still example by example
        count = int(np.sum(ref.perceptron_predict(X, w, b) != np.asarray(y))) if counted_at_start else 0
        for x, target in zip(X, y):
            if counted_at_start or counted_at_end:
                w, b = ref.perceptron_step(w, b, x, target, eta)
                continue
            before = ref.perceptron_predict(x, w, b)
            w, b = ref.perceptron_step(w, b, x, target, eta)
            w = w.astype(X.dtype).astype(float) if w_like_x else w  # kept in X's dtype: an int X truncates w
            if signed:  # the errors y - y_hat summed with their signs: a 1 -> 0 and a 0 -> 1 slip cancel
                count += target - before
                continue
            count += int((ref.perceptron_predict(x, w, b) if count_after else before) != target)
        if counted_at_end:  # one vectorised prediction with the weights the epoch ended with
            count = np.sum(ref.perceptron_predict(X, w, b) != np.asarray(y))
        count = int(count)
        mistakes.append(abs(count) if signed == "abs" else count)  # "abs": the signed sum's size recorded
        if early_exit and count == 0:
            break
    converged = len(mistakes) < max_epochs if converged_by_count else mistakes[-1] == 0
    if clean_epoch_unrecorded and converged:  # the loop left before appending the clean epoch's 0
        mistakes = mistakes[:-1]
    epochs = len(mistakes) - int(clean_epoch_uncounted and mistakes[-1] == 0)
    return {"w": w, "b": float(b), "epochs": epochs, "mistakes": mistakes, "converged": converged}


def _trained(**slips):
    """train_perceptron with the named slips of _train switched on."""
    return lambda X, y, eta=1.0, max_epochs=100: _train(X, y, eta, max_epochs, **slips)


TRAIN_NO_EXIT = Mistake(
    "perceptron-train-no-early-exit", "training on for max_epochs after an epoch without mistakes",
    "once an epoch makes no mistake nothing can change any more: stop there, and report that many epochs.",
    _trained(early_exit=False))
TRAIN_COUNT_AFTER = Mistake(
    "perceptron-train-counts-after-update", "mistakes counted after the update instead of before it",
    "a mistake is the prediction made before updating on that example: count it, then apply the rule.",
    _trained(count_after=True))
TRAIN_CONVERGED_BY_COUNT = Mistake(
    "perceptron-train-converged-by-epoch-count", "converged taken as epochs < max_epochs",
    "training can end clean in the very last allowed epoch: converged means the last epoch made no mistake.",
    _trained(converged_by_count=True))
TRAIN_EPOCH_PREDICTIONS = Mistake(
    "perceptron-train-epoch-predicted-at-once",
    "the epoch's mistakes picked by one vectorised prediction with the weights the epoch started with",
    "the perceptron rule is sequential: each example is predicted with the weights every earlier update of the "
    "epoch left, so predict it just before its own update, one example at a time.",
    _trained(epoch_predictions=True))
TRAIN_CLEAN_EPOCH_UNCOUNTED = Mistake(
    "perceptron-train-clean-epoch-not-counted", "epochs counting only the epochs that made mistakes, not the clean last one",
    "the epoch without mistakes is run too (it is how training learns it is done): epochs is len(mistakes).",
    _trained(clean_epoch_uncounted=True))
TRAIN_CLEAN_EPOCH_UNRECORDED = Mistake(
    "perceptron-train-clean-epoch-not-recorded", "the clean last epoch left out of mistakes and epochs (the loop "
    "breaks before recording it)",
    "the epoch without mistakes is run and recorded too (it is how training learns it is done): append its count, "
    "then stop; mistakes ends with that 0 and epochs is len(mistakes).",
    _trained(clean_epoch_unrecorded=True))
TRAIN_COUNTED_AT_START = Mistake(
    "perceptron-train-mistakes-counted-at-epoch-start",
    "an epoch's mistakes counted by one prediction with the weights the epoch started with, the updates still example "
    "by example",
    "a mistake is what the rule corrects: each example's prediction just before its own update, with the weights "
    "every earlier example of the epoch left; count it there, inside the loop.",
    _trained(counted_at_start=True))
TRAIN_COUNTED_AT_END = Mistake(
    "perceptron-train-mistakes-counted-at-epoch-end",
    "an epoch's mistakes counted by one prediction with the weights the epoch ended with, after its updates",
    "a mistake is what the rule corrects during the epoch: each example's prediction just before its own update; "
    "the end-of-epoch weights' errors belong to the next epoch, so training this way stops an epoch early.",
    _trained(counted_at_end=True))
TRAIN_SIGNED_COUNT = Mistake(
    "perceptron-train-mistakes-signed", "an epoch's mistakes counted as the sum of the errors y - y_hat, signs kept",
    "an error of +1 and one of -1 cancel in a sum: count the examples where y_hat != y (or sum |y - y_hat|).",
    _trained(signed=True))
TRAIN_SIGNED_SIZE = Mistake(
    # an explicit error accumulator (Zurada's E): the cycle stops when E is 0 and records |E|
    "perceptron-train-mistakes-signed-size",
    "an epoch's mistakes counted as the size of the summed errors |sum (y - y_hat)|, signs kept while summing",
    "an error of +1 and one of -1 cancel in the sum before its size is taken, so an epoch with mistakes can count "
    "0 and end training: count the examples where y_hat != y (or sum each |y - y_hat|).",
    _trained(signed="abs"))
TRAIN_W_LIKE_X = Mistake(
    "perceptron-train-weights-in-input-dtype", "w kept in X's dtype (np.zeros_like(X[0])), so an integer X truncates w",
    "start from w = np.zeros(d) (float64): with integer inputs and a fractional eta the updates are fractions.",
    _trained(w_like_x=True))

def _train_batch(X, y, eta=1.0, max_epochs=100):
    """The batch perceptron: one update per epoch by the sum of all the epoch's errors, w + eta X^T (y - y_hat)."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        error = y - ref.perceptron_predict(X, w, b)
        mistakes.append(int(np.count_nonzero(error)))
        if mistakes[-1] == 0:
            break
        w, b = w + eta * X.T @ error, b + eta * float(error.sum())
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}


TRAIN_BATCH = Mistake(
    "perceptron-train-batch-rule", "one update per epoch from all its mistakes at once (the batch perceptron)",
    "the perceptron rule updates after each example, in order, so the next example already sees the new w and b: "
    "predict, update and count example by example.",
    _train_batch)
TRAIN_W_ONES = Mistake(
    "perceptron-train-starts-at-ones", "training started from w = 1 (np.ones) instead of w = 0",
    "the docstring starts from w = 0, b = 0: another start takes other updates, mistakes and epochs.",
    _trained(w_start=1.0))


def _z(X, w, b):
    return np.asarray(X) @ w + b


FORWARD_NO_SIGMOID = Mistake(
    "neuron-logistic-without-sigmoid", "logistic regression's output without the sigmoid",
    "logistic regression outputs a probability: sigmoid(X w + b).",
    lambda X, w, b, model: _z(X, w, b))
FORWARD_SIGMOID_ALWAYS = Mistake(
    "neuron-linear-with-sigmoid", "linear regression's output squashed by a sigmoid",
    "linear regression outputs z = X w + b itself; only logistic regression applies the sigmoid.",
    lambda X, w, b, model: sigmoid(_z(X, w, b)))
FORWARD_NO_BIAS = Mistake(
    "neuron-forward-no-bias", "the neuron without its bias",
    "z = X w + b: add b.",
    lambda X, w, b, model: ref.neuron_forward(X, w, 0.0, model))
LOSS_NO_HALF = Mistake(
    "neuron-mse-no-half", "linear regression's loss without the 1/2",
    "the course's loss is 1/(2N) sum (y_hat - y)^2, so that its gradient is (y_hat - y) / N.",
    lambda X, y, w, b, model: 2 * ref.neuron_loss(X, y, w, b, model) if model == "linear" else ref.neuron_loss(X, y, w, b, model))
LOSS_N_MINUS_ONE = Mistake(
    # R's var() habit: the squared errors over N - 1
    "neuron-mse-over-n-minus-1", "linear regression's loss divided by 2 (N - 1), as R's var() divides, instead of 2N",
    "the loss is a mean over the N examples, 1/(2N) sum (y_hat - y)^2: N - 1 is the sample variance's correction, "
    "not part of a loss.",
    lambda X, y, w, b, model: (ref.neuron_loss(X, y, w, b, model) * (len(X) / (len(X) - 1) if len(X) > 1 else np.inf)
                               if model == "linear" else ref.neuron_loss(X, y, w, b, model)))
LOSS_SUM = Mistake(
    "neuron-loss-summed", "the loss summed over the examples instead of averaged",
    "divide by N: the loss is a mean over the batch.",
    lambda X, y, w, b, model: len(X) * ref.neuron_loss(X, y, w, b, model))
LOSS_SUM_OF_SQUARES = Mistake(
    "neuron-loss-summed-squares-no-half", "the loss summed over the examples instead of averaged, linear regression's "
    "as the plain sum of squared errors (no 1/2)",
    "the course's loss is a mean: 1/(2N) sum (y_hat - y)^2 for linear regression (its gradient is then (y_hat - y) / N), "
    "1/N times the sum of the logistic losses.",
    lambda X, y, w, b, model: len(X) * (2 if model == "linear" else 1) * ref.neuron_loss(X, y, w, b, model))


def _logistic_loss(p, y):
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _loss_with(X, y, w, b, model, prob):
    """neuron_loss with the logistic loss computed naively from the probabilities prob(z): a frame for the
    clipping slips below (the stub asks for the loss stably from z)."""
    z = np.asarray(X, dtype=np.float64) @ w + b
    return ref.neuron_loss(X, y, w, b, model) if model == "linear" else _logistic_loss(prob(z), y)


# the logistic loss from clipped probabilities or clipped logits: finite, but a confident mistake's loss is capped
# (at -log eps, or about the bound on z) where the stable loss from z grows like |z|; common bounds
CLIPPED_P = tuple(Mistake(
    f"neuron-logistic-loss-p-clipped-{eps:g}", f"the logistic loss from sigmoid(z) clipped to [{eps:g}, 1 - {eps:g}]",
    "compute the loss stably from z, never from p: clipping p caps the loss of a confident mistake, which should "
    "grow like |z|. Rewrite log(sigmoid(z)) so that no exp can overflow.",
    lambda X, y, w, b, model, eps=eps: _loss_with(X, y, w, b, model, lambda z: np.clip(sigmoid(z), eps, 1 - eps)))
    for eps in (1e-7, 1e-10, 1e-12, 1e-15))
CLIPPED_Z = tuple(Mistake(
    f"neuron-logistic-loss-z-clipped-{bound:g}", f"z clipped to [-{bound:g}, {bound:g}] before the logistic loss",
    "compute the loss stably from z itself, unclipped: clipping z caps the loss of a confident mistake, which "
    "should grow like |z|. Rewrite log(sigmoid(z)) so that no exp can overflow.",
    lambda X, y, w, b, model, bound=bound: _loss_with(X, y, w, b, model, lambda z: sigmoid(np.clip(z, -bound, bound))))
    for bound in (20.0, 30.0))


def _loss_log_plus(eps):
    def variant(X, y, w, b, model):
        if model == "linear":
            return ref.neuron_loss(X, y, w, b, model)
        p = sigmoid(np.asarray(X, dtype=np.float64) @ w + b)
        return float(-np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
    return variant


# a blog's np.log(p + eps) in each term: every loss off a little, a confident mistake's capped at -log eps; 1e-7 is
# Keras's epsilon, 1e-8..1e-10 blog answers' constants. The value rows' logistic case (p down to 1e-7) is off by
# about eps / p, which tells each from the right loss and from p clipped to [eps, 1 - eps] (exact there), the same
# loss on the hygiene row's saturated z. Not 1e-12: its one wrong value row is within the matching's rtol 1e-6 of
# the right loss, so it is named nowhere, and it took p clipped to 1e-12's name from the hygiene row (mende25)
ADDED_EPS = (1e-7, 1e-8, 1e-9, 1e-10)
LOG_PLUS_EPS = tuple(Mistake(
    f"neuron-logistic-loss-log-plus-{eps:g}", f"the logistic loss as log(p + {eps:g}) and log(1 - p + {eps:g}) of "
    "p = sigmoid(z)",
    f"an eps inside each log shifts every loss a little and caps a confident mistake's at -log({eps:g}) = "
    f"{-np.log(eps):.1f}, where the loss should grow like |z|: compute it stably from z itself, with no eps.",
    _loss_log_plus(eps)) for eps in ADDED_EPS)
LOSS_MSE_FOR_LOGISTIC = Mistake(
    "neuron-logistic-loss-mse", "logistic regression trained on the squared error of its probabilities",
    "logistic regression's loss is the binary cross-entropy -[y log p + (1 - y) log(1 - p)].",
    lambda X, y, w, b, model: float(0.5 * np.mean((ref.neuron_forward(X, w, b, model) - y) ** 2)))


LOSS_TARGETS_SQUEEZED = Mistake(
    # Rashid's Make Your Own Neural Network: targets 0.01 and 0.99, since a sigmoid never reaches 0 or 1
    "neuron-logistic-loss-targets-squeezed", "logistic regression's 0/1 labels rescaled to targets 0.01/0.99",
    "the labels are 0 and 1 and the loss takes them as they are: the cross-entropy from z stays finite for p near "
    "0 or 1, so no target needs moving away from them.",
    lambda X, y, w, b, model: ref.neuron_loss(X, 0.01 + 0.98 * y if model == "logistic" else y, w, b, model))


def _naive_logistic_loss(X, y, w, b, model):
    """The cross-entropy through log(sigmoid(z)) and log(1 - sigmoid(z)): inf or NaN once the sigmoid saturates."""
    if model == "linear":
        return ref.neuron_loss(X, y, w, b, model)
    with np.errstate(all="ignore"):
        p = 1 / (1 + np.exp(-_z(X, w, b)))
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


LOSS_LOG_OF_SIGMOID = Mistake(
    "neuron-logistic-loss-log-of-sigmoid", "the logistic loss computed as log(sigmoid(z)) and log(1 - sigmoid(z))",
    "for |z| of a few dozen the sigmoid rounds to 0 or 1 and its log is -inf: write the loss in z itself, without "
    "forming the sigmoid, so that no exp can overflow.",
    _naive_logistic_loss)


def _gradient(X, y, w, b, model, scale=None, sign=1.0, through_sigmoid=False, clip=None):
    out = ref.neuron_forward(X, w, b, model)
    if clip is not None and model == "logistic":
        out = np.clip(out, clip, 1 - clip)
    dz = sign * (out - y) / (len(X) if scale is None else scale)
    if through_sigmoid and model == "logistic":
        dz = dz * out * (1 - out)
    return X.T @ dz, float(np.sum(dz))


GRAD_NO_MEAN = Mistake(
    "neuron-gradient-no-1/N", "the neuron's gradient without the 1/N of the mean loss",
    "the loss is a mean over N examples, so dL/dz = (y_hat - y) / N.",
    lambda X, y, w, b, model: _gradient(X, y, w, b, model, scale=1.0))
GRAD_SIGN = Mistake(
    "neuron-gradient-sign", "the neuron's gradient as (y - y_hat), the wrong sign",
    "the gradient points uphill: dL/dz = (y_hat - y) / N, prediction minus target.",
    lambda X, y, w, b, model: _gradient(X, y, w, b, model, sign=-1.0))


def _bias_column_misread(X, y, w, b, model):
    """Geron's theta gradient [dL/db, dL/dw] (the ones column first) split as if the bias came last."""
    dw, db = ref.neuron_gradient(X, y, w, b, model)
    theta_grad = np.r_[db, dw]
    return theta_grad[:-1], float(theta_grad[-1])


GRAD_BIAS_COLUMN_MISREAD = Mistake(
    "neuron-gradient-bias-column-misread", "the gradient of theta = (b, w) over np.c_[ones, X] split from the wrong "
    "end: dL/db taken as its last entry, dL/dw as the entries before it",
    "with the ones column first, theta's gradient is [dL/db, dL/dw_1, ..., dL/dw_d]: dL/db is entry 0 and dL/dw the "
    "rest (or skip theta: dL/dw = X^T dL/dz, dL/db = sum dL/dz).",
    _bias_column_misread)
GRAD_THROUGH_SIGMOID = Mistake(
    "neuron-logistic-gradient-extra-sigmoid-derivative", "logistic regression's gradient times p (1 - p)",
    "with cross-entropy the sigmoid's derivative cancels: dL/dz = (p - y) / N, no extra p (1 - p).",
    lambda X, y, w, b, model: _gradient(X, y, w, b, model, through_sigmoid=True))
GRAD_P_CLIPPED = Mistake(
    "neuron-logistic-gradient-p-clipped-1e-07", "logistic regression's gradient from sigmoid(z) clipped to "
    "[1e-7, 1 - 1e-7]",
    "dL/dz = (p - y) / N holds for every z, and p = sigmoid(z) computed stably is exact: a clip (Keras' epsilon) "
    "changes the gradient of every example with |z| beyond about 16.",
    lambda X, y, w, b, model: _gradient(X, y, w, b, model, clip=1e-7))
GD_ASCENT = Mistake(
    "neuron-step-ascent", "the gradient step taken uphill, w + eta dL/dw",
    "descent moves against the gradient: w - eta dL/dw and b - eta dL/db.",
    lambda X, y, w, b, eta, model: ref.neuron_gd_step(X, y, w, b, -eta, model))
GD_SUMMED = Mistake(
    "neuron-step-summed-gradient", "the step taken with the gradient summed over the examples, not averaged",
    "the loss is a mean, so its gradient carries 1/N: dL/dw = X^T (y_hat - y) / N.",
    lambda X, y, w, b, eta, model: ref.neuron_gd_step(X, y, w, b, eta * len(X), model))
GD_NO_BIAS = Mistake(
    "neuron-step-bias-not-updated", "the gradient step updating w but not b",
    "the bias is learned too: b - eta dL/db.",
    lambda X, y, w, b, eta, model: (ref.neuron_gd_step(X, y, w, b, eta, model)[0], float(b)))

# how one parameter p is moved by its gradient d: the docstring's p - eta d, and the slips of one rule
RULES = {"descent": lambda p, eta, d: p - eta * d, "uphill": lambda p, eta, d: p + eta * d,
         "without-eta": lambda p, eta, d: p - d, "replaced": lambda p, eta, d: -eta * d}
RULE_CODE = {"descent": "{p} - eta * d{p}", "uphill": "{p} + eta * d{p}", "without-eta": "{p} - d{p}",
             "replaced": "-eta * d{p}"}  # each rule as a solution's code writes it (the edits below)
RULE_WORDS = {"uphill": ("taken uphill", "descent moves against the gradient: {p} - eta dL/d{p}"),
              "without-eta": ("without the learning rate", "the step is scaled by the learning rate: {p} - eta dL/d{p}"),
              "replaced": ("replacing the parameter instead of updating it",
                           "the step moves the parameter from where it is: {p} - eta dL/d{p}, not -eta dL/d{p}")}


def _ruled(w_rule: str, b_rule: str):
    """neuron_gd_step with w moved by RULES[w_rule] and b by RULES[b_rule]."""
    def step(X, y, w, b, eta, model):
        dw, db = ref.neuron_gradient(X, y, w, b, model)
        return RULES[w_rule](w, eta, dw), RULES[b_rule](b, eta, db)
    return step


def _logits_without_bias(X, y, w, b, eta, model):
    """neuron_gd_step whose logits leave b out (X w), b still moved by its gradient there."""
    dw, db = ref.neuron_gradient(X, y, w, 0.0, model)
    return w - eta * dw, b - eta * db


def _step_slips() -> list[tuple[str, str, str, object, str]]:
    """(id part, title, hint, step, the step's update as code) of a gradient step with one rule slip on w, on b,
    or on both."""
    found = []
    for rule, (said, hint) in RULE_WORDS.items():
        for params, (w_rule, b_rule) in (("w", (rule, "descent")), ("b", ("descent", rule)), ("w-and-b", (rule, rule))):
            which = params.replace("-and-", " and ")
            code = f"{RULE_CODE[w_rule].format(p='w')}, {RULE_CODE[b_rule].format(p='b')}"
            found.append((f"{params}-{rule}", f"the step for {which} {said}",
                          hint.format(p=params[0] if params != "w-and-b" else "w") + (
                              "; b - eta dL/db the same way" if params == "w-and-b" else ""), _ruled(w_rule, b_rule),
                          code))
    return found


# the step's slips on one parameter (both: GD_ASCENT, and as a fit's below)
GD_SLIPS = tuple(Mistake(f"neuron-step-{part}", title, hint, step) for part, title, hint, step, _ in _step_slips()
                 if part != "w-and-b-uphill")


def _per_example_step(X, y, w, b, eta, model):
    """An epoch of stochastic gradient descent: one update per example, by that example's own gradient."""
    for i in range(len(X)):
        w, b = ref.neuron_gd_step(X[i:i + 1], y[i:i + 1], w, b, eta, model)
    return w, b


def _fit(X, y, model, eta=0.1, steps=1000, after=False, step=ref.neuron_gd_step, bias=True, start=0.0, b_start=0.0,
         record=True):
    """fit_neuron taking `step` (a slip's), its losses with the logits' bias or (bias False) without it (record
    False: none, for a check that reads only w and b), from w = `start` in every entry and b = `b_start`."""
    w, b, losses = np.full(X.shape[1], start), b_start, []
    for _ in range(steps):
        if record and not after:
            losses.append(ref.neuron_loss(X, y, w, b if bias else 0.0, model))
        w, b = step(X, y, w, b, eta, model)
        if after:
            losses.append(ref.neuron_loss(X, y, w, b, model))
    return w, b, losses


def _fitted(step, bias=True):
    return lambda X, y, model, eta=0.1, steps=1000: _fit(X, y, model, eta, steps, step=step, bias=bias)


# a fit whose every step makes one of the step's slips (a fit calling a wrong neuron_gd_step, or its own loop)
FIT_SLIPS = tuple(Mistake(f"fit-neuron-step-{part}", f"every step of the fit: {title}", hint, _fitted(step))
                  for part, title, hint, step, _ in _step_slips()) + tuple(
    Mistake(f"fit-neuron-{m.id[len('neuron-'):]}", f"every step of the fit: {m.title}", m.hint, _fitted(m.variant))
    for m in (GD_NO_BIAS, GD_SUMMED)) + (
    Mistake("fit-neuron-logits-without-bias", "the fit's logits X w without the bias",
            "z = X w + b in the loss and its gradient: b shifts every logit.", _fitted(_logits_without_bias, False)),)


FIT_PER_EXAMPLE = Mistake(
    "fit-neuron-per-example-updates", "every step an epoch of per-example updates (stochastic gradient descent, each "
    "example's own gradient) instead of one full-batch step",
    "a step here is one full-batch gradient step, w - eta dL/dw with dL/dw averaged over all N examples; an update "
    "after each example (stochastic gradient descent, as Mitchell's BACKPROPAGATION loops) is another algorithm, "
    "with other numbers.",
    _fitted(_per_example_step))
FIT_LOSS_AFTER = Mistake(
    "fit-neuron-loss-after-step", "losses recorded after each step instead of before it",
    "losses[t] is the loss before step t, so losses[0] is the loss of the zero start.",
    lambda X, y, model, eta=0.1, steps=1000: _fit(X, y, model, eta, steps, after=True))
START_HINT = "the docstring starts from w = 0, b = 0: losses[0] is the loss of that start, and every step follows from it."
FIT_W_ONES = Mistake(
    "fit-neuron-starts-at-ones", "gradient descent started from w = 1 (np.ones) instead of w = 0",
    START_HINT,
    lambda X, y, model, eta=0.1, steps=1000: _fit(X, y, model, eta, steps, start=1.0))
FIT_B_ONE = Mistake(
    "fit-neuron-bias-starts-at-one", "gradient descent started from b = 1 instead of b = 0",
    START_HINT,
    lambda X, y, model, eta=0.1, steps=1000: _fit(X, y, model, eta, steps, b_start=1.0))
FIT_ALL_ONES = Mistake(
    "fit-neuron-starts-all-ones", "gradient descent started from w = 1 and b = 1 (ones) instead of zeros",
    START_HINT,
    lambda X, y, model, eta=0.1, steps=1000: _fit(X, y, model, eta, steps, start=1.0, b_start=1.0))
FIT_ONE_STEP_SHORT = Mistake(
    "fit-neuron-one-step-short", "one gradient step fewer than `steps`",
    "take exactly `steps` steps, recording the loss before each.",
    lambda X, y, model, eta=0.1, steps=1000: (*_fit(X, y, model, eta, steps - 1)[:2], _fit(X, y, model, eta, steps)[2]))

PREDICT_INPUTS = Inputs("inputs", predict_cases)
STEP_INPUTS = Inputs("inputs", step_cases)
TRAIN_INPUTS = Inputs("inputs", train_cases, reference=train_perceptron)
FORWARD_INPUTS = Inputs("inputs", forward_cases)
GD_INPUTS = Inputs("inputs", step_gd_cases)
LOSS_INPUTS = Inputs("loss-inputs", regression_cases)
LOSS_VALUE_INPUTS = Inputs("loss-inputs", loss_value_cases)  # neuron_loss's alone: neuron_gradient keeps LOSS_INPUTS
FIT_INPUTS = Inputs("fit-inputs", fit_cases)

# How a student makes each mistake: in the correct solution tests/solutions/perceptron.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.


def _inline_step(update: str) -> Edit:
    """fit_neuron's call of neuron_gd_step written out, with `update` the code of the new (w, b)."""
    return Edit("        w, b = neuron_gd_step(X, y, w, b, eta, model)\n    return",
                f"        dw, db = neuron_gradient(X, y, w, b, model)\n        w, b = {update}\n    return")


EDITS = {
    "neuron-logistic-gradient-p-clipped-1e-07": Edit(
        "    dz = (neuron_forward(X, w, b, model) - y) / len(X)",
        "    out = neuron_forward(X, w, b, model)\n"
        "    out = np.clip(out, 1e-7, 1 - 1e-7) if model == \"logistic\" else out\n"
        "    dz = (out - y) / len(X)"),
    "perceptron-predict-half-at-zero": Edit("return (np.asarray(X) @ w + b >= 0).astype(np.float64)",
                                            "return np.heaviside(np.asarray(X) @ w + b, 0.5)"),
    "perceptron-predict-strict": Edit("return (np.asarray(X) @ w + b >= 0)", "return (np.asarray(X) @ w + b > 0)"),
    "perceptron-predict-sign": Edit(
        "    return (np.asarray(X) @ w + b >= 0).astype(np.float64)",
        "    return np.where(np.asarray(X) @ w + b >= 0, 1.0, -1.0)"),
    "perceptron-predict-np-sign": Edit(
        "    return (np.asarray(X) @ w + b >= 0).astype(np.float64)", "    return np.sign(np.asarray(X) @ w + b)"),
    "perceptron-predict-no-bias": Edit(
        "    return (np.asarray(X) @ w + b >= 0).astype(np.float64)",
        "    return (np.asarray(X) @ w >= 0).astype(float)"),
    "perceptron-rule-target-times-x": Edit(
        "    return w + eta * error * np.asarray(x, dtype=float), float(b + eta * error)",
        "    return w + eta * y * abs(error) * np.asarray(x, dtype=float), float(b + eta * y * abs(error))"),
    "perceptron-rule-sign": Edit(
        "    return w + eta * error * np.asarray(x, dtype=float), float(b + eta * error)",
        "    return w - eta * error * np.asarray(x, dtype=float), float(b - eta * error)"),
    "perceptron-rule-bias-as-threshold": Edit(
        "    return w + eta * error * np.asarray(x, dtype=float), float(b + eta * error)",
        "    return w + eta * error * np.asarray(x, dtype=float), float(b - eta * error)"),
    "perceptron-rule-bias-not-updated": Edit(
        "    return w + eta * error * np.asarray(x, dtype=float), float(b + eta * error)",
        "    return w + eta * error * np.asarray(x, dtype=float), float(b)"),
    "perceptron-rule-bias-times-inputs": Edit("float(b + eta * error)", "float(b + eta * error * np.sum(x))"),
    "perceptron-rule-np-sign": Edit(
        "    error = y - perceptron_predict(x, w, b)", "    error = y - np.sign(np.asarray(x) @ w + b)"),
    "perceptron-rule-with-z": Edit(
        "    error = y - perceptron_predict(x, w, b)",
        "    error = y - (np.asarray(x) @ w + b)"),
    "perceptron-rule-always-updates": Edit(
        "    error = y - perceptron_predict(x, w, b)", "    error = 1.0 if y == 1 else -1.0"),
    "perceptron-rule-strict-step": Edit(
        "    error = y - perceptron_predict(x, w, b)",
        "    error = y - float(np.dot(x, w) + b > 0)"),
    "perceptron-rule-plus-minus-one": Edit(
        "    error = y - perceptron_predict(x, w, b)",
        "    error = (2 * y - 1) - (2 * perceptron_predict(x, w, b) - 1)"),
    "perceptron-rule-label-margin": Edit(
        "    error = y - perceptron_predict(x, w, b)",
        "    error = y if y * (np.dot(x, w) + b) <= 0 else 0.0"),
    "perceptron-rule-signed-margin": Edit(
        "    error = y - perceptron_predict(x, w, b)",
        "    t = 2 * y - 1\n    error = t if t * (np.dot(x, w) + b) <= 0 else 0.0"),
    "perceptron-train-no-early-exit": Edit(
        "            count += int(perceptron_predict(x, w, b) != target)\n"
        "            w, b = perceptron_step(w, b, x, target, eta)\n"
        "        mistakes.append(count)\n"
        "        if count == 0:\n"
        "            break",
        "            count += int(perceptron_predict(x, w, b) != target); w, b = perceptron_step(w, b, x, target, eta)\n"
        "        mistakes.append(count)\n"
        "        pass"),
    "perceptron-train-counts-after-update": Edit(
        "            count += int(perceptron_predict(x, w, b) != target)\n"
        "            w, b = perceptron_step(w, b, x, target, eta)",
        "            w, b = perceptron_step(w, b, x, target, eta); count += int(perceptron_predict(x, w, b) != target)"),
    "perceptron-train-converged-by-epoch-count": Edit(
        '"converged": mistakes[-1] == 0}', '"converged": len(mistakes) < max_epochs}'),
    "perceptron-train-epoch-predicted-at-once": Edit(
        "        for x, target in zip(X, y):\n"
        "            count += int(perceptron_predict(x, w, b) != target)\n"
        "            w, b = perceptron_step(w, b, x, target, eta)",
        "        wrong = np.flatnonzero(perceptron_predict(X, w, b) != y)\n"
        "        count = len(wrong)\n"
        "        for i in wrong:\n"
        "            w, b = perceptron_step(w, b, X[i], y[i], eta)"),
    "perceptron-train-mistakes-signed": Edit(
        "            count += int(perceptron_predict(x, w, b) != target)\n"
        "            w, b = perceptron_step(w, b, x, target, eta)\n"
        "        mistakes.append(count)",
        "            count += target - perceptron_predict(x, w, b)\n"
        "            w, b = perceptron_step(w, b, x, target, eta)\n"
        "        mistakes.append(int(count))"),
    "perceptron-train-mistakes-signed-size": Edit(
        "            count += int(perceptron_predict(x, w, b) != target)\n"
        "            w, b = perceptron_step(w, b, x, target, eta)\n"
        "        mistakes.append(count)",
        "            count += target - perceptron_predict(x, w, b)\n"
        "            w, b = perceptron_step(w, b, x, target, eta)\n"
        "        mistakes.append(abs(int(count)))"),
    "perceptron-train-mistakes-counted-at-epoch-start": Edit(
        "        count = 0\n        for x, target in zip(X, y):\n"
        "            count += int(perceptron_predict(x, w, b) != target)\n",
        "        count = int(np.sum(perceptron_predict(X, w, b) != y))\n        for x, target in zip(X, y):\n"),
    "perceptron-train-mistakes-counted-at-epoch-end": Edit(
        "            count += int(perceptron_predict(x, w, b) != target)\n"
        "            w, b = perceptron_step(w, b, x, target, eta)\n"
        "        mistakes.append(count)",
        "            w, b = perceptron_step(w, b, x, target, eta)\n"
        "        count = int(np.sum(perceptron_predict(X, w, b) != y))\n"
        "        mistakes.append(count)"),
    "perceptron-train-clean-epoch-not-recorded": Edit(
        "        mistakes.append(count)\n        if count == 0:\n            break\n"
        "    return {\"w\": w, \"b\": float(b), \"epochs\": len(mistakes), \"mistakes\": mistakes, "
        "\"converged\": mistakes[-1] == 0}",
        "        if count == 0:\n            break\n        mistakes.append(count)\n"
        "    return {\"w\": w, \"b\": float(b), \"epochs\": len(mistakes), \"mistakes\": mistakes, "
        "\"converged\": count == 0}"),
    "perceptron-train-clean-epoch-not-counted": Edit('"epochs": len(mistakes),', '"epochs": len(mistakes) - (count == 0),'),
    "perceptron-train-batch-rule": Edit(
        "        count = 0\n"
        "        for x, target in zip(X, y):\n"
        "            count += int(perceptron_predict(x, w, b) != target)\n"
        "            w, b = perceptron_step(w, b, x, target, eta)\n",
        "        error = y - perceptron_predict(X, w, b)\n"
        "        count = int(np.count_nonzero(error))\n"
        "        if count:\n"
        "            w, b = w + eta * X.T @ error, b + eta * float(error.sum())\n"),
    "perceptron-train-starts-at-ones": Edit("w, b, mistakes = np.zeros(X.shape[1]), 0.0, []",
                                            "w, b, mistakes = np.ones(X.shape[1]), 0.0, []"),
    "perceptron-train-weights-in-input-dtype": Edit(
        "            w, b = perceptron_step(w, b, x, target, eta)\n",
        "            w, b = perceptron_step(w, b, x, target, eta)\n            w = w.astype(X.dtype).astype(float)\n"),
    "neuron-logistic-without-sigmoid": Edit(
        "    z = X @ w + b\n"
        "    return z if model == \"linear\" else _sigmoid(z)",
        "    return X @ w + b"),
    "neuron-linear-with-sigmoid": Edit(
        "    z = X @ w + b\n"
        "    return z if model == \"linear\" else _sigmoid(z)",
        "    return _sigmoid(X @ w + b)"),
    "neuron-forward-no-bias": Edit(
        "    z = X @ w + b\n"
        "    return z if model == \"linear\" else _sigmoid(z)",
        "    z = X @ w\n"
        "    return z if model == 'linear' else _sigmoid(z)"),
    "neuron-mse-over-n-minus-1": Edit(
        "        return float(0.5 * np.mean((z - y) ** 2))",
        "        return float(np.sum((z - y) ** 2) / (2 * (len(y) - 1)))"),
    "neuron-logistic-loss-targets-squeezed": Edit(
        "np.maximum(z, 0) - z * y + np.log1p", "np.maximum(z, 0) - z * (0.01 + 0.98 * y) + np.log1p"),
    "neuron-mse-no-half": Edit(
        "    if model == \"linear\":\n"
        "        return float(0.5 * np.mean((z - y) ** 2))",
        "    if model == 'linear':\n"
        "        return float(np.mean((z - y) ** 2))"),
    **{m.id: Edit("    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))",
                  f"    p = np.clip(_sigmoid(z), {eps!r}, 1 - {eps!r})\n"
                  "    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))")
       for m, eps in zip(CLIPPED_P, (1e-7, 1e-10, 1e-12, 1e-15))},
    **{m.id: Edit("    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))",
                  "    p = _sigmoid(z)\n"
                  f"    return float(-np.mean(y * np.log(p + {eps!r}) + (1 - y) * np.log(1 - p + {eps!r})))")
       for m, eps in zip(LOG_PLUS_EPS, ADDED_EPS)},
    **{m.id: Edit("    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))",
                  f"    p = _sigmoid(np.clip(z, -{bound!r}, {bound!r}))\n"
                  "    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))")
       for m, bound in zip(CLIPPED_Z, (20.0, 30.0))},
    "neuron-loss-summed": Edit(
        "    if model == \"linear\":\n"
        "        return float(0.5 * np.mean((z - y) ** 2))\n"
        "    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))",
        "    if model == 'linear':\n"
        "        return float(0.5 * np.sum((z - y) ** 2))\n"
        "    return float(np.sum(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))"),
    "neuron-loss-summed-squares-no-half": Edit(
        "    if model == \"linear\":\n"
        "        return float(0.5 * np.mean((z - y) ** 2))\n"
        "    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))",
        "    if model == 'linear':\n"
        "        return float(np.sum((z - y) ** 2))\n"
        "    return float(np.sum(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))"),
    "neuron-logistic-loss-log-of-sigmoid": Edit(
        "    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))",
        "    p = 1 / (1 + np.exp(-z))\n"
        "    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))"),
    "neuron-logistic-loss-mse": Edit(
        "    z = X @ w + b\n"
        "    if model == \"linear\":\n"
        "        return float(0.5 * np.mean((z - y) ** 2))\n"
        "    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))",
        "    return float(0.5 * np.mean((neuron_forward(X, w, b, model) - y) ** 2))"),
    "neuron-gradient-no-1/N": Edit(
        "dz = (neuron_forward(X, w, b, model) - y) / len(X)",
        "dz = neuron_forward(X, w, b, model) - y"),
    "neuron-gradient-bias-column-misread": Edit(
        "    return X.T @ dz, float(dz.sum())",
        "    theta_grad = np.r_[dz.sum(), X.T @ dz]\n    return theta_grad[:-1], float(theta_grad[-1])"),
    "neuron-gradient-sign": Edit(
        "    dz = (neuron_forward(X, w, b, model) - y) / len(X)",
        "    dz = (y - neuron_forward(X, w, b, model)) / len(X)"),
    "neuron-logistic-gradient-extra-sigmoid-derivative": Edit(
        "    dz = (neuron_forward(X, w, b, model) - y) / len(X)",
        "    p = neuron_forward(X, w, b, model)\n"
        "    dz = (p - y) / len(X)\n"
        "    if model == 'logistic':\n"
        "        dz = dz * p * (1 - p)"),
    "neuron-step-ascent": Edit("return w - eta * dw, b - eta * db", "return w + eta * dw, b + eta * db"),
    "neuron-step-bias-not-updated": Edit("    return w - eta * dw, b - eta * db", "    return w - eta * dw, float(b)"),
    "neuron-step-summed-gradient": Edit(
        "    return w - eta * dw, b - eta * db",
        "    return w - eta * len(X) * dw, b - eta * len(X) * db"),
    **{f"neuron-step-{part}": Edit("    return w - eta * dw, b - eta * db", f"    return {code}")
       for part, _, _, _, code in _step_slips() if part != "w-and-b-uphill"},
    # a fit written with the step inline, one slip in it
    **{f"fit-neuron-step-{part}": _inline_step(code) for part, code in [
        *((part, code) for part, _, _, _, code in _step_slips()),
        ("bias-not-updated", "w - eta * dw, float(b)"), ("summed-gradient", "w - eta * len(X) * dw, b - eta * len(X) * db")]},
    "fit-neuron-logits-without-bias": Edit(
        "        losses.append(neuron_loss(X, y, w, b, model))\n"
        "        w, b = neuron_gd_step(X, y, w, b, eta, model)",
        "        losses.append(neuron_loss(X, y, w, 0.0, model))\n"
        "        dw, db = neuron_gradient(X, y, w, 0.0, model)\n"
        "        w, b = w - eta * dw, b - eta * db"),
    "fit-neuron-per-example-updates": Edit(
        "        w, b = neuron_gd_step(X, y, w, b, eta, model)\n    return",
        "        for i in range(len(X)):\n"
        "            w, b = neuron_gd_step(X[i:i + 1], y[i:i + 1], w, b, eta, model)\n    return"),
    "fit-neuron-loss-after-step": Edit(
        "        losses.append(neuron_loss(X, y, w, b, model))\n"
        "        w, b = neuron_gd_step(X, y, w, b, eta, model)",
        "        w, b = neuron_gd_step(X, y, w, b, eta, model)\n"
        "        losses.append(neuron_loss(X, y, w, b, model))"),
    "fit-neuron-starts-at-ones": Edit("    w, b, losses = np.zeros(X.shape[1]), 0.0, []",
                                      "    w, b, losses = np.ones(X.shape[1]), 0.0, []"),
    "fit-neuron-bias-starts-at-one": Edit("    w, b, losses = np.zeros(X.shape[1]), 0.0, []",
                                          "    w, b, losses = np.zeros(X.shape[1]), 1.0, []"),
    "fit-neuron-starts-all-ones": Edit("    w, b, losses = np.zeros(X.shape[1]), 0.0, []",
                                       "    w, b, losses = np.ones(X.shape[1]), 1.0, []"),
    "fit-neuron-one-step-short": Edit(
        "    for _ in range(steps):\n"
        "        losses.append(neuron_loss(X, y, w, b, model))\n"
        "        w, b = neuron_gd_step(X, y, w, b, eta, model)",
        "    for t in range(steps):\n"
        "        losses.append(neuron_loss(X, y, w, b, model))\n"
        "        if t < steps - 1:\n"
        "            w, b = neuron_gd_step(X, y, w, b, eta, model)"),
}


def _gd_step(X, y, w, b, eta, model):
    dw, db = ref.neuron_gradient(X, y, w, b, model)
    return -eta * dw, -eta * db


def _perceptron_step(w, b, x, y, eta=1.0):
    error = y - ref.perceptron_predict(x, w, b)
    return eta * error * np.asarray(x, dtype=np.float64), float(eta * error)


# the terms each update adds up to (grader.relations.terms): the parameters passed in and the step, so a
# wrong answer may be the step alone, the step negated or scaled, or the step of a wrong gradient
TERMS = {
    "neuron_gd_step": (
        Term("w, b", lambda X, y, w, b, eta, model: (np.asarray(w, dtype=np.float64), float(b))),
        Term("step -eta dw, -eta db", _gd_step)),
    "perceptron_step": (
        Term("w, b", lambda w, b, x, y, eta=1.0: (np.asarray(w, dtype=np.float64), float(b))),
        Term("step eta (y - y_hat) x, eta (y - y_hat)", _perceptron_step)),
}


SPEC = ExerciseSpec("perceptron", (
    FunctionSpec("perceptron_predict", ref.perceptron_predict, (
        ValueCheck("value", 2.0, fixed=(THRESHOLD,), hidden=PREDICT_INPUTS),
    ), (PREDICT_STRICT, PREDICT_SIGN, PREDICT_NO_BIAS, PREDICT_HALF_AT_ZERO, PREDICT_NP_SIGN)),
    FunctionSpec("perceptron_step", ref.perceptron_step, (
        ValueCheck("value", 2.0, fixed=(Case((np.array([1.0, -1.0]), 0.0, np.array([0.0, 2.0]), 1.0), {"eta": 0.5}),),
                   hidden=STEP_INPUTS, names=("w", "b")),
    ), (STEP_SIGN, STEP_NO_BIAS, STEP_BIAS_TIMES_X, STEP_TARGET, STEP_DELTA, STEP_SIGNED_MARGIN, STEP_PLUS_MINUS_ONE, STEP_ALWAYS,
        STEP_STRICT, STEP_LABEL_MARGIN, STEP_NP_SIGN,
        STEP_BIAS_AS_THRESHOLD)),
    FunctionSpec("train_perceptron", ref.train_perceptron, (
        ValueCheck("value", 3.0, fixed=((GATES, AND), (GATES, OR)), hidden=TRAIN_INPUTS),
    ), (TRAIN_NO_EXIT, TRAIN_COUNT_AFTER, TRAIN_CONVERGED_BY_COUNT, TRAIN_W_LIKE_X, TRAIN_W_ONES,
        TRAIN_EPOCH_PREDICTIONS, TRAIN_CLEAN_EPOCH_UNCOUNTED, TRAIN_SIGNED_COUNT, TRAIN_SIGNED_SIZE,
        TRAIN_CLEAN_EPOCH_UNRECORDED, TRAIN_COUNTED_AT_START, TRAIN_COUNTED_AT_END, TRAIN_BATCH)),
    FunctionSpec("neuron_forward", ref.neuron_forward, (
        ValueCheck("value", 2.0, hidden=FORWARD_INPUTS),
        HygieneCheck("hygiene", 1.0, inputs=FORWARD_INPUTS, extreme=large_forward_cases),
    ), (FORWARD_NO_SIGMOID, FORWARD_SIGMOID_ALWAYS, FORWARD_NO_BIAS)),
    FunctionSpec("neuron_loss", ref.neuron_loss, (
        ValueCheck("value", 2.0, hidden=LOSS_VALUE_INPUTS),
        # the docstring asks for the logistic loss computed stably from z
        HygieneCheck("hygiene", 1.0, inputs=LOSS_VALUE_INPUTS, extreme=large_logit_cases),
    ), (LOSS_NO_HALF, LOSS_N_MINUS_ONE, LOSS_SUM, LOSS_SUM_OF_SQUARES, LOSS_MSE_FOR_LOGISTIC, LOSS_LOG_OF_SIGMOID,
        LOSS_TARGETS_SQUEEZED, *CLIPPED_P, *CLIPPED_Z, *LOG_PLUS_EPS)),
    FunctionSpec("neuron_gradient", ref.neuron_gradient, (
        ValueCheck("value", 2.0, hidden=LOSS_INPUTS, names=("dw", "db")),
        # |z| up to 1000: the sigmoid must saturate without overflow, and (p - y) / N stays exact there
        HygieneCheck("hygiene", 1.0, inputs=LOSS_INPUTS, extreme=large_gradient_cases),
    ), (GRAD_NO_MEAN, GRAD_SIGN, GRAD_THROUGH_SIGMOID, GRAD_P_CLIPPED, GRAD_BIAS_COLUMN_MISREAD)),
    FunctionSpec("neuron_gd_step", ref.neuron_gd_step, (
        ValueCheck("value", 2.0, hidden=GD_INPUTS, names=("w", "b")),
        HygieneCheck("hygiene", 1.0, inputs=GD_INPUTS),
    ), (GD_ASCENT, GD_NO_BIAS, GD_SUMMED, *GD_SLIPS)),
    FunctionSpec("fit_neuron", ref.fit_neuron, (
        ValueCheck("value", 1.0, hidden=FIT_INPUTS, pick=(0,)),
        ValueCheck("bias", 0.5, hidden=FIT_INPUTS, pick=(1,)),
        # the docstring does not fix the container of losses: a list, tuple or float array of them is right
        BehaviourCheck("losses", 0.5, scenarios=(
            Scenario("linear regression", same_losses, draw=FIT_INPUTS, at=0, pick=(2,), validate=False),
            Scenario("logistic regression", same_losses, draw=FIT_INPUTS, at=1, pick=(2,), validate=False),
        )),
        DefaultsCheck("defaults", 0.5, hidden=fit_defaults, pick=(0,), reference=_fitted_weights),
        # w picked: the float32 rerun must not judge the container of losses, which is free
        HygieneCheck("hygiene", 0.5, inputs=FIT_INPUTS, pick=(0,)),
    ), (FIT_LOSS_AFTER, FIT_ONE_STEP_SHORT, FIT_W_ONES, FIT_B_ONE, FIT_ALL_ONES, *FIT_SLIPS,
        FIT_PER_EXAMPLE)),
), edits=EDITS, terms=TERMS)
