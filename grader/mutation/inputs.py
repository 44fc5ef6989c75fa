"""The differential-testing input set: many random and adversarial inputs per graded function.

Drawn independently of the specs' hidden inputs (a mutant the grader's own
inputs cannot tell apart must still count as a survivor). Every input stays
inside what the exercise's docstring promises. Each `Case` carries a tag
saying what makes it hard:

    random  ordinary values          batch1  one example (N = 1)
    square  square shapes (a transpose hides)
    large   large magnitudes (overflow, a shift by the max)
    tiny    tiny magnitudes          scales  rows of very different scales
    ties    repeated values, equal maxima, plateaus
    zeros   exact zeros              kink    exactly at a kink of the function

`Seed(n)` stands for numpy.random.default_rng(n), made fresh for every call,
so a reference and a mutant draw from identically seeded generators.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from mlptutor.reference.mlp import mlp_forward
from mlptutor.reference.regularization import dropout_forward

TAGS = ("random", "batch1", "square", "large", "tiny", "scales", "ties", "zeros", "kink")
KINKED = {"relu_grad", "leaky_relu_grad"}  # derivatives whose value at 0 is a convention


@dataclass(frozen=True)
class Seed:
    """Argument marker: a fresh numpy.random.default_rng(seed) at each call."""

    seed: int


@dataclass(frozen=True)
class Case:
    args: tuple
    kwargs: dict = field(default_factory=dict)
    tag: str = "random"


_SHAPES = {"batch1": [(1, 5), (1, 1), (1, 3)], "square": [(4, 4), (3, 3)], "random": [(3, 7), (7, 3), (5, 2)]}


def _matrices(tags=("batch1", "square", "random")):
    return [(shape, tag) for tag in tags for shape in _SHAPES[tag]]


def _arrays(rng, shapes=((6,), (1, 5), (4, 4), (3, 7), (7, 3), (2, 3, 4)), kink=False) -> list[Case]:
    """Arrays of any shape: every tag, kink = exact zeros when the function has a kink at 0."""
    out = []
    for shape in shapes:
        tag = "batch1" if shape[0] == 1 else "square" if len(set(shape)) == 1 and len(shape) == 2 else "random"
        out.append(Case((3.0 * rng.standard_normal(shape),), tag=tag))
    for shape in ((6,), (3, 4), (4, 4)):
        size = int(np.prod(shape))
        out.append(Case((rng.choice([-1000.0, -700.0, -50.0, 40.0, 800.0, 1000.0], size).reshape(shape),), tag="large"))
        out.append(Case((1e-8 * rng.standard_normal(shape),), tag="tiny"))
        rows = 10.0 ** np.arange(-3, 3 + 1)[: shape[0], None] if len(shape) == 2 else 1.0
        out.append(Case((rows * rng.standard_normal(shape),), tag="scales"))
        out.append(Case((np.round(rng.standard_normal(shape)),), tag="ties"))
        with_zeros = rng.standard_normal(shape) * (rng.random(shape) < 0.5)
        out.append(Case((with_zeros,), tag="kink" if kink else "zeros"))
    return out


def _logits(rng) -> list[Case]:
    """(K,) and (N, K) logits: ordinary, large with rows of different scales, ties, zero rows."""
    out = [Case((3.0 * rng.standard_normal(shape),), tag=tag) for shape, tag in _matrices()]
    out += [Case((3.0 * rng.standard_normal(5),), tag="random"), Case((np.array([1000.0, -1000.0, 999.0]),), tag="large")]
    big = rng.standard_normal((4, 5)) * np.array([[1.0], [30.0], [300.0], [1000.0]])
    out += [Case((big,), tag="scales"), Case((big[::-1].copy(),), tag="scales"),
            Case((rng.standard_normal((3, 6)) + np.array([[0.0], [800.0], [-800.0]]),), tag="large"),
            Case((np.array([[2.0, 2.0, 1.0], [0.0, 0.0, 0.0], [5.0, 5.0, 5.0]]),), tag="ties"),
            Case((np.zeros((2, 4)),), tag="zeros"), Case((1e-9 * rng.standard_normal((3, 4)),), tag="tiny")]
    return out


def _one_hot(rng, n, k, avoid_max_of=None):
    labels = rng.integers(0, k, n)
    if avoid_max_of is not None:  # a true class far below the row maximum
        labels = np.argmin(avoid_max_of, axis=1)
    return np.eye(k)[labels]


def _logits_and_labels(rng) -> list[Case]:
    out = []
    for shape, tag in _matrices():
        Z = 3.0 * rng.standard_normal(shape)
        out.append(Case((Z, _one_hot(rng, *shape)), tag=tag))
    big = rng.standard_normal((4, 5)) * np.array([[1.0], [30.0], [300.0], [1000.0]])
    out += [Case((big, _one_hot(rng, 4, 5, big)), tag="scales"),
            Case((big, _one_hot(rng, 4, 5)), tag="scales"),
            Case((1000.0 * rng.standard_normal((3, 3)), _one_hot(rng, 3, 3)), tag="large"),
            Case((np.zeros((3, 4)), _one_hot(rng, 3, 4)), tag="zeros"),
            Case((np.array([[1.0, 1.0, 0.0], [2.0, 2.0, 2.0]]), np.eye(3)[[0, 2]]), tag="ties")]
    return out


def _regression(rng) -> list[Case]:
    out = []
    for shape, tag in _matrices():
        out.append(Case((rng.standard_normal(shape), rng.standard_normal(shape)), tag=tag))
    out += [Case((rng.standard_normal(6), rng.standard_normal(6))), Case((rng.standard_normal(1), rng.standard_normal(1)), tag="batch1"),
            Case((1e4 * rng.standard_normal((3, 2)), rng.standard_normal((3, 2))), tag="large"),
            Case((1e-6 * rng.standard_normal((3, 2)), np.zeros((3, 2))), tag="tiny"),
            Case((np.ones((2, 3)), np.ones((2, 3))), tag="zeros")]
    return out


def _probabilities(rng) -> list[Case]:
    out = []
    for shape, tag in _matrices():
        out.append(Case((rng.uniform(0.05, 0.95, shape), (rng.random(shape) < 0.5).astype(float)), tag=tag))
    out += [Case((rng.uniform(0.05, 0.95, 5), (rng.random(5) < 0.5).astype(float))),
            Case((np.array([[0.0, 1.0], [1.0, 0.0], [0.5, 1e-15]]), np.array([[0.0, 1.0], [0.0, 1.0], [1.0, 1.0]])), tag="large"),
            Case((np.array([0.0, 1.0, 1e-13, 1 - 1e-13]), np.array([1.0, 0.0, 1.0, 0.0])), tag="large"),
            Case((np.full((2, 2), 0.5), np.array([[1.0, 0.0], [0.0, 1.0]])), tag="ties")]
    return out


def _layer(rng, n, n_in, n_out, scale=1.0):
    return (scale * rng.standard_normal((n, n_in)), rng.standard_normal((n_in, n_out)), rng.standard_normal(n_out))


_LAYER_SHAPES = ((1, 3, 2, "batch1"), (1, 1, 1, "batch1"), (3, 3, 3, "square"), (4, 4, 4, "square"),
                 (5, 3, 2, "random"), (2, 4, 6, "random"), (3, 2, 3, "random"))


def _dense_forward(rng):
    out = [Case(_layer(rng, n, i, o), tag=tag) for n, i, o, tag in _LAYER_SHAPES]
    return out + [Case(_layer(rng, 3, 4, 2, 1e3), tag="large"), Case(_layer(rng, 3, 4, 2, 1e-8), tag="tiny")]


def _dense_backward(rng):
    out = []
    for n, i, o, tag in _LAYER_SHAPES:
        A, W, b = _layer(rng, n, i, o)
        out.append(Case((rng.standard_normal((n, o)), (A, W, b)), tag=tag))
    return out


def _network(rng, widths, scale=1.0):
    params = {}
    for l, (i, o) in enumerate(zip(widths[:-1], widths[1:]), start=1):
        params[f"W{l}"], params[f"b{l}"] = rng.standard_normal((i, o)), scale * rng.standard_normal(o)
    return params


_NETWORKS = (([3, 2], ["identity"], 1, "batch1"), ([2, 4, 1], ["tanh", "identity"], 1, "batch1"),
             ([3, 3, 3], ["relu", "sigmoid"], 3, "square"), ([4, 5, 3, 2], ["sigmoid", "relu", "identity"], 6, "random"),
             ([2, 3, 2], ["relu", "tanh"], 4, "random"), ([3, 4, 4, 3], ["tanh", "relu", "sigmoid"], 2, "random"),
             ([5, 2], ["sigmoid"], 3, "random"))


def _mlp_forward(rng):
    out = [Case((rng.standard_normal((n, w[0])), _network(rng, w), list(a)), tag=tag) for w, a, n, tag in _NETWORKS]
    return out + [Case((100.0 * rng.standard_normal((3, 3)), _network(rng, [3, 4, 2]), ["sigmoid", "relu"]), tag="large")]


def _mlp_backward(rng):
    out = []
    for widths, activations, n, tag in _NETWORKS:
        X = rng.standard_normal((n, widths[0]))
        _, caches = mlp_forward(X, _network(rng, widths), activations)
        out.append(Case((rng.standard_normal((n, widths[-1])), caches), tag=tag))
    return out


def _params(rng, widths=(3, 4, 2)):
    return _network(rng, list(widths))


def _clip(rng):
    out = []
    for max_norm in (0.5, 1.0, 5.0, 100.0):
        out.append(Case((_params(rng), max_norm)))
    g = {"W1": np.array([[3.0, 0.0], [0.0, 4.0]]), "b1": np.zeros(2)}
    out += [Case((g, 5.0), tag="ties"), Case((g, 2.5), tag="square"), Case(({"W1": np.zeros((2, 2)), "b1": np.zeros(2)}, 1.0), tag="zeros"),
            Case(({"W": 1e3 * rng.standard_normal((3, 3))}, 1.0), tag="large"), Case(({"W": 1e-8 * rng.standard_normal((1, 3))}, 1.0), tag="tiny"),
            Case(({"W1": rng.standard_normal((1, 4)), "b1": rng.standard_normal(4), "W2": rng.standard_normal((4, 1)), "b2": rng.standard_normal(1)}, 0.3), tag="batch1")]
    return out


def _steps(rng, extra=()):
    out = []
    for eta, widths, tag in ((0.1, (3, 4, 2), "random"), (0.5, (3, 3, 3), "square"), (1e-3, (1, 2), "batch1"), (2.0, (2, 5, 1), "random")):
        out.append(Case((_params(rng, widths), _params(rng, widths), eta, *extra), tag=tag))
    return out


def _sgd(rng):
    return _steps(rng) + [Case(({"w": 4.0}, {"w": 6.0}, 0.1), tag="batch1"),
                          Case(({"W1": 1e6 * np.ones((2, 2)), "b1": np.zeros(2)}, {"W1": np.ones((2, 2)), "b1": np.ones(2)}, 0.1), tag="large")]


def _l2(rng):
    out = [Case((_params(rng, w), lam), tag=tag) for w, lam, tag in (((3, 4, 2), 0.1, "random"), ((3, 3, 3), 0.01, "square"),
                                                                        ((1, 2), 1.0, "batch1"), ((2, 5, 1), 2.0, "random"))]
    return out + [Case(({"W1": np.zeros((2, 2)), "b1": np.ones(2)}, 0.5), tag="zeros"),
                  Case(({"W": 1e3 * rng.standard_normal((2, 3)), "bias": rng.standard_normal(3)}, 0.1), tag="large")]


def _weight_decay(rng):
    out = []
    for lam in (0.01, 0.5):
        out += _steps(rng, (lam,))
    return out


def _dropout_forward(rng):
    out = []
    for i, (shape, p, tag) in enumerate((((4, 5), 0.5, "random"), ((1, 6), 0.2, "batch1"), ((5, 5), 0.3, "square"),
                                         ((3, 8), 0.0, "zeros"), ((2, 3, 4), 0.9, "random"), ((7,), 0.5, "random"))):
        A = rng.standard_normal(shape)
        out.append(Case((A, p, Seed(100 + i)), tag=tag))
        out.append(Case((A, p, Seed(200 + i)), {"mode": "eval"}, tag=tag))
    return out + [Case((rng.standard_normal((3, 4)), 0.5, Seed(7), "train"), tag="random")]


def _dropout_backward(rng):
    out = []
    for i, (shape, p, tag) in enumerate((((4, 5), 0.5, "random"), ((1, 6), 0.2, "batch1"), ((5, 5), 0.3, "square"))):
        _, cache = dropout_forward(rng.standard_normal(shape), p, np.random.default_rng(i))
        out.append(Case((rng.standard_normal(shape), cache), tag=tag))
    return out + [Case((rng.standard_normal((2, 3)), {"mask": np.ones((2, 3))}), tag="ties")]


_COUNTS = ((10, 3, "random"), (12, 4, "random"), (1, 1, "batch1"), (5, 5, "ties"), (5, 7, "random"), (100, 32, "random"),
           (7, 1, "random"), (9, 2, "random"), (0, 4, "zeros"))


def _iterations(rng):
    return [Case((n, b), tag=tag) for n, b, tag in _COUNTS]


def _minibatch_indices(rng):
    return [Case((n, b, Seed(i)), tag=tag) for i, (n, b, tag) in enumerate(_COUNTS[:-1])]


def _minibatches(rng):
    out = []
    for i, (n, b, tag) in enumerate(_COUNTS[:-1]):
        out.append(Case((rng.standard_normal((n, 3)), rng.standard_normal(n), b, Seed(50 + i)), tag=tag))
    return out + [Case((rng.standard_normal((6, 2)), rng.standard_normal((6, 2)), 4, Seed(9)), tag="square")]


def _init(rng):
    out = []
    for i, (n_in, n_out, tag) in enumerate(((3, 5, "random"), (6, 2, "random"), (4, 4, "square"), (1, 7, "batch1"), (200, 50, "large"))):
        out.append(Case((n_in, n_out, Seed(300 + i)), tag=tag))
        for mode in ("fan_in", "fan_out", "average"):
            out.append(Case((n_in, n_out, Seed(400 + i)), {"mode": mode}, tag=tag))
    return out


_CURVES = (
    ([1.0, 0.8, 0.7, 0.75, 0.72, 0.71], "random"), ([1.0, 0.9, 0.8, 0.7, 0.6], "random"), ([0.5], "batch1"),
    ([1.0, 1.0, 1.0, 1.0], "ties"), ([0.9, 1.0, 0.95, 0.85, 0.86, 0.87, 0.88, 0.8], "random"),
    ([3.0, 2.0, 2.0, 1.99, 1.985, 1.98, 1.97], "ties"), ([10.0, 9.95, 9.9, 9.89, 9.88], "large"),
    ([0.1, 0.099, 0.098, 0.0979, 0.0978, 0.05], "tiny"), ([2.0, 1.0, 1.5, 1.0, 0.9999, 1.0, 0.5], "ties"),
    ([0.0, 0.0, 0.0], "zeros"),
)


def _early_stopping(rng, restore=False):
    out = []
    for losses, tag in _CURVES:
        weights = [{"W": np.full((2, 2), float(e))} for e in range(len(losses))]
        for patience, min_delta in ((1, 0.0), (2, 0.0), (3, 0.0), (2, 0.01), (3, 0.05), (1, 0.005)):
            args = (losses, weights, patience) if restore else (losses, patience)
            out.append(Case(args, {"min_delta": min_delta} if min_delta else {}, tag=tag))
    return out


def _activation(kink=False, alpha=False):
    def draw(rng):
        out = _arrays(rng, kink=kink)
        if alpha:
            out += [Case((3.0 * rng.standard_normal((3, 4)), a), tag="random") for a in (0.1, 0.25)]
            out.append(Case((rng.standard_normal(5),), {"alpha": 0.2}, tag="random"))
        return out
    return draw


GENERATORS: dict[str, Callable[[np.random.Generator], list[Case]]] = {
    "sigmoid": _activation(), "sigmoid_grad": _activation(), "tanh": _activation(), "tanh_grad": _activation(),
    "relu": _activation(kink=True), "relu_grad": _activation(kink=True),
    "leaky_relu": _activation(kink=True, alpha=True), "leaky_relu_grad": _activation(kink=True, alpha=True),
    "softmax": _logits, "log_softmax": _logits, "softmax_jacobian": _logits,
    "softmax_cross_entropy_grad": _logits_and_labels,
    "cross_entropy_with_logits": _logits_and_labels, "cross_entropy_with_logits_grad": _logits_and_labels,
    "mse": _regression, "mse_grad": _regression, "bce": _probabilities, "bce_grad": _probabilities,
    "dense_forward": _dense_forward, "dense_backward": _dense_backward,
    "mlp_forward": _mlp_forward, "mlp_backward": _mlp_backward,
    "clip_by_global_norm": _clip, "sgd_step": _sgd, "iterations_per_epoch": _iterations,
    "minibatch_indices": _minibatch_indices, "minibatches": _minibatches,
    "l2_penalty": _l2, "l2_gradient": _l2, "weight_decay_step": _weight_decay,
    "dropout_forward": _dropout_forward, "dropout_backward": _dropout_backward,
    "he_normal": _init, "he_uniform": _init, "xavier_normal": _init, "xavier_uniform": _init,
    "early_stopping": _early_stopping, "early_stopping_restore": lambda rng: _early_stopping(rng, restore=True),
}


def materialise(value):
    """A private deep copy of an argument, each Seed made a fresh generator."""
    if isinstance(value, Seed):
        return np.random.default_rng(value.seed)
    if isinstance(value, (list, tuple)):
        return type(value)(materialise(v) for v in value)
    if isinstance(value, dict):
        return {k: materialise(v) for k, v in value.items()}
    return copy.deepcopy(value)


def cases(function: str, exercise: str) -> list[Case]:
    """The input set of a graded function (fixed: the same every run). Formula exercises take no arguments."""
    if exercise == "derivatives":
        return [Case(())]
    if function not in GENERATORS:
        raise KeyError(f"no differential inputs for {function}: add a generator to grader/mutation/inputs.py")
    out = GENERATORS[function](np.random.default_rng(20261204))
    if function in KINKED:  # any exact zero is at the kink
        return [Case(c.args, c.kwargs, "kink") if np.any(np.asarray(c.args[0]) == 0) else c for c in out]
    return [c if c.tag != "kink" else Case(c.args, c.kwargs, "zeros") for c in out]
