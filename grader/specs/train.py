"""Spec of exercises/train.py, the capstone: a student's own MLP classifier trained on real data.

The trusted side loads scikit-learn's 8x8 digits (grader/specs/_digits.py)
and sends plain arrays into the sandbox. The student's train_classifier runs
six times per student: on the digits (8 epochs, hidden [32]), and three
times on a 100-example slice where the validation loss soon turns up, so
early stopping acts (twice with one seed, once with the next), and the digits
and first small run again stopped by epochs=1 (the weights after their first
epoch). Judged by behaviour, not by exact numbers, but on the weights, never
on curves taken on trust:

- learns: the returned weights' training loss (computed here, with the
  reference forward pass) is below 70% of that of the weights after the
  first epoch (the one-epoch run), and they classify at least 90% of the
  validation set; the feedback shows the learning curve (training and
  validation loss per epoch) and the test accuracy;
- early stopping: on the student's own validation curve, the stop and best
  epochs are where the rule puts them, the returned weights have the
  validation and training losses recorded for the best epoch, and the first epoch's weights
  the loss recorded for the first (a curve made up around fitted weights
  fails, as does a curve with no one-epoch run to hold it to; a run that
  repeats nothing, even up to rounding noise, is left to the reproducible row);
- reproducible: the same seed gives the very same run, another seed does not;
- specified run: the docstring fixes every draw and step, so short runs on
  random data are compared value by value (at batch size 1, with logits in the
  thousands, at the defaults: all 30 epochs, and stopped by patience 5);
- hygiene: no specified run may warn (logits in the thousands too); no call (the six runs too) may
  change its arguments, as for every function (the pipeline's judge_arguments).

Budget: a call may use 0.25 s of CPU time, or 50x what the reference takes on
the same arguments once it reaches that (grader/sandbox/timing.py); the
reference needs about 0.1 s of CPU for the digits run and 0.05 s for the
three small ones.
"""

from __future__ import annotations

import hashlib
import inspect
import itertools
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

import numpy as np

from mlptutor.grader.checks.base import Context, Evidence, Verdict
from mlptutor.grader.checks.cases import Case, Inputs
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._digits import digits
from mlptutor.grader.specs._kept_runs import kept_runs
from mlptutor.grader.specs._runs_check import RunsCheck
from mlptutor.reference import train as ref
from mlptutor.reference.backprop import mlp_backward, mlp_loss_and_grads
from mlptutor.reference.early_stopping import early_stopping
from mlptutor.reference.init import init_params
from mlptutor.reference.losses import cross_entropy_with_logits, cross_entropy_with_logits_grad
from mlptutor.reference.mlp import mlp_forward
from mlptutor.reference.optim import minibatch_indices, sgd_step

HIDDEN = [32]
FULL = {"epochs": 8, "batch_size": 32, "eta": 0.3, "patience": 3}
SMALL = {"epochs": 60, "batch_size": 16, "eta": 0.5, "patience": 3}
SMALL_N = 100
DEFAULT_EPOCHS = 30  # train_classifier's default `epochs`
ACCURACY = 0.90
LOSS_DROP = 0.7  # the last training loss must be below this fraction of the first
CURVE = "learning curve (epoch: training / validation loss)"  # grader/feedback/curves.py reads this phrase
# the run of each label stopped after one epoch (the same seed): a curve must be the losses of the weights it trained
ONE_EPOCH = {"digits": "one-epoch", "small": "small-one-epoch"}
ONE_EPOCH_WORDS = ("(the same run with epochs=1) have validation loss", "run with epochs=1 recorded",
                   "the run with epochs=1: ", "the weights after the first epoch (the same run with epochs=1)")


def _runs(ctx: Context) -> dict[str, Case]:
    """The six calls' cases, the seeds drawn per student; every array is shared, so each crosses once."""
    data = digits()
    rng = ctx.rng("runs")
    seed, small_seed = (int(s) for s in rng.integers(2**31, size=2))
    small = (data.X_train[:SMALL_N], data.Y_train[:SMALL_N], data.X_val, data.Y_val, HIDDEN)
    # drawn again where the first seed cannot show a rule watching the accuracy, from a stream of its own (the other
    # draws of "runs", the specified runs' too, stay as they were)
    redraw = ctx.rng("small-seed")
    while not _accuracy_stops_otherwise(small_seed):
        small_seed = int(redraw.integers(2**31))
    # "again" holds a copy of the slice: calls on the very same argument objects would be merged into one
    again = (data.X_train[:SMALL_N].copy(),) + small[1:]
    digits_args = (data.X_train, data.Y_train, data.X_val, data.Y_val, HIDDEN, seed)
    return {
        "digits": Case(digits_args, dict(FULL)),
        "small": Case((*small, small_seed), dict(SMALL)),
        "again": Case((*again, small_seed), dict(SMALL)),
        "other": Case((*small, small_seed + 1), dict(SMALL)),
        # the digits and small runs stopped after their first epoch: the weights that epoch's recorded losses are of
        ONE_EPOCH["digits"]: Case(digits_args, dict(FULL, epochs=1)),
        ONE_EPOCH["small"]: Case((*small, small_seed), dict(SMALL, epochs=1)),
    }



@lru_cache(maxsize=64)
def _accuracy_stops_otherwise(seed: int) -> bool:
    """Whether the small run with `seed` stops, or keeps its best, elsewhere when early stopping watches the
    validation accuracy: an accuracy ties where the loss still falls, so on some seeds the two rules agree and the
    early-stopping row could not tell them apart (scikit-learn's habit kept it on 3 of 8 students' seeds). The right
    run is `_train`'s, whose steps the watched variant replays (`_RUNS`): one run of the steps per seed, not two."""
    data = digits()
    case = (data.X_train[:SMALL_N], data.Y_train[:SMALL_N], data.X_val, data.Y_val, HIDDEN, seed)
    right, watched = _train(*case, **SMALL), WATCHES_ACCURACY.variant(*case, **SMALL)
    return (right["stop_epoch"], right["best_epoch"]) != (watched["stop_epoch"], watched["best_epoch"])

# the reference keeping its runs on the cases the draws below choose by them, for planning, which runs it on the same
# case objects (grader/specs/_kept_runs.py): planning train 29.0 -> 19.8 ms a submission (as perceptron's figure).
# 64 runs, not 16: the recovering run's draw tries some 15 cases and pushed the cases drawn before it out (7.5 runs
# again a submission, 5.3 with 64, of which 5 are the short runs no draw runs)
train_classifier = kept_runs(ref.train_classifier, 64)


def meets_a_kink(case: Case) -> bool:
    """Whether the reference's run differentiates a hidden ReLU exactly at 0 (an example whose layer-1 units are
    all off meets layer 2 at b2 = 0 on the first step), where either one-sided derivative is right (README,
    "Kinks"): graded runs never do."""
    kinks = []
    _train(*case.args, **case.kwargs, kinks=kinks)
    return any(kinks)


def _far_apart(case: Case) -> bool:
    """The returned weights give logits above 800 and a row whose largest logit is 800 below the batch's: exp
    overflows without the shift, and one shift for the whole batch leaves that row with log(0)."""
    logits, _ = mlp_forward(case.args[0], (params := train_classifier(*case.args, **case.kwargs)["params"]),
                            ref.classifier_activations(params))
    return logits.max() > 800 and (logits.max() - logits.max(axis=1)).max() > 800


def _alike_rows_run(rng) -> Case:
    """Six nearly equal rows times 1000: logits above 800 whose row maxima lie within 100 of each other, so exp
    overflows without the shift while one shift for the whole batch is harmless (the far-apart run breaks both
    slips alike and cannot tell them apart)."""
    while True:
        v = rng.normal(size=3)
        X, X_val = (1000.0 * (v + 0.01 * rng.normal(size=(m, 3))) for m in (6, 5))
        Y, Y_val = np.eye(3)[rng.integers(3, size=6)], np.eye(3)[rng.integers(3, size=5)]
        case = Case((X, Y, X_val, Y_val, [4], int(rng.integers(2**31))),
                    {"epochs": 2, "batch_size": 3, "eta": 1e-4, "patience": 2})
        params = train_classifier(*case.args, **case.kwargs)["params"]
        logits = np.concatenate([mlp_forward(x, params, ref.classifier_activations(params))[0] for x in (X, X_val)])
        if logits.max() > 800 and (logits.max() - logits.max(axis=1)).max() < 100:
            return case


def _short_run(rng, n: int, d: int, k: int, hidden: list, scales=None, **kwargs) -> Case:
    """A few epochs on random data (rows times `scales`): cheap, and every draw, batch and step shows in its
    result; drawn again while the run meets a kink (or, with scales, until its logits are far apart)."""
    while True:
        X, X_val = rng.normal(size=(n, d)), rng.normal(size=(5, d))
        if scales is not None:
            X, X_val = X * np.resize(scales, n)[:, None], X_val * np.resize(scales, 5)[:, None]
        Y, Y_val = np.eye(k)[rng.integers(k, size=n)], np.eye(k)[rng.integers(k, size=5)]
        case = Case((X, Y, X_val, Y_val, hidden, int(rng.integers(2**31))), kwargs)
        # one hidden layer never meets a kink: X W1 + b1 is exactly 0 only on a zero row of X
        if (len(hidden) == 1 or not meets_a_kink(case)) and (scales is None or _far_apart(case)):
            return case


def _at_defaults(rng, stops: bool) -> Case:
    """A run with every default (epochs 30, batch_size 32, eta 0.1, patience 5) on 40 examples (batches of 32
    and 8), drawn again until the reference's run stops early by patience (stops) or runs all 30 epochs: the
    labels are a linear rule of X on the training and validation sets alike (the validation loss keeps falling),
    or random on the validation set (it soon turns up). A few ms per draw."""
    while True:
        X, X_val = rng.normal(size=(40, 3)), rng.normal(size=(8, 3))
        w = rng.normal(size=(3, 2))
        Y, Y_val = np.eye(2)[(X @ w).argmax(axis=1)], np.eye(2)[(X_val @ w).argmax(axis=1)]
        if stops:
            Y_val = np.eye(2)[rng.integers(2, size=8)]
        case = Case((X, Y, X_val, Y_val, [4], int(rng.integers(2**31))), {})
        if (len(train_classifier(*case.args)["val_loss"]) < DEFAULT_EPOCHS) == stops:
            return case


def _creeping_run(rng) -> Case:
    """A tiny step (eta 1e-6) on data whose labels follow one linear rule in both sets: the validation loss falls
    every epoch by less than 1e-6 (drawn again until it does), so every epoch improves and the run goes to its
    last epoch; a rule that asks an improvement to beat the best by a margin stops at patience 1."""
    while True:
        X, X_val = rng.normal(size=(8, 3)), rng.normal(size=(5, 3))
        w = rng.normal(size=(3, 2))
        Y, Y_val = np.eye(2)[(X @ w).argmax(axis=1)], np.eye(2)[(X_val @ w).argmax(axis=1)]
        case = Case((X, Y, X_val, Y_val, [3], int(rng.integers(2**31))),
                    {"epochs": 3, "batch_size": 4, "eta": 1e-6, "patience": 1})
        gains = -np.diff([np.inf, *train_classifier(*case.args, **case.kwargs)["val_loss"]])
        if len(gains) == 3 and (gains > 0).all() and (gains[1:] < 1e-6).all():
            return case


def _recovering_run(rng) -> Case:
    """A run whose validation loss rises, then falls again but stays above the best, and which patience ends later
    than a count of bad epochs never reset by an improvement would (drawn again until the reference's curve does
    both): an epoch that only beats the previous one is no improvement, and an improvement starts the count anew."""
    while True:
        case = _short_run(rng, 10, 3, 2, [4], epochs=8, batch_size=5, eta=1.0, patience=3)
        curve = train_classifier(*case.args, **case.kwargs)["val_loss"]
        bad = np.cumsum([v >= min(curve[:e], default=np.inf) for e, v in enumerate(curve)])
        if any(curve[e - 1] > curve[e] >= min(curve[:e]) for e in range(2, len(curve))) and bad[-2] >= 3:
            return case


def specified_runs(rng) -> list[Case]:
    """The docstring fixes every draw and step, so a short run's whole result is the reference's: one with
    a last short batch, two hidden layers, one that stops early (a large step, patience 1), and two at the
    defaults (all 30 epochs; stopped by patience 5), which no other call reaches, one whose every improvement
    is below 1e-6 and one whose validation loss recovers partly after a rise."""
    return [_short_run(rng, 11, 3, 3, [4], epochs=4, batch_size=4, eta=0.1, patience=2),
            _short_run(rng, 8, 2, 2, [3, 3], epochs=3, batch_size=3, eta=0.2, patience=3),
            _short_run(rng, 10, 3, 2, [4], epochs=6, batch_size=5, eta=3.0, patience=1),
            _short_run(rng, 4, 2, 2, [3], epochs=2, batch_size=1, eta=0.1, patience=2),  # one example per step
            # logits in the thousands, rows of very different scales: the loss must be computed stably per row
            _short_run(rng, 6, 3, 3, [4], scales=[1000.0, 1.0, 300.0], epochs=2, batch_size=3, eta=1e-4, patience=2),
            _alike_rows_run(rng),  # logits in the thousands, rows alike
            _at_defaults(rng, stops=False), _at_defaults(rng, stops=True),
            # eta 0: every epoch's validation loss equals the first, to the last bit; a tie is no improvement
            _short_run(rng, 6, 2, 2, [3], epochs=5, batch_size=3, eta=0.0, patience=2),
            _creeping_run(rng), _recovering_run(rng)]


SPECIFIED_RUNS = Inputs("runs", specified_runs, reference=train_classifier)


def accuracy(params, X, Y) -> float:
    logits, _ = mlp_forward(X, params, ref.classifier_activations(params))
    return float(np.mean(logits.argmax(axis=1) == Y.argmax(axis=1)))


def curve_text(value) -> str:
    pairs = "; ".join(f"{e}: {t:.4f} / {v:.4f}" for e, (t, v) in enumerate(zip(value["train_loss"], value["val_loss"])))
    return f"{CURVE}: {pairs}"


@dataclass(frozen=True)
class TrainingCheck(RunsCheck):
    """One aspect ("learns", "early-stopping", "reproducible") of the six training runs (`_runs`), which every
    aspect plans alike (the very same Call objects, so each run is sent once); the aspects judged with the
    reference are here, the layout and reproducibility in grader/specs/_runs_check.py."""

    name: str = "learns"
    points: float = 1.0
    aspect: str = "learns"
    runs: Callable | None = _runs

    def states_relation(self, verdict: Verdict) -> bool:
        """What the one-epoch runs show (a curve not of the weights, weights no better than the first epoch's, a run
        longer than its epochs) is said by the row itself (relations/stated.py): a run's values relate to the
        reference's by nothing a search of relations finds (a fake's 30 s of CPU spent on finding none)."""
        return any(words in verdict.message for words in ONE_EPOCH_WORDS)

    def _learns(self, cases, values) -> Verdict:
        value, _ = values["digits"]  # not the run's seconds: the same submission gets the same words on every run
        data = digits()
        first, last = value["train_loss"][0], value["train_loss"][-1]
        acc, test = accuracy(value["params"], data.X_val, data.Y_val), accuracy(value["params"], data.X_test, data.Y_test)
        problems = []
        # the fall is judged on the weights, not on the curve a submission reports: the returned weights' training
        # loss against that of the weights the same run has after its first epoch (the one-epoch run)
        one, problem = values[ONE_EPOCH["digits"]]
        returned = ref.classifier_loss(value["params"], data.X_train, data.Y_train)
        if other := _not_one_epoch(one, problem):
            problems.append(f"the training loss after the first epoch is unknown: {other}")
        elif not returned < LOSS_DROP * (after_one := ref.classifier_loss(one["params"], data.X_train, data.Y_train)):
            problems.append(f"the returned weights have training loss {returned:.4f}, the weights after the first "
                            f"epoch (the same run with epochs=1) {after_one:.4f}: it must fall below {LOSS_DROP:.0%} of "
                            f"the first epoch's (check the gradient step's sign and eta)")
        if acc < ACCURACY:
            problems.append(f"the returned weights classify {acc:.1%} of the validation set, at least {ACCURACY:.0%} needed")
        summary = (f"{len(value['val_loss'])} epochs; training loss {first:.4f} -> {last:.4f} (the returned weights' "
                   f"{returned:.4f}); validation accuracy {acc:.1%} (needs {ACCURACY:.0%}), test accuracy {test:.1%}; "
                   f"{curve_text(value)}")
        score = 1.0 - 0.5 * len(problems)
        # evidence: the small run (a mistake's variant replays it in a few ms, the digits run would take 0.1 s
        # per replay, and each relation tried replays the reference on it)
        small = values["small"][0]
        evidence = (Evidence(cases["small"].args, cases["small"].kwargs, small),) if problems else ()
        return Verdict(score, "; ".join([*problems, summary]), evidence)

    def _early_stopping(self, cases, values) -> Verdict:
        problems, evidence = [], []
        repeats = _alike_runs(values["small"][0], values["again"][0])
        for label in ("digits", "small"):
            value, _ = values[label]
            case = cases[label]
            if label == "small":
                evidence.append(Evidence(case.args, case.kwargs, value))
            patience = case.kwargs["patience"]
            rule = early_stopping(value["val_loss"], patience)
            said = (value["stop_epoch"], value["best_epoch"])
            if rule != said:
                problems.append(f"the {label} run: on your own validation curve, patience {patience} stops at epoch "
                                f"{rule[0]} with the best at {rule[1]}, you returned stop {said[0]}, best {said[1]}")
                continue
            restored = ref.classifier_loss(value["params"], case.args[2], case.args[3])
            recorded = value["val_loss"][value["best_epoch"]]
            # the training curve too is of the weights: the best epoch's entry is the returned weights' mean loss on the
            # whole training set (a running mean of the batches' losses, or a made-up curve, lost only 2 of 11)
            trained = ref.classifier_loss(value["params"], case.args[0], case.args[1])
            recorded_train = value["train_loss"][value["best_epoch"]]
            if not np.isclose(restored, recorded, rtol=1e-6, atol=1e-9):
                restored, recorded = _apart(restored, recorded)
                problems.append(f"the {label} run: the returned weights have validation loss {restored}, but the "
                                f"best epoch {value['best_epoch']} recorded {recorded}: return that epoch's weights")
            elif not np.isclose(trained, recorded_train, rtol=1e-6, atol=1e-9):
                trained, recorded_train = _apart(trained, recorded_train)
                problems.append(f"the {label} run: the returned weights have training loss {trained}, but the best "
                                f"epoch {value['best_epoch']} recorded {recorded_train}: after each epoch, record "
                                f"the mean loss of its weights on the whole training set")
            # (runs that never repeat are the reproducible row's)
            elif repeats and (problem := _first_epoch_problem(value, values[ONE_EPOCH[label]], case)):
                problems.append(f"the {label} run: {problem}")
        if not problems:
            stops = ", ".join(f"{l} run stopped at epoch {values[l][0]['stop_epoch']}, best {values[l][0]['best_epoch']}"
                              for l in ("digits", "small"))
            return Verdict(1.0, f"early stopping follows the rule and restores the best epoch ({stops})", tuple(evidence))
        return Verdict(1.0 - 0.5 * len(problems), "; ".join(problems), tuple(evidence))


def _apart(a: float, b: float) -> tuple[str, str]:
    """Two losses that differ, written with 4 decimals or as many more as show the difference (up to 12): a loss off
    by 1e-6 of itself (a log(p + 1e-7)) must not read as equal to the one it is compared with."""
    for decimals in range(4, 13):
        shown = f"{float(a):.{decimals}f}", f"{float(b):.{decimals}f}"
        if shown[0] != shown[1]:
            break
    return shown


def _alike_runs(a, b) -> bool:
    """Two runs with one seed that are the same run up to rounding noise (the curves and the weights within rtol
    1e-6, the stop and best epochs equal): a run repeated to the last bit, or one moved by a little noise (1e-9 of
    np.random in each loss), whose one-epoch run holds its first epoch's weights all the same. A run that repeats
    nothing (shuffles from an unseeded generator) is the reproducible row's alone, not held to another run's
    weights (a made-up curve with that noise kept the early-stopping row: 6 of 11)."""
    epochs = [(run["stop_epoch"], run["best_epoch"], run["params"].keys()) for run in (a, b)]
    if epochs[0] != epochs[1]:
        return False
    pairs = [(a[k], b[k]) for k in ("train_loss", "val_loss")] + [(a["params"][k], b["params"][k]) for k in a["params"]]
    return all(np.shape(x) == np.shape(y) and np.allclose(x, y, rtol=1e-6, atol=1e-9) for x, y in pairs)

def _not_one_epoch(one, problem: str) -> str | None:
    """None when the run with epochs=1 (its result `one`, or None and the `problem` of its layout) is a run of one
    epoch, else what it is instead, in words relations/stated.py names."""
    if one is None:
        return f"the run with epochs=1: {problem}"
    if len(one["val_loss"]) != 1:
        return f"the run with epochs=1 recorded {len(one['val_loss'])} epochs (a run lasts `epochs` epochs at most)"
    return None


def _first_epoch_problem(value, one_epoch: tuple, case: Case) -> str | None:
    """None when a run's validation curve starts at the validation loss of the weights its first epoch trained (the
    same run stopped by epochs=1: `one_epoch` its (result, problem)), else one line: the rule and the restored weights
    are judged on the curve a submission reports, which must be the loss of its weights. Without a one-epoch run
    (more epochs recorded, or none returned) no weights of the first epoch are known, so the curve is not held to
    any: the rule judged on it earns nothing (a made-up curve recording two epochs at epochs=1 kept this row)."""
    if other := _not_one_epoch(*one_epoch):
        return f"your validation curve cannot be held to the weights of its first epoch: {other}"
    after_one = ref.classifier_loss(one_epoch[0]["params"], case.args[2], case.args[3])
    if np.isclose(after_one, value["val_loss"][0], rtol=1e-6, atol=1e-9):
        return None
    start, after_one = _apart(value["val_loss"][0], after_one)
    return (f"your validation curve starts at {start}, but the weights after the first epoch (the "
            f"same run with epochs=1) have validation loss {after_one}: record the loss of the weights at the end "
            f"of each epoch")


def _linear_loss(params, X, Y):
    """The mean cross-entropy of softmax(logits) of the network with every layer linear (no hidden ReLU)."""
    logits, _ = mlp_forward(X, params, ["identity"] * (len(params) // 2))
    return cross_entropy_with_logits(logits, Y)


def _relu_logits_loss(params, X, Y):
    """The mean cross-entropy of softmax(relu(logits)): a ReLU on the output layer too."""
    logits, _ = mlp_forward(X, params, ref.classifier_activations(params))
    return cross_entropy_with_logits(np.maximum(logits, 0.0), Y)


@dataclass(frozen=True)
class Slips:
    """The usual slips of train_classifier, each off by default (the right run): what a wrong variant below
    switches on. Grouped by the part of the run they change."""

    # the generator and the initialisation: He's std replaced, (n_in, n_out) -> float
    legacy: bool = False  # every draw from np.random.RandomState(seed)
    std: Callable | None = None
    init_last_first: bool = False  # the layers' weights drawn from the last layer down to the first
    # the epoch's batches
    shuffle: bool = True  # False: the data's order, never shuffled
    second_rng: bool = False  # the shuffles from a second default_rng(seed)
    same_shuffle: bool = False  # a fresh default_rng(seed) every epoch: the same batches each epoch
    shuffle_once: bool = False  # one permutation, drawn before the first epoch, cut again every epoch
    compounding: bool = False  # each epoch's permutation reorders the previous epoch's order (sklearn's sample_idx)
    drop_last: bool = False  # the last, shorter batch left out
    with_replacement: bool = False  # ceil(N / B) batches of rng.integers(0, N, B) each: makemore's sampling
    floor_count: bool = False  # with_replacement's batches max(N // B, 1) of them: Saitoh's iter_per_epoch
    x_only: bool = False  # the rows of X follow the permutation, Y's are sliced in the data's order
    columns_permuted: bool = False  # X and Y each shuffled by rng.permuted(., axis=0): every column on its own
    # a step's gradient
    linear_forward: bool = False  # no ReLU in the forward pass (nor in the recorded losses), its derivative kept
    relu_logits: bool = False  # a ReLU on the output layer, the backward still linear there
    linear_backward: bool = False  # the hidden ReLUs' derivatives taken as 1: the backward as if they were linear
    sigmoid_derivative: bool = False  # the hidden ReLUs' derivative written as the sigmoid's, A (1 - A) of their output
    log_probs: Callable | None = None  # logits -> log-probabilities, for the stable log-softmax (steps and losses)
    recorded_log_probs: Callable | None = None  # the same for the recorded losses alone (the steps right)
    summed: bool = False  # the batch's summed loss, not its mean
    over_batch_size: bool = False  # the mean taken over batch_size, also for the shorter last batch
    over_n: bool = False  # the mean taken over the whole training set's size N, not the batch's
    bias_mean: bool = False  # the bias gradients divided by the batch size once more
    # the step itself: a solver's other update rule
    momentum: float = 0.0  # heavy-ball steps v <- momentum v + eta g, params - v (Caffe's, Chainer's MomentumSGD)
    weight_decay: float = 0.0  # g + weight_decay * params in every step (a prototxt's weight_decay), biases too
    accumulated: bool = False  # each step takes the sum of every batch's gradients so far (never cleared)
    # what each epoch records
    running_train_loss: bool = False  # the mean of the batch losses, not the loss at the end of the epoch
    running_weighted: bool = False  # that mean weighted by each batch's rows (scikit-learn's loss_curve_)
    val_on_train: bool = False  # the validation loss measured on the training set
    val_summed: bool = False  # the validation loss summed over its rows
    # early stopping and the result
    watch_train: bool = False  # the training loss watched instead of the validation loss
    watch_accuracy: bool = False  # the validation accuracy watched (higher is better), scikit-learn's validation score
    ties: bool = False  # an epoch equal to the best counts as an improvement
    min_delta: float = 0.0  # an epoch improves only when below the best by more than this
    no_reset: bool = False  # the count of epochs without improvement never reset by an improvement
    previous: bool = False  # an epoch below the previous one improves too, and becomes the best
    stop: bool = True  # False: never stops early
    no_break: bool = False  # the stop epoch noted where patience runs out, but every epoch run (and watched) all the same
    stop_late: bool = False  # stopped after patience + 1 epochs without improvement
    # the Theano tutorial's rule: an epoch without improvement stops once the epoch reaches
    # max(patience, patience_increase * best epoch) (0: the docstring's count of epochs in a row)
    patience_increase: float = 0.0
    restore: bool = True  # False: the last epoch's weights returned
    one_based_stop: bool = False  # stop_epoch counted from 1


RIGHT = Slips()


def _initial_params(widths: list, rng, slips: Slips) -> dict:
    """He's initialisation from the run's generator (init_params), or the same draws with another std."""
    if slips.std is None and not slips.init_last_first:
        return init_params(widths, rng, "he")
    std = slips.std or (lambda n_in, n_out: np.sqrt(2 / n_in))
    layers = list(enumerate(zip(widths[:-1], widths[1:]), start=1))
    params = {}
    for layer, (n_in, n_out) in layers[::-1] if slips.init_last_first else layers:  # W then b, layer by layer
        params[f"W{layer}"] = std(n_in, n_out) * rng.standard_normal((n_in, n_out))
        params[f"b{layer}"] = np.zeros(n_out)
    return {k: params[k] for layer, _ in layers for k in (f"W{layer}", f"b{layer}")}


class _FirstPermutation:
    """A generator's stand-in for the shuffles: its first permutation(n), drawn from `rng`, every time after."""

    def __init__(self, rng):
        self.rng, self.perm = rng, None

    def permutation(self, n):
        if self.perm is None:
            self.perm = self.rng.permutation(n)
        return self.perm


class _Compounding:
    """A generator's stand-in for the shuffles: each permutation(n) drawn from `rng` reorders the previous epoch's
    order, not the data's (scikit-learn's sample_idx = shuffle(sample_idx), kept from epoch to epoch)."""

    def __init__(self, rng):
        self.rng, self.order = rng, None

    def permutation(self, n):
        order = np.arange(n) if self.order is None else self.order
        self.order = order[self.rng.permutation(n)]
        return self.order


def _shuffler(rng, seed, slips: Slips) -> Callable:
    """() -> the generator an epoch's permutation comes from: the run's own, one more seeded alike, or a fresh
    one every epoch."""
    if slips.same_shuffle:
        return lambda: np.random.default_rng(seed)
    shuffles = np.random.default_rng(seed) if slips.second_rng else rng
    shuffles = _FirstPermutation(shuffles) if slips.shuffle_once else shuffles
    shuffles = _Compounding(shuffles) if slips.compounding else shuffles
    return lambda: shuffles


def _epoch_batches(n: int, batch_size: int, shuffles, slips: Slips) -> list:
    """One epoch's index arrays (the right ones: minibatch_indices from the generator)."""
    if slips.with_replacement:
        count = max(n // batch_size, 1) if slips.floor_count else -(-n // batch_size)
        return [shuffles.integers(0, n, batch_size) for _ in range(count)]
    batches = (minibatch_indices(n, batch_size, shuffles) if slips.shuffle else
               [np.arange(n)[s:s + batch_size] for s in range(0, n, batch_size)])
    return [idx for idx in batches if not (slips.drop_last and len(idx) < batch_size)]


def _log_probs_loss(log_probs: Callable) -> Callable:
    """classifier_loss with its log-softmax replaced by `log_probs` (logits -> log-probabilities)."""
    def loss(params: dict, X, Y) -> float:
        logits, _ = mlp_forward(X, params, ref.classifier_activations(params))
        with np.errstate(all="ignore"):
            return float(-np.sum(Y * log_probs(logits)) / len(X))
    return loss


def _backward_sigmoid_derivative(dout, caches: list) -> dict:
    """mlp_backward with each hidden layer's derivative taken as A (1 - A) of its output A = relu(Z) (the
    sigmoid's o (1 - o) of Mitchell's BACKPROPAGATION); a ReLU's output above 1 makes it negative, and the run
    diverges (its warnings are the student's, not the grader's)."""
    grads, delta = {}, dout
    with np.errstate(all="ignore"):
        for l in range(len(caches), 0, -1):
            cache = caches[l - 1]
            grads[f"W{l}"], grads[f"b{l}"] = cache["A_prev"].T @ delta, delta.sum(axis=0)
            if l > 1:
                delta = (delta @ cache["W"].T) * cache["A_prev"] * (1.0 - cache["A_prev"])
    return {key: grads[key] for l in range(1, len(caches) + 1) for key in (f"W{l}", f"b{l}")}


def _step_gradients(params: dict, X, Y, activations: list, slips: Slips) -> tuple[float, dict]:
    """(the batch's loss, the gradients the step takes) on one batch X (B, d), Y (B, K)."""
    if slips.log_probs is not None:
        logits, caches = mlp_forward(X, params, activations)
        with np.errstate(all="ignore"):
            delta = (np.exp(slips.log_probs(logits)) - Y) / len(X)
            return _log_probs_loss(slips.log_probs)(params, X, Y), mlp_backward(delta, caches)
    if slips.relu_logits or slips.linear_backward or slips.sigmoid_derivative or slips.linear_forward:  # one forward
        logits, caches = mlp_forward(X, params, activations)  # (the right backward, then a forward again, each batch)
        loss = cross_entropy_with_logits(logits, Y)  # mlp_loss_and_grads' loss (ref.LOSS) of this forward
        if slips.relu_logits:
            grads = mlp_backward(cross_entropy_with_logits_grad(np.maximum(logits, 0.0), Y), caches)
        elif slips.linear_backward:
            linear = [{**cache, "activation": "identity"} for cache in caches]
            grads = mlp_backward(cross_entropy_with_logits_grad(logits, Y), linear)
        elif slips.linear_forward:  # the ReLUs' derivatives at the linear forward's Z
            relu = [{**cache, "activation": name} for cache, name in zip(caches, ref.classifier_activations(params))]
            grads = mlp_backward(cross_entropy_with_logits_grad(logits, Y), relu)
        else:
            grads = _backward_sigmoid_derivative(cross_entropy_with_logits_grad(logits, Y), caches)
    else:
        loss, grads = mlp_loss_and_grads(X, Y, params, activations, ref.LOSS)
    if slips.summed:
        grads = {k: g * len(X) for k, g in grads.items()}
    if slips.bias_mean:  # the bias gradients averaged over the batch once more
        grads = {k: g / len(X) if k.startswith("b") else g for k, g in grads.items()}
    return loss, grads


def _recorded(params: dict, X_train, Y_train, X_val, Y_val, seen: list, batch_size: int,
              slips: Slips) -> tuple[float, float]:
    """(training loss, validation loss) recorded after an epoch; `seen`, the epoch's batch losses, the batches cut
    from N rows batch_size at a time (the last one shorter: the weights of a running mean by rows)."""
    log_probs = slips.recorded_log_probs or slips.log_probs
    loss = _relu_logits_loss if slips.relu_logits else _linear_loss if slips.linear_forward else \
        ref.classifier_loss if log_probs is None else _log_probs_loss(log_probs)
    rows = [min(batch_size, len(X_train) - start) for start in range(0, len(X_train), batch_size)][:len(seen)]
    train = (float(np.average(seen, weights=rows if slips.running_weighted else None)) if slips.running_train_loss
             else loss(params, X_train, Y_train))
    val = train if slips.val_on_train else loss(params, X_val, Y_val)
    return train, val * len(X_val) if slips.val_summed else val


def _meets_kink(params: dict, X, activations: list) -> bool:
    """Whether a batch meets a hidden ReLU exactly at 0, where relu' is a convention."""
    return any((c["Z"] == 0).any() for c in mlp_forward(X, params, activations)[1][:-1])


def _steps(X_train, Y_train, hidden, seed, batch_size, eta, slips: Slips, kinks: list | None):
    """The run's initial params (with no batch losses), then its params after each epoch and that epoch's batch
    losses, epoch after epoch (without end)."""
    rng = np.random.RandomState(seed) if slips.legacy else np.random.default_rng(seed)
    params = _initial_params([np.shape(X_train)[1], *hidden, np.shape(Y_train)[1]], rng, slips)
    shuffles = _shuffler(rng, seed, slips)
    activations = ["identity"] * (len(params) // 2) if slips.linear_forward else ref.classifier_activations(params)
    solver = {}  # what a slipped solver keeps between steps: a momentum's velocity, the gradients' running sum
    yield params, []
    while True:
        seen, start = [], 0
        X_epoch, Y_epoch, batches = X_train, Y_train, None
        if slips.columns_permuted:  # the epoch's data scrambled column by column, then cut in order
            X_epoch, Y_epoch = shuffles().permuted(X_train, axis=0), shuffles().permuted(Y_train, axis=0)
            batches = _epoch_batches(len(X_train), batch_size, None, replace(slips, shuffle=False))
        for idx in batches or _epoch_batches(len(X_train), batch_size, shuffles(), slips):
            if kinks is not None:
                kinks.append(_meets_kink(params, X_epoch[idx], activations))
            Y = Y_epoch[start:start + len(idx)] if slips.x_only else Y_epoch[idx]
            start += len(idx)
            loss, grads = _step_gradients(params, X_epoch[idx], Y, activations, slips)
            if slips.over_batch_size or slips.over_n:
                size = batch_size if slips.over_batch_size else len(X_train)
                grads = {k: g * len(idx) / size for k, g in grads.items()}
            seen.append(loss)
            params, solver = _solver_step(params, grads, eta, solver, slips)
        yield params, seen


def _solver_step(params: dict, grads: dict, eta: float, kept: dict, slips: Slips) -> tuple[dict, dict]:
    """The step the docstring asks for (sgd_step), or a slipped solver's, with what it keeps for the next step."""
    if not (slips.momentum or slips.weight_decay or slips.accumulated):
        return sgd_step(params, grads, eta), kept
    if slips.accumulated:
        grads = {k: kept.get(k, 0.0) + g for k, g in grads.items()}
        return sgd_step(params, grads, eta), grads
    grads = {k: g + slips.weight_decay * params[k] for k, g in grads.items()}
    velocity = {k: slips.momentum * kept.get(k, 0.0) + eta * g for k, g in grads.items()}
    return {k: params[k] - velocity[k] for k in params}, velocity


# the slips that change a run's steps; the others change only what an epoch records and when the run stops
STEP_SLIPS = ("legacy", "std", "init_last_first", "shuffle", "second_rng", "same_shuffle", "shuffle_once", "compounding",
              "drop_last", "with_replacement", "floor_count", "x_only", "columns_permuted", "linear_forward", "relu_logits",
              "linear_backward", "sigmoid_derivative", "log_probs", "summed", "over_batch_size", "over_n", "bias_mean",
              "momentum", "weight_decay", "accumulated")


class _Runs:
    """The last few runs' epochs, made as far as a variant has asked: the catalogue's variants that differ only in
    their bookkeeping (what is recorded, when it stops, what it returns) and the ignored patience and epochs
    replay one run's steps (12 wrong train_classifier files graded: 59.9 -> 42.9 s of CPU, the same rows)."""

    KEPT = 8

    def __init__(self):
        self._runs: dict[tuple, tuple[list, object]] = {}

    def epochs(self, X_train, Y_train, hidden, seed, batch_size, eta, slips: Slips):
        """The run's initial params, then its (params, batch losses) per epoch (`_steps`), made once."""
        data = hashlib.blake2b(digest_size=16)
        for a in (X_train, Y_train):
            a = np.ascontiguousarray(a)
            data.update(repr((a.dtype.str, a.shape)).encode())
            data.update(a.tobytes())
        key = (data.digest(), repr(hidden), repr(seed), repr(batch_size), repr(eta),
               tuple(getattr(slips, name) for name in STEP_SLIPS))
        if key not in self._runs:
            if len(self._runs) >= self.KEPT:
                del self._runs[next(iter(self._runs))]
            self._runs[key] = ([], _steps(X_train, Y_train, hidden, seed, batch_size, eta, slips, None))
        made, more = self._runs[key]
        for epoch in itertools.count():
            if epoch == len(made):
                try:
                    made.append(next(more))
                except BaseException:  # a run that raised is no run to go on with: the next asks again
                    self._runs.pop(key, None)
                    raise
            yield made[epoch]


_RUNS = _Runs()


def _train(X_train, Y_train, X_val, Y_val, hidden, seed, epochs=30, batch_size=32, eta=0.1, patience=5,
           slips: Slips = RIGHT, kinks: list | None = None):
    """train_classifier with `slips` (the right run without): a frame for the wrong variants below. `kinks`, a
    list, collects per step whether the batch meets a hidden ReLU exactly at 0 (`meets_a_kink`)."""
    steps = (_steps(X_train, Y_train, hidden, seed, batch_size, eta, slips, kinks) if kinks is not None else
             _RUNS.epochs(X_train, Y_train, hidden, seed, batch_size, eta, slips))
    params, _ = next(steps)  # the initial weights: returned when no epoch improves (a NaN loss) or runs
    train_loss, val_loss, errors = [], [], []  # errors: minus the validation accuracy, when that is watched
    best, best_epoch, best_params, wait, noted = np.inf, 0, params, 0, None
    for epoch, (params, seen) in zip(range(epochs), steps):
        train, val = _recorded(params, X_train, Y_train, X_val, Y_val, seen, batch_size, slips)
        train_loss.append(train)
        val_loss.append(val)
        if slips.watch_accuracy:
            errors.append(-accuracy(params, X_val, Y_val))
        watched = train_loss if slips.watch_train else errors if slips.watch_accuracy else val_loss
        if watched[-1] < best - slips.min_delta or (slips.ties and watched[-1] == best) or (
                slips.previous and len(watched) > 1 and watched[-1] < watched[-2]):
            best, best_epoch, best_params, wait = watched[-1], epoch, params, wait if slips.no_reset else 0
        else:
            wait += 1
        stops = (wait and epoch >= max(patience, slips.patience_increase * best_epoch) if slips.patience_increase
                 else wait >= patience + slips.stop_late)
        if slips.stop and stops:
            if not slips.no_break:
                break
            noted = epoch if noted is None else noted
    last = len(val_loss) - (0 if slips.one_based_stop else 1)
    return {"params": best_params if slips.restore else params, "train_loss": train_loss, "val_loss": val_loss,
            "best_epoch": best_epoch, "stop_epoch": last if noted is None else noted}


def variant(**slips):
    """train_classifier with the named slips switched on (Slips' fields)."""
    slips = Slips(**slips)
    return lambda *args, **kwargs: _train(*args, **kwargs, slips=slips)


LAST_WEIGHTS = Mistake(
    "train-returns-last-weights", "the weights of the last epoch returned instead of the best epoch's",
    "keep a copy of the params whenever the validation loss improves, and return that copy: a copy whose arrays "
    "later steps do not change in place (a new dict holding the same arrays follows every update).",
    variant(restore=False))
NO_STOPPING = Mistake(
    "train-never-stops-early", "training run for every epoch, whatever the validation loss does",
    "count the epochs since the validation loss last improved and stop when the count reaches patience.",
    variant(stop=False))
NO_BREAK = Mistake(
    "train-stop-noted-without-break", "the stop epoch noted where patience runs out, but the loop never left: every "
    "epoch trained, recorded and watched for a better one",
    "stopping means leaving the loop (break) at that epoch: the curves end there, and no later epoch can become the "
    "best.",
    variant(no_break=True))
VAL_ON_TRAIN = Mistake(
    "train-validation-loss-on-training-data", "the validation curve measured on the training set",
    "early stopping watches data the network does not train on: compute val_loss on X_val, Y_val.",
    variant(val_on_train=True))
WATCHES_TRAIN = Mistake(
    "train-early-stopping-on-training-loss", "early stopping (and the best epoch) judged on the training loss",
    "the training loss keeps falling while the network overfits: stop, and restore, on the validation loss.",
    variant(watch_train=True))
WATCHES_ACCURACY = Mistake(
    "train-early-stopping-on-validation-accuracy",
    "early stopping (and the best epoch) judged on the validation accuracy, scikit-learn's validation score",
    "the docstring watches the validation loss: an epoch improves when its validation loss is below the best so far "
    "(an accuracy moves in steps of 1/M and ties often, where the loss still falls).",
    variant(watch_accuracy=True))
SUMMED = Mistake(
    "train-gradient-summed-over-batch", "the gradient of the batch's summed loss, not its mean (no division by the batch size)",
    "the loss is the mean over the batch, so the output delta is (softmax - Y) / B: without the 1/B every step is B times too big.",
    variant(summed=True))
TIES_IMPROVE = Mistake(
    "train-tie-counts-as-improvement", "an epoch whose validation loss only equals the best counted as an improvement",
    "an epoch improves when its validation loss is strictly below the best so far: a tie moves neither the best "
    "epoch nor resets the patience count.",
    variant(ties=True))
LECUN_INIT = Mistake(
    "train-init-lecun-scale", "the weights drawn with std sqrt(1 / n_in) (LeCun) instead of He's sqrt(2 / n_in)",
    "ReLU layers use He's initialisation: std = sqrt(2 / n_in), n_in the layer's input width.",
    variant(std=lambda n_in, n_out: np.sqrt(1 / n_in)))
SMALL_CONSTANT_INIT = Mistake(
    "train-init-std-0.01", "the weights drawn with a fixed std of 0.01 (nnfs's 0.01 * randn) instead of He's "
    "sqrt(2 / n_in)",
    "a fixed small std shrinks the signal layer after layer and slows the start of training: ReLU layers use He's "
    "initialisation, std = sqrt(2 / n_in), n_in the layer's input width.",
    variant(std=lambda n_in, n_out: 0.01))
TANH_GAIN_INIT = Mistake(
    "train-init-tanh-gain", "the weights drawn with the tanh gain, std (5/3) / sqrt(n_in) (Kaiming for tanh), instead "
    "of ReLU's sqrt(2 / n_in)",
    "the gain follows the activation: 5/3 is tanh's; the ReLU layers here use He's sqrt(2) / sqrt(n_in).",
    variant(std=lambda n_in, n_out: (5 / 3) / np.sqrt(n_in)))
RELU_ON_LOGITS = Mistake(
    "train-relu-on-logits", "a ReLU on the output layer too (the backward pass still treats it as linear)",
    "the last layer is linear: its outputs are the logits softmax reads, negative ones included.",
    variant(relu_logits=True))
SAME_SHUFFLE = Mistake(
    "train-same-shuffle-every-epoch", "every epoch shuffled by a fresh generator from the seed: the same batches each epoch",
    "make the generator once, before the first draw, and take each epoch's permutation from it.",
    variant(same_shuffle=True))


def _log_of_softmax_unshifted(Z):
    """log(exp(Z) / sum exp(Z)): inf / inf = NaN once a logit passes ~710."""
    E = np.exp(Z)
    return np.log(E / E.sum(axis=1, keepdims=True))


def _log_softmax_batch_max(Z):
    """Z shifted by the largest logit of the whole batch: a row far below it underflows to log(0)."""
    S = Z - Z.max()
    return S - np.log(np.exp(S).sum(axis=1, keepdims=True))


def _log_of_softmax_plus_eps(Z, eps=1e-12):
    """log(softmax + eps): finite, but never beyond -log(eps) (27.6 for 1e-12), however far a row is from its class."""
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return np.log(E / E.sum(axis=1, keepdims=True) + eps)



def _log_of_softmax_clipped(Z):
    """log of the softmax clipped to [1e-7, 1 - 1e-7] (nnfs's loss): never beyond -log(1e-7) ~ 16.1."""
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return np.log(np.clip(E / E.sum(axis=1, keepdims=True), 1e-7, 1 - 1e-7))


SOFTMAX_UNSHIFTED = Mistake(
    "train-softmax-no-max-shift", "softmax computed as exp(logits) / sum exp(logits), without the row maximum subtracted",
    "exp overflows for logits in the hundreds (inf / inf = NaN): subtract each row's largest logit before "
    "exponentiating; the probabilities do not change.",
    variant(log_probs=_log_of_softmax_unshifted))
SOFTMAX_BATCH_MAX = Mistake(
    "train-softmax-batch-max-shift", "the logits shifted by the batch's single largest logit, not each row's own",
    "shift each row by its own maximum, over the classes: a row far below the batch's maximum "
    "underflows to exp(...) = 0 and log(0).",
    variant(log_probs=_log_softmax_batch_max))

LOG_EPS = Mistake(
    "train-loss-log-of-softmax-plus-eps", "the loss taken as -log(softmax + 1e-12), a floor added inside the log",
    "the floor caps every example's loss near 27.6, so a confidently wrong row (logits in the thousands) counts far too "
    "little: take the log-softmax itself, each row shifted by its largest logit, minus the log of its sum of exps.",
    variant(log_probs=_log_of_softmax_plus_eps))
CLIPPED_LOSS = Mistake(
    "train-recorded-loss-probabilities-clipped", "the recorded losses taken as -log of the softmax probabilities "
    "clipped to [1e-7, 1 - 1e-7] (nnfs's habit), the steps right",
    "the clip caps every example's loss at -log(1e-7) ~ 16.1, so a confidently wrong row (logits in the thousands) "
    "counts far too little, in the curves and for early stopping: record the mean of -log-softmax itself, each row "
    "shifted by its largest logit.",
    variant(recorded_log_probs=_log_of_softmax_clipped))
DELTA_IN_RECORDED_LOG = Mistake(
    "train-recorded-loss-log-plus-1e-7", "the recorded losses taken as -log(softmax + 1e-7) (Saitoh's "
    "cross_entropy_error with its delta), the steps right",
    "the 1e-7 inside the log moves every loss a little and caps a row's at -log(1e-7) ~ 16.1, so a confidently wrong "
    "row (logits in the thousands) counts far too little: record the mean of -log-softmax itself, each row shifted "
    "by its largest logit.",
    variant(recorded_log_probs=lambda Z: _log_of_softmax_plus_eps(Z, 1e-7)))

LEGACY_GENERATOR = Mistake(
    "train-legacy-generator", "every draw from the legacy np.random.RandomState(seed) (what np.random.seed(seed) "
    "and np.random.randn / np.random.permutation give) instead of np.random.default_rng(seed)",
    "the docstring fixes the generator, made once from seed, and every initial weight and every epoch's permutation "
    "drawn from it (the legacy generator draws other numbers from the same seed).",
    variant(legacy=True))


def _ignoring(name: str, default):
    """train_classifier run with the argument `name` at its default, whatever the caller passed; a callable
    `default` makes the value from the call's other arguments (a dict by name)."""
    signature = inspect.signature(ref.train_classifier)

    def run(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.arguments[name] = default(bound.arguments) if callable(default) else default
        return _train(*bound.args, **bound.kwargs)
    return run


# an argument the body never reads (its default, or the same constant, used instead): each hyperparameter with a
# default, judged where a case passes another value (every specified run but the two at the defaults)
DEFAULTS = {name: p.default for name, p in inspect.signature(ref.train_classifier).parameters.items()
            if p.default is not inspect.Parameter.empty}
IGNORED = tuple(Mistake(
    f"train-{name.replace('_', '-')}-ignored", f"{name} ignored: {default} used whatever the caller passes",
    f"every hyperparameter the caller passes must be used: read {name} where the loop needs it, never a constant.",
    _ignoring(name, default)) for name, default in DEFAULTS.items())
# scikit-learn's MLP habit: batch_size="auto" is min(200, n_samples)
AUTO_BATCH = Mistake(
    "train-batch-size-auto", "batch_size ignored: scikit-learn's automatic min(200, N) rows per batch used instead",
    "read batch_size where the loop cuts the permutation: every hyperparameter the caller passes must be used, "
    "never a size of your own (scikit-learn takes min(200, n_samples) only for batch_size='auto').",
    _ignoring("batch_size", lambda arguments: min(200, len(arguments["X_train"]))))
DROPS_LAST = Mistake(
    "train-drops-last-batch", "the last, shorter batch of each epoch left out",
    "the epoch trains on every example: the last slice of the permutation, shorter than batch_size, is a batch too.",
    variant(drop_last=True))
FAN_OUT = Mistake(
    "train-he-from-fan-out", "He's std taken from the layer's fan-out, sqrt(2 / n_l)",
    "He initialisation scales by the layer's inputs: std sqrt(2 / n_{l-1}).",
    variant(std=lambda n_in, n_out: np.sqrt(2 / n_out)))
BIAS_MEAN = Mistake(
    "train-bias-gradient-averaged-twice", "the bias gradients divided by the batch size once more",
    "delta already carries the 1/B of the mean loss: the bias gradient is delta summed over the batch.",
    variant(bias_mean=True))
NO_SHUFFLE = Mistake(
    "train-no-shuffle", "the batches taken in the data's order, never shuffled",
    "each epoch draws perm = rng.permutation(N) from the generator and cuts the batches from it.",
    variant(shuffle=False))
SECOND_RNG = Mistake(
    "train-second-generator", "the shuffles drawn from a second default_rng(seed)",
    "one generator for the whole run: the shuffles continue the stream the initialisation drew from.",
    variant(second_rng=True))
RUNNING_LOSS = Mistake(
    "train-loss-running-mean", "the training loss recorded as the mean of the batch losses during the epoch",
    "record the loss on the whole training set with the weights at the end of the epoch.",
    variant(running_train_loss=True))
RUNNING_WEIGHTED = Mistake(
    "train-loss-running-weighted-mean",
    "the training loss recorded as the epoch's batch losses averaged by their rows (scikit-learn's loss_curve_)",
    "record the loss on the whole training set with the weights at the end of the epoch: each batch's loss was "
    "taken before its step, with older weights.",
    variant(running_train_loss=True, running_weighted=True))
VAL_SUMMED = Mistake(
    "train-validation-loss-summed", "the validation loss summed over its rows instead of averaged",
    "the loss is a mean over the examples: divide by the number of validation rows.",
    variant(val_summed=True))
WITH_REPLACEMENT = Mistake(
    "train-batches-sampled-with-replacement", "each mini-batch drawn at random with replacement (makemore's "
    "randint habit), instead of cut from one permutation per epoch",
    "an epoch visits every example once: draw perm = rng.permutation(N) at its start and cut perm[0:B], perm[B:2B], "
    "...; random indices repeat some examples and skip others.",
    variant(with_replacement=True))
SAMPLED_PER_ITERATION = Mistake(
    "train-batches-sampled-n-over-b", "N // B mini-batches per epoch, each drawn at random with replacement (Saitoh's "
    "batch_mask = np.random.choice(train_size, batch_size)), instead of cut from one permutation per epoch",
    WITH_REPLACEMENT.hint, variant(with_replacement=True, floor_count=True))
SHUFFLE_ONCE = Mistake(
    "train-shuffle-once", "one permutation drawn before the first epoch and cut into the same batches every epoch",
    "draw a fresh perm = rng.permutation(N) at the start of every epoch, so each epoch visits the examples in a new "
    "order.",
    variant(shuffle_once=True))
COMPOUNDING = Mistake(
    "train-shuffle-of-previous-order", "each epoch's permutation applied to the previous epoch's order, not the data's "
    "(scikit-learn's sample_idx shuffled again every epoch)",
    "perm = rng.permutation(N) indexes the training set itself: batch an epoch as X_train[perm[0:B]], ... (a new "
    "order of the data), not the last epoch's order permuted once more.",
    variant(compounding=True))
INIT_LAST_FIRST = Mistake(
    "train-init-last-layer-first", "the He weights drawn from the last layer down to the first",
    "draw the weights in the docstring's order, layer 1 first: from one generator, the order decides which numbers "
    "each layer gets.",
    variant(init_last_first=True))
STOP_LATE = Mistake(
    "train-patience-off-by-one", "training stopped one epoch late, after patience + 1 epochs without improvement",
    "stop at the epoch that makes `patience` epochs in a row without improvement (wait >= patience): with "
    "patience 1, the first epoch that does not improve is the last.",
    variant(stop_late=True))
LINEAR_BACKWARD = Mistake(
    "train-relu-derivative-always-one", "the hidden ReLUs' derivative taken as 1 everywhere (a mask that is always "
    "true, such as A >= 0 on the ReLU's output)",
    "backpropagate through ReLU with its derivative: a unit that was off in the forward pass passes no gradient. "
    "Where does your delta become 0?",
    variant(linear_backward=True))
_NO_RELU_HINT = ("the docstring's hidden layers are ReLUs: without a nonlinearity between them the layers compose to "
                 "one linear map, whatever their widths. Where does your forward pass apply the activation?")
FORWARD_LINEAR = Mistake(
    "train-hidden-relu-missing-forward", "the hidden layers' ReLU left out of the forward pass (its derivative still "
    "in the backward)", _NO_RELU_HINT, variant(linear_forward=True))
HIDDEN_LINEAR = Mistake(
    "train-hidden-layers-linear", "the hidden layers left linear: no ReLU in the forward pass, nor its derivative in "
    "the backward", _NO_RELU_HINT, variant(linear_forward=True, linear_backward=True))
SIGMOID_DERIVATIVE = Mistake(
    "train-relu-derivative-as-sigmoids", "the hidden ReLUs' derivative written as the sigmoid's, A (1 - A) of their "
    "output (Mitchell's o_h (1 - o_h))",
    "o (1 - o) is the derivative of a sigmoid unit; these hidden units are ReLUs, whose derivative is 1 where Z > 0 "
    "and 0 elsewhere (A (1 - A) turns negative once a ReLU's output passes 1, and the steps blow up).",
    variant(sigmoid_derivative=True))


def _soft_targets(X_train, Y_train, X_val, Y_val, *args, **kwargs):
    """The run on Mitchell's 0.1/0.9 targets in place of the one-hot rows, its losses measured against them too."""
    return _train(X_train, 0.8 * np.asarray(Y_train) + 0.1, X_val, 0.8 * np.asarray(Y_val) + 0.1, *args, **kwargs)


SOFT_TARGETS = Mistake(
    "train-targets-0.1-0.9", "trained toward Mitchell's 0.1/0.9 targets (0.8 Y + 0.1) instead of the one-hot rows, "
    "and the losses recorded against them",
    "softmax + cross-entropy takes the one-hot rows as they are: (P - Y) / B is its gradient only where every row of "
    "Y sums to 1. Rows of 0.1/0.9 targets (made for sigmoid units and a squared error) sum to 1.8, so every step "
    "also drives all the logits one way and the run blows up; and losses against them are not your weights' "
    "cross-entropy.",
    _soft_targets)
IMPROVES_ON_PREVIOUS = Mistake(
    "train-improvement-against-previous-epoch", "an epoch that beats the previous epoch's validation loss counted "
    "as an improvement (the patience count reset), not only one below the best so far",
    "an epoch improves only when its validation loss is below the best so far: a partial recovery after a rise is "
    "neither an improvement nor the best epoch.",
    variant(previous=True))
MIN_DELTA = Mistake(
    "train-improvement-min-delta", "an epoch counted as an improvement only when its validation loss is below the "
    "best by a margin (a min_delta, or the Theano tutorial's relative improvement_threshold)",
    "the docstring has no margin: an epoch improves when its validation loss is below the best so far, by any amount.",
    variant(min_delta=1e-4))
PATIENCE_INCREASE = Mistake(
    "train-patience-increase", "the Theano tutorial's patience: training stops at an epoch without improvement once "
    "the epoch reaches max(patience, 2 * best epoch) (patience_increase = 2), not after `patience` epochs in a row "
    "without improvement",
    "the docstring's patience is a count: the epochs since the last improvement, in a row; stop when it reaches "
    "patience, however late or early the best epoch came.",
    variant(patience_increase=2.0))
NO_RESET = Mistake(
    "train-patience-count-never-reset", "the count of epochs without improvement never reset by an improvement",
    "patience counts the epochs in a row without improvement: an improving epoch sets the count back to 0.",
    variant(no_reset=True))
OVER_BATCH_SIZE = Mistake(
    "train-gradient-over-batch-size", "every batch's gradient divided by batch_size, the shorter last batch's too",
    "the loss is the mean over the batch's own rows: divide by the number of rows in this batch (the last slice of "
    "the permutation may be shorter than batch_size).",
    variant(over_batch_size=True))
OVER_N = Mistake(
    "train-gradient-over-training-set-size", "every batch's gradient divided by the training set's size N instead of "
    "the batch's (steps about N / B times too small)",
    "a step follows the mean loss of its own batch: divide by the number of rows in the batch, not by all N "
    "training examples.",
    variant(over_n=True))
X_ONLY = Mistake(
    "train-shuffled-x-only", "the batch's rows of X taken from the permutation, its rows of Y in the data's order "
    "(examples paired with other examples' labels)",
    "index X_train and Y_train with the same permuted indices, so each example keeps its own label.",
    variant(x_only=True))
COLUMNS_PERMUTED = Mistake(
    "train-shuffled-by-rng-permuted", "each epoch's X and Y shuffled by rng.permuted(..., axis=0), which shuffles "
    "every column on its own (pixels and labels no longer belong to their images)",
    "rng.permuted(X, axis=0) is not rng.permutation: it scrambles each column separately. Draw perm = "
    "rng.permutation(N) once per epoch and index X_train and Y_train with the same perm[start:start + B].",
    variant(columns_permuted=True))
_PLAIN_SGD = ("the docstring's step is plain SGD, params - eta * grads of this batch alone: {}, and the run follows "
              "another path from the same seed.")
MOMENTUM = Mistake(
    "train-momentum-sgd-0.9", "momentum SGD (momentum 0.9: v <- 0.9 v + eta g, params - v, as a solver's momentum, "
    "Chainer's MomentumSGD or TF's MomentumOptimizer) instead of the plain SGD step",
    _PLAIN_SGD.format("no velocity carried from step to step"), variant(momentum=0.9))
CAFFE_SOLVER = Mistake(
    "train-momentum-0.9-weight-decay-0.0005", "a solver's momentum 0.9 and weight_decay 0.0005 (Caffe's LeNet "
    "prototxt) instead of the plain SGD step",
    _PLAIN_SGD.format("no velocity carried from step to step, no weight decay added to the gradient"),
    variant(momentum=0.9, weight_decay=5e-4))
ACCUMULATED = Mistake(
    "train-gradients-never-cleared", "each step taken with the sum of every batch's gradients so far: the gradients "
    "never cleared between steps (Chainer's cleargrads(), PyTorch's zero_grad() left out)",
    _PLAIN_SGD.format("each step's gradient is its own batch's, computed afresh, never added to the earlier ones"),
    variant(accumulated=True))
STOP_ONE_BASED = Mistake(
    "train-stop-epoch-one-based", "stop_epoch counted from 1 (the number of epochs run)",
    "epochs are numbered from 0: the last epoch run is epochs run - 1.",
    variant(one_based_stop=True))

# one epoch's batches and steps in the correct solution, then its recorded training loss
_EPOCH_STEPS = (
    "        for start in range(0, len(X_train), batch_size):\n"
    "            idx = perm[start:start + batch_size]\n"
    "{before}"
    "            grads = _gradients(params, X_train[idx], Y_train[idx])\n"
    "            params = {{k: params[k] - eta * grads[k] for k in params}}\n"
    "        train_loss.append({recorded})"
)
# the correct solution's loop from its best-so-far to a batch's step
_EPOCHS_TO_STEP = (
    "    best, best_epoch, best_params, wait = np.inf, 0, params, 0\n"
    "    for epoch in range(epochs):\n"
    "        perm = rng.permutation(len(X_train))\n"
    "        for start in range(0, len(X_train), batch_size):\n"
    "            idx = perm[start:start + batch_size]\n"
    "            grads = _gradients(params, X_train[idx], Y_train[idx])\n"
    "            {step}\n"
)
# the correct solution's epoch up to its recorded training loss
_EPOCH = ("        perm = rng.permutation(len(X_train))\n"
          + _EPOCH_STEPS.format(before="", recorded="_loss(params, X_train, Y_train)"))

# the epochs of the correct solution's loop, up to the patience test (what the stop-noted Edit keeps)
_EPOCHS = (
    "    for epoch in range(epochs):\n" + _EPOCH + "\n"
    "        val_loss.append(_loss(params, X_val, Y_val))\n"
    "        if val_loss[-1] < best:\n"
    "            best, best_epoch, best_params, wait = val_loss[-1], epoch, params, 0\n"
    "        else:\n"
    "            wait += 1\n"
)


# the correct solution from its hidden activation in the forward pass to the ReLU's derivative in the backward
_FORWARD_TO_MASK = (
    "        A = {activation}\n"
    "    return A, caches\n\n\n"
    "def _log_softmax(Z):\n"
    "    shifted = Z - Z.max(axis=1, keepdims=True)\n"
    "    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))\n\n\n"
    "def _loss(params, X, Y):\n"
    "    logits, _ = _forward(X, params)\n"
    "    return float(-np.sum(Y * _log_softmax(logits)) / len(X))\n\n\n"
    "def _gradients(params, X, Y):\n"
    "    logits, caches = _forward(X, params)\n"
    "    delta = (np.exp(_log_softmax(logits)) - Y) / len(X)\n"
    "    grads = {{}}\n"
    "    for l in range(len(caches), 0, -1):\n"
    "        A_prev, Z = caches[l - 1]\n"
    "        if l < len(caches):{mask}"
)


def running_loss_edit(start: str, before: str, recorded: str) -> Edit:
    """The edit recording a running training loss: `perm, <start>` opens the epoch, `before` runs before each
    step, and the epoch records `recorded` instead of the loss on the whole training set."""
    return Edit(_EPOCH,
                f"        perm, {start}\n" + _EPOCH_STEPS.format(before=f"            {before}\n", recorded=recorded))


def _solver_edit(keep: str, step: str) -> Edit:
    """The edit whose steps keep `keep` (a statement making `velocity` from itself and grads) and take `step`, from
    velocity = 0 in every entry: a solver's other update rule."""
    right = "params = {k: params[k] - eta * grads[k] for k in params}"
    return Edit("    train_loss, val_loss = [], []\n" + _EPOCHS_TO_STEP.format(step=right),
                "    train_loss, val_loss = [], []\n    velocity = {k: np.zeros_like(v) for k, v in params.items()}\n"
                + _EPOCHS_TO_STEP.format(step=f"{keep}\n            {step}"))


# How a student makes each mistake: in the correct solution tests/solutions/train.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "train-momentum-sgd-0.9": _solver_edit(
        "velocity = {k: 0.9 * velocity[k] + eta * grads[k] for k in params}",
        "params = {k: params[k] - velocity[k] for k in params}"),
    "train-momentum-0.9-weight-decay-0.0005": _solver_edit(
        "velocity = {k: 0.9 * velocity[k] + eta * (grads[k] + 0.0005 * params[k]) for k in params}",
        "params = {k: params[k] - velocity[k] for k in params}"),
    "train-gradients-never-cleared": _solver_edit(
        "velocity = {k: velocity[k] + grads[k] for k in params}",
        "params = {k: params[k] - eta * velocity[k] for k in params}"),
    "train-batches-sampled-with-replacement": Edit(
        "        perm = rng.permutation(len(X_train))\n"
        "        for start in range(0, len(X_train), batch_size):\n"
        "            idx = perm[start:start + batch_size]",
        "        for start in range(0, len(X_train), batch_size):\n"
        "            idx = rng.integers(0, len(X_train), batch_size)"),
    "train-batches-sampled-n-over-b": Edit(
        "        perm = rng.permutation(len(X_train))\n"
        "        for start in range(0, len(X_train), batch_size):\n"
        "            idx = perm[start:start + batch_size]",
        "        for _ in range(max(len(X_train) // batch_size, 1)):\n"
        "            idx = rng.choice(len(X_train), batch_size)"),
    "train-recorded-loss-log-plus-1e-7": Edit(
        "    return float(-np.sum(Y * _log_softmax(logits)) / len(X))",
        "    return float(-np.sum(Y * np.log(np.exp(_log_softmax(logits)) + 1e-7)) / len(X))"),
    "train-recorded-loss-probabilities-clipped": Edit(
        "    return float(-np.sum(Y * _log_softmax(logits)) / len(X))",
        "    return float(-np.sum(Y * np.log(np.clip(np.exp(_log_softmax(logits)), 1e-7, 1 - 1e-7))) / len(X))"),
    "train-returns-last-weights": Edit("\"params\": best_params", "\"params\": params"),
    "train-patience-off-by-one": Edit("if wait >= patience:", "if wait > patience:"),
    "train-never-stops-early": Edit(
        "        if wait >= patience:\n"
        "            break",
        "        if wait >= patience:\n"
        "            pass"),
    "train-stop-noted-without-break": Edit(
        "    best, best_epoch, best_params, wait = np.inf, 0, params, 0\n" + _EPOCHS +
        "        if wait >= patience:\n"
        "            break\n"
        '    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,\n'
        '            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1}\n',
        "    best, best_epoch, best_params, wait, stop = np.inf, 0, params, 0, None\n" + _EPOCHS +
        "        if wait >= patience and stop is None:\n"
        "            stop = epoch\n"
        '    return {"params": best_params, "train_loss": train_loss, "val_loss": val_loss,\n'
        '            "best_epoch": best_epoch, "stop_epoch": len(val_loss) - 1 if stop is None else stop}\n'),
    "train-gradient-summed-over-batch": Edit(
        "delta = (np.exp(_log_softmax(logits)) - Y) / len(X)", "delta = np.exp(_log_softmax(logits)) - Y"),
    "train-early-stopping-on-training-loss": Edit(
        "        if val_loss[-1] < best:\n"
        "            best, best_epoch, best_params, wait = val_loss[-1], epoch, params, 0",
        "        if train_loss[-1] < best:\n"
        "            best, best_epoch, best_params, wait = train_loss[-1], epoch, params, 0"),
    "train-drops-last-batch": Edit(
        "        for start in range(0, len(X_train), batch_size):",
        "        for start in range(0, len(X_train) - batch_size + 1, batch_size):"),
    "train-he-from-fan-out": Edit("np.sqrt(2 / widths[l - 1])", "np.sqrt(2 / widths[l])"),
    "train-bias-gradient-averaged-twice": Edit(
        "            params = {k: params[k] - eta * grads[k] for k in params}",
        "            grads = {k: g / len(idx) if k.startswith(\"b\") else g for k, g in grads.items()}\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}"),
    "train-shuffle-of-previous-order": Edit(
        "    for epoch in range(epochs):\n        perm = rng.permutation(len(X_train))\n",
        "    perm = np.arange(len(X_train))\n    for epoch in range(epochs):\n        perm = perm[rng.permutation(len(X_train))]\n"),
    "train-early-stopping-on-validation-accuracy": Edit(
        "        if val_loss[-1] < best:\n"
        "            best, best_epoch, best_params, wait = val_loss[-1], epoch, params, 0\n",
        "        error = -float(np.mean(_forward(X_val, params)[0].argmax(axis=1) == Y_val.argmax(axis=1)))\n"
        "        if error < best:\n"
        "            best, best_epoch, best_params, wait = error, epoch, params, 0\n"),
    "train-no-shuffle": Edit("        perm = rng.permutation(len(X_train))", "        perm = np.arange(len(X_train))"),
    "train-second-generator": Edit(
        "    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)\n",
        "    params = _init([X_train.shape[1], *hidden, Y_train.shape[1]], rng)\n    rng = np.random.default_rng(seed)\n"),
    "train-loss-running-mean": running_loss_edit(
        "seen = rng.permutation(len(X_train)), []", "seen.append(_loss(params, X_train[idx], Y_train[idx]))",
        "float(np.mean(seen))"),
    "train-loss-running-weighted-mean": running_loss_edit(
        "accumulated = rng.permutation(len(X_train)), 0.0",
        "accumulated += _loss(params, X_train[idx], Y_train[idx]) * len(idx)", "accumulated / len(X_train)"),
    "train-batch-size-auto": Edit(
        "        for start in range(0, len(X_train), batch_size):\n            idx = perm[start:start + batch_size]",
        "        for start in range(0, len(X_train), min(200, len(X_train))):\n"
        "            idx = perm[start:start + min(200, len(X_train))]"),
    "train-validation-loss-summed": Edit("val_loss.append(_loss(params, X_val, Y_val))",
                                         "val_loss.append(_loss(params, X_val, Y_val) * len(X_val))"),
    "train-stop-epoch-one-based": Edit('"stop_epoch": len(val_loss) - 1}', '"stop_epoch": len(val_loss)}'),
    "train-epochs-ignored": Edit("    for epoch in range(epochs):", "    for epoch in range(30):"),
    "train-batch-size-ignored": Edit(
        "        for start in range(0, len(X_train), batch_size):\n            idx = perm[start:start + batch_size]",
        "        for start in range(0, len(X_train), 32):\n            idx = perm[start:start + 32]"),
    "train-eta-ignored": Edit("params[k] - eta * grads[k]", "params[k] - 0.1 * grads[k]"),
    "train-patience-ignored": Edit("        if wait >= patience:", "        if wait >= 5:"),
    "train-validation-loss-on-training-data": Edit(
        "val_loss.append(_loss(params, X_val, Y_val))",
        "val_loss.append(_loss(params, X_train, Y_train))"),
    "train-relu-on-logits": Edit("A = np.maximum(Z, 0) if l < layers else Z", "A = np.maximum(Z, 0)"),
    "train-softmax-no-max-shift": Edit(
        "    shifted = Z - Z.max(axis=1, keepdims=True)\n"
        "    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))",
        "    return np.log(np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True))"),
    "train-softmax-batch-max-shift": Edit("    shifted = Z - Z.max(axis=1, keepdims=True)", "    shifted = Z - Z.max()"),
    "train-loss-log-of-softmax-plus-eps": Edit(
        "    shifted = Z - Z.max(axis=1, keepdims=True)\n"
        "    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))",
        "    E = np.exp(Z - Z.max(axis=1, keepdims=True))\n"
        "    return np.log(E / E.sum(axis=1, keepdims=True) + 1e-12)"),
    "train-legacy-generator": Edit("    rng = np.random.default_rng(seed)", "    rng = np.random.RandomState(seed)"),
    "train-patience-count-never-reset": Edit(
        "            best, best_epoch, best_params, wait = val_loss[-1], epoch, params, 0",
        "            best, best_epoch, best_params = val_loss[-1], epoch, params"),
    "train-patience-increase": Edit("        if wait >= patience:\n            break",
                                    "        if wait and epoch >= max(patience, 2 * best_epoch):\n            break"),
    "train-improvement-min-delta": Edit("if val_loss[-1] < best:", "if val_loss[-1] < best - 1e-4:"),
    "train-gradient-over-batch-size": Edit(
        "            grads = _gradients(params, X_train[idx], Y_train[idx])",
        "            grads = {k: g * len(idx) / batch_size for k, g in _gradients(params, X_train[idx], Y_train[idx]).items()}"),
    "train-gradient-over-training-set-size": Edit(
        "            grads = _gradients(params, X_train[idx], Y_train[idx])",
        "            grads = {k: g * len(idx) / len(X_train)\n"
        "                     for k, g in _gradients(params, X_train[idx], Y_train[idx]).items()}"),
    "train-shuffled-by-rng-permuted": Edit(
        "        perm = rng.permutation(len(X_train))\n"
        "        for start in range(0, len(X_train), batch_size):\n"
        "            idx = perm[start:start + batch_size]\n"
        "            grads = _gradients(params, X_train[idx], Y_train[idx])",
        "        Xs, Ys = rng.permuted(X_train, axis=0), rng.permuted(Y_train, axis=0)\n"
        "        for start in range(0, len(X_train), batch_size):\n"
        "            grads = _gradients(params, Xs[start:start + batch_size], Ys[start:start + batch_size])"),
    "train-shuffled-x-only": Edit("            grads = _gradients(params, X_train[idx], Y_train[idx])",
                                  "            grads = _gradients(params, X_train[idx], Y_train[start:start + batch_size])"),
    "train-tie-counts-as-improvement": Edit("if val_loss[-1] < best:", "if val_loss[-1] <= best:"),
    "train-init-lecun-scale": Edit("np.sqrt(2 / widths[l - 1])", "np.sqrt(1 / widths[l - 1])"),
    "train-init-std-0.01": Edit("np.sqrt(2 / widths[l - 1])", "0.01"),
    "train-init-tanh-gain": Edit("np.sqrt(2 / widths[l - 1])", "(5 / 3) / np.sqrt(widths[l - 1])"),
    "train-relu-derivative-always-one": Edit("            delta = delta * (Z > 0)",
                                             "            delta = delta * (Z == Z)"),
    "train-hidden-relu-missing-forward": Edit("        A = np.maximum(Z, 0) if l < layers else Z", "        A = Z"),
    "train-hidden-layers-linear": Edit(_FORWARD_TO_MASK.format(activation="np.maximum(Z, 0) if l < layers else Z",
                                                               mask="\n            delta = delta * (Z > 0)"),
                                       _FORWARD_TO_MASK.format(activation="Z", mask="\n            pass")),
    "train-relu-derivative-as-sigmoids": Edit("            delta = delta * (Z > 0)",
                                              "            A = np.maximum(Z, 0)\n"
                                              "            delta = delta * A * (1 - A)"),
    "train-targets-0.1-0.9": Edit("    rng = np.random.default_rng(seed)\n",
                                  "    Y_train, Y_val = 0.8 * Y_train + 0.1, 0.8 * Y_val + 0.1\n"
                                  "    rng = np.random.default_rng(seed)\n"),
    "train-improvement-against-previous-epoch": Edit(
        "if val_loss[-1] < best:", "if val_loss[-1] < best or (len(val_loss) > 1 and val_loss[-1] < val_loss[-2]):"),
    "train-shuffle-once": Edit(
        "    for epoch in range(epochs):\n        perm = rng.permutation(len(X_train))\n",
        "    perm = rng.permutation(len(X_train))\n    for epoch in range(epochs):\n"),
    "train-init-last-layer-first": Edit("    for l in range(1, len(widths)):", "    for l in range(len(widths) - 1, 0, -1):"),
    "train-same-shuffle-every-epoch": Edit("perm = rng.permutation(len(X_train))",
                                           "perm = np.random.default_rng(seed).permutation(len(X_train))"),
}


SPECIFIED = _short_run(np.random.default_rng(7), 9, 2, 2, [3], epochs=3, batch_size=4, eta=0.1, patience=2)

SPEC = ExerciseSpec("train", (
    FunctionSpec("train_classifier", ref.train_classifier, (
        TrainingCheck("learns", 4.0, "learns"),
        TrainingCheck("early-stopping", 3.0, "early-stopping"),
        TrainingCheck("reproducible", 2.0, "reproducible"),
        ValueCheck("specified-run", 1.0, fixed=(SPECIFIED,), hidden=SPECIFIED_RUNS),
        # no RuntimeWarning on the specified runs (one has logits in the thousands), dtype kept
        HygieneCheck("hygiene", 1.0, inputs=SPECIFIED_RUNS),
    ), (LAST_WEIGHTS, NO_STOPPING, NO_BREAK, VAL_ON_TRAIN, WATCHES_TRAIN, WATCHES_ACCURACY, SUMMED, *IGNORED,
        AUTO_BATCH, DROPS_LAST, FAN_OUT, BIAS_MEAN, NO_SHUFFLE, SECOND_RNG, SAME_SHUFFLE, SHUFFLE_ONCE, WITH_REPLACEMENT,
        SAMPLED_PER_ITERATION, COMPOUNDING, INIT_LAST_FIRST, RUNNING_LOSS, RUNNING_WEIGHTED, VAL_SUMMED,
        STOP_ONE_BASED, STOP_LATE, TIES_IMPROVE, LECUN_INIT, SMALL_CONSTANT_INIT, TANH_GAIN_INIT, RELU_ON_LOGITS,
        SOFTMAX_UNSHIFTED, SOFTMAX_BATCH_MAX, LOG_EPS, CLIPPED_LOSS, DELTA_IN_RECORDED_LOG, LEGACY_GENERATOR,
        LINEAR_BACKWARD, FORWARD_LINEAR, HIDDEN_LINEAR, SIGMOID_DERIVATIVE, SOFT_TARGETS, IMPROVES_ON_PREVIOUS,
        MIN_DELTA,
        OVER_BATCH_SIZE, NO_RESET, OVER_N, X_ONLY, PATIENCE_INCREASE, COLUMNS_PERMUTED, MOMENTUM, CAFFE_SOLVER,
        ACCUMULATED)),
), edits=EDITS)
