"""The differential-testing input set: many random and adversarial inputs per graded function.

Drawn independently of the specs' hidden inputs (a mutant the grader's own
inputs cannot tell apart must still count as a survivor). Every input stays
inside what the exercise's docstring promises. Each `MutationCase` carries a tag
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
# derivatives whose value at 0 is a convention (train_classifier: relu' inside its backward pass)
KINKED = {"relu_grad", "leaky_relu_grad", "prelu_grad", "train_classifier"}


@dataclass(frozen=True)
class Seed:
    """Argument marker: a fresh numpy.random.default_rng(seed) at each call."""

    seed: int


@dataclass(frozen=True)
class MutationCase:
    args: tuple
    kwargs: dict = field(default_factory=dict)
    tag: str = "random"


_SHAPES = {"batch1": [(1, 5), (1, 1), (1, 3)], "square": [(4, 4), (3, 3)], "random": [(3, 7), (7, 3), (5, 2)]}


def _matrices(tags=("batch1", "square", "random")):
    return [(shape, tag) for tag in tags for shape in _SHAPES[tag]]


def _arrays(rng, shapes=((6,), (1, 5), (4, 4), (3, 7), (7, 3), (2, 3, 4)), kink=False) -> list[MutationCase]:
    """Arrays of any shape: every tag, kink = exact zeros when the function has a kink at 0."""
    out = []
    for shape in shapes:
        tag = "batch1" if shape[0] == 1 else "square" if len(set(shape)) == 1 and len(shape) == 2 else "random"
        out.append(MutationCase((3.0 * rng.standard_normal(shape),), tag=tag))
    for shape in ((6,), (3, 4), (4, 4)):
        size = int(np.prod(shape))
        out.append(MutationCase((rng.choice([-1000.0, -700.0, -50.0, 40.0, 800.0, 1000.0], size).reshape(shape),), tag="large"))
        out.append(MutationCase((1e-8 * rng.standard_normal(shape),), tag="tiny"))
        rows = 10.0 ** np.arange(-3, 3 + 1)[: shape[0], None] if len(shape) == 2 else 1.0
        out.append(MutationCase((rows * rng.standard_normal(shape),), tag="scales"))
        out.append(MutationCase((np.round(rng.standard_normal(shape)),), tag="ties"))
        with_zeros = rng.standard_normal(shape) * (rng.random(shape) < 0.5)
        out.append(MutationCase((with_zeros,), tag="kink" if kink else "zeros"))
    return out


def _logits(rng) -> list[MutationCase]:
    """(K,) and (N, K) logits: ordinary, large with rows of different scales, ties, zero rows."""
    out = [MutationCase((3.0 * rng.standard_normal(shape),), tag=tag) for shape, tag in _matrices()]
    out += [MutationCase((3.0 * rng.standard_normal(5),), tag="random"), MutationCase((np.array([1000.0, -1000.0, 999.0]),), tag="large")]
    big = rng.standard_normal((4, 5)) * np.array([[1.0], [30.0], [300.0], [1000.0]])
    out += [MutationCase((big,), tag="scales"), MutationCase((big[::-1].copy(),), tag="scales"),
            MutationCase((rng.standard_normal((3, 6)) + np.array([[0.0], [800.0], [-800.0]]),), tag="large"),
            MutationCase((np.array([[2.0, 2.0, 1.0], [0.0, 0.0, 0.0], [5.0, 5.0, 5.0]]),), tag="ties"),
            MutationCase((np.zeros((2, 4)),), tag="zeros"), MutationCase((1e-9 * rng.standard_normal((3, 4)),), tag="tiny")]
    return out


def _one_hot(rng, n, k, avoid_max_of=None):
    labels = rng.integers(0, k, n)
    if avoid_max_of is not None:  # a true class far below the row maximum
        labels = np.argmin(avoid_max_of, axis=1)
    return np.eye(k)[labels]


def _logits_and_labels(rng) -> list[MutationCase]:
    out = []
    for shape, tag in _matrices():
        Z = 3.0 * rng.standard_normal(shape)
        out.append(MutationCase((Z, _one_hot(rng, *shape)), tag=tag))
    big = rng.standard_normal((4, 5)) * np.array([[1.0], [30.0], [300.0], [1000.0]])
    out += [MutationCase((big, _one_hot(rng, 4, 5, big)), tag="scales"),
            MutationCase((big, _one_hot(rng, 4, 5)), tag="scales"),
            MutationCase((1000.0 * rng.standard_normal((3, 3)), _one_hot(rng, 3, 3)), tag="large"),
            MutationCase((np.zeros((3, 4)), _one_hot(rng, 3, 4)), tag="zeros"),
            MutationCase((np.array([[1.0, 1.0, 0.0], [2.0, 2.0, 2.0]]), np.eye(3)[[0, 2]]), tag="ties")]
    return out


def _regression(rng) -> list[MutationCase]:
    out = []
    for shape, tag in _matrices():
        out.append(MutationCase((rng.standard_normal(shape), rng.standard_normal(shape)), tag=tag))
    out += [MutationCase((rng.standard_normal(6), rng.standard_normal(6))), MutationCase((rng.standard_normal(1), rng.standard_normal(1)), tag="batch1"),
            MutationCase((1e4 * rng.standard_normal((3, 2)), rng.standard_normal((3, 2))), tag="large"),
            MutationCase((1e-6 * rng.standard_normal((3, 2)), np.zeros((3, 2))), tag="tiny"),
            MutationCase((np.ones((2, 3)), np.ones((2, 3))), tag="zeros")]
    return out


def _probabilities(rng) -> list[MutationCase]:
    out = []
    for shape, tag in _matrices():
        out.append(MutationCase((rng.uniform(0.05, 0.95, shape), (rng.random(shape) < 0.5).astype(float)), tag=tag))
    out += [MutationCase((rng.uniform(0.05, 0.95, 5), (rng.random(5) < 0.5).astype(float))),
            MutationCase((np.array([[0.0, 1.0], [1.0, 0.0], [0.5, 1e-15]]), np.array([[0.0, 1.0], [0.0, 1.0], [1.0, 1.0]])), tag="large"),
            MutationCase((np.array([0.0, 1.0, 1e-13, 1 - 1e-13]), np.array([1.0, 0.0, 1.0, 0.0])), tag="large"),
            MutationCase((np.full((2, 2), 0.5), np.array([[1.0, 0.0], [0.0, 1.0]])), tag="ties")]
    return out


def _layer(rng, n, n_in, n_out, scale=1.0):
    return (scale * rng.standard_normal((n, n_in)), rng.standard_normal((n_in, n_out)), rng.standard_normal(n_out))


_LAYER_SHAPES = ((1, 3, 2, "batch1"), (1, 1, 1, "batch1"), (3, 3, 3, "square"), (4, 4, 4, "square"),
                 (5, 3, 2, "random"), (2, 4, 6, "random"), (3, 2, 3, "random"))


def _dense_forward(rng):
    out = [MutationCase(_layer(rng, n, i, o), tag=tag) for n, i, o, tag in _LAYER_SHAPES]
    return out + [MutationCase(_layer(rng, 3, 4, 2, 1e3), tag="large"), MutationCase(_layer(rng, 3, 4, 2, 1e-8), tag="tiny")]


def _dense_backward(rng):
    out = []
    for n, i, o, tag in _LAYER_SHAPES:
        A, W, b = _layer(rng, n, i, o)
        out.append(MutationCase((rng.standard_normal((n, o)), (A, W, b)), tag=tag))
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
    out = [MutationCase((rng.standard_normal((n, w[0])), _network(rng, w), list(a)), tag=tag) for w, a, n, tag in _NETWORKS]
    return out + [MutationCase((100.0 * rng.standard_normal((3, 3)), _network(rng, [3, 4, 2]), ["sigmoid", "relu"]), tag="large")]


def _mlp_backward(rng):
    out = []
    for widths, activations, n, tag in _NETWORKS:
        X = rng.standard_normal((n, widths[0]))
        _, caches = mlp_forward(X, _network(rng, widths), activations)
        out.append(MutationCase((rng.standard_normal((n, widths[-1])), caches), tag=tag))
    return out


def _params(rng, widths=(3, 4, 2)):
    return _network(rng, list(widths))


def _clip(rng):
    out = []
    for max_norm in (0.5, 1.0, 5.0, 100.0):
        out.append(MutationCase((_params(rng), max_norm)))
    g = {"W1": np.array([[3.0, 0.0], [0.0, 4.0]]), "b1": np.zeros(2)}
    out += [MutationCase((g, 5.0), tag="ties"), MutationCase((g, 2.5), tag="square"), MutationCase(({"W1": np.zeros((2, 2)), "b1": np.zeros(2)}, 1.0), tag="zeros"),
            MutationCase(({"W": 1e3 * rng.standard_normal((3, 3))}, 1.0), tag="large"), MutationCase(({"W": 1e-8 * rng.standard_normal((1, 3))}, 1.0), tag="tiny"),
            MutationCase(({"W1": rng.standard_normal((1, 4)), "b1": rng.standard_normal(4), "W2": rng.standard_normal((4, 1)), "b2": rng.standard_normal(1)}, 0.3), tag="batch1")]
    return out


def _steps(rng, extra=()):
    out = []
    for eta, widths, tag in ((0.1, (3, 4, 2), "random"), (0.5, (3, 3, 3), "square"), (1e-3, (1, 2), "batch1"), (2.0, (2, 5, 1), "random")):
        out.append(MutationCase((_params(rng, widths), _params(rng, widths), eta, *extra), tag=tag))
    return out


def _sgd(rng):
    return _steps(rng) + [MutationCase(({"w": 4.0}, {"w": 6.0}, 0.1), tag="batch1"),
                          MutationCase(({"W1": 1e6 * np.ones((2, 2)), "b1": np.zeros(2)}, {"W1": np.ones((2, 2)), "b1": np.ones(2)}, 0.1), tag="large")]


def _l2(rng):
    out = [MutationCase((_params(rng, w), lam), tag=tag) for w, lam, tag in (((3, 4, 2), 0.1, "random"), ((3, 3, 3), 0.01, "square"),
                                                                        ((1, 2), 1.0, "batch1"), ((2, 5, 1), 2.0, "random"))]
    return out + [MutationCase(({"W1": np.zeros((2, 2)), "b1": np.ones(2)}, 0.5), tag="zeros"),
                  MutationCase(({"W": 1e3 * rng.standard_normal((2, 3)), "bias": rng.standard_normal(3)}, 0.1), tag="large")]


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
        out.append(MutationCase((A, p, Seed(100 + i)), tag=tag))
        out.append(MutationCase((A, p, Seed(200 + i)), {"mode": "eval"}, tag=tag))
    return out + [MutationCase((rng.standard_normal((3, 4)), 0.5, Seed(7), "train"), tag="random")]


def _dropout_backward(rng):
    out = []
    for i, (shape, p, tag) in enumerate((((4, 5), 0.5, "random"), ((1, 6), 0.2, "batch1"), ((5, 5), 0.3, "square"))):
        _, cache = dropout_forward(rng.standard_normal(shape), p, np.random.default_rng(i))
        out.append(MutationCase((rng.standard_normal(shape), cache), tag=tag))
    return out + [MutationCase((rng.standard_normal((2, 3)), {"mask": np.ones((2, 3))}), tag="ties")]


_COUNTS = ((10, 3, "random"), (12, 4, "random"), (1, 1, "batch1"), (5, 5, "ties"), (5, 7, "random"), (100, 32, "random"),
           (7, 1, "random"), (9, 2, "random"), (0, 4, "zeros"))


def _iterations(rng):
    return [MutationCase((n, b), tag=tag) for n, b, tag in _COUNTS]


def _minibatch_indices(rng):
    return [MutationCase((n, b, Seed(i)), tag=tag) for i, (n, b, tag) in enumerate(_COUNTS[:-1])]


def _minibatches(rng):
    out = []
    for i, (n, b, tag) in enumerate(_COUNTS[:-1]):
        out.append(MutationCase((rng.standard_normal((n, 3)), rng.standard_normal(n), b, Seed(50 + i)), tag=tag))
    return out + [MutationCase((rng.standard_normal((6, 2)), rng.standard_normal((6, 2)), 4, Seed(9)), tag="square")]


def _init(rng):
    out = []
    for i, (n_in, n_out, tag) in enumerate(((3, 5, "random"), (6, 2, "random"), (4, 4, "square"), (1, 7, "batch1"), (200, 50, "large"))):
        out.append(MutationCase((n_in, n_out, Seed(300 + i)), tag=tag))
        for mode in ("fan_in", "fan_out", "average"):
            out.append(MutationCase((n_in, n_out, Seed(400 + i)), {"mode": mode}, tag=tag))
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
            out.append(MutationCase(args, {"min_delta": min_delta} if min_delta else {}, tag=tag))
    return out


def _activation(kink=False, alpha=False):
    def draw(rng):
        out = _arrays(rng, kink=kink)
        if alpha:
            out += [MutationCase((3.0 * rng.standard_normal((3, 4)), a), tag="random") for a in (0.1, 0.25)]
            out.append(MutationCase((rng.standard_normal(5),), {"alpha": 0.2}, tag="random"))
        return out
    return draw


# ---- the later exercises (issue 11) ----

def _prelu(rng):
    out = _arrays(rng, kink=True)
    out += [MutationCase((3.0 * rng.standard_normal((3, 4)), a), tag="random") for a in (0.1, 0.25, -0.5)]
    out += [MutationCase((3.0 * rng.standard_normal((4, 3)), rng.uniform(0.05, 0.5, 3)), tag="random"),
            MutationCase((3.0 * rng.standard_normal((1, 5)), rng.uniform(0.05, 0.5, 5)), tag="batch1"),
            MutationCase((3.0 * rng.standard_normal((4, 4)), rng.uniform(0.05, 0.5, 4)), tag="square"),
            MutationCase((np.array([[-1000.0, 800.0], [0.0, -3.0]]), np.array([0.2, 0.7])), tag="large")]
    return [c if len(c.args) == 2 else MutationCase((*c.args, 0.3), c.kwargs, c.tag) for c in out]


def _zeros(rng):
    return [MutationCase((n_in, n_out), tag=tag) for n_in, n_out, tag in ((3, 5, "random"), (5, 3, "random"), (4, 4, "square"),
                                                                   (1, 6, "batch1"), (1, 1, "batch1"))]


def _spread_params(rng, d=2, h=3, k=2, scale=1.0):
    return {"W1": scale * rng.standard_normal((d, h)), "b1": scale * rng.standard_normal(h),
            "W2": scale * rng.standard_normal((h, k)), "b2": scale * rng.standard_normal(k)}


def _hidden_unit_spread(rng):
    out = [MutationCase((_spread_params(rng, *shape),), tag=tag) for shape, tag in (((2, 3, 2), "random"), ((3, 4, 1), "random"),
                                                                               ((3, 3, 3), "square"), ((1, 5, 2), "batch1"))]
    same = {"W1": np.full((2, 3), 0.5), "b1": np.zeros(3), "W2": np.full((3, 2), -0.25), "b2": np.array([1.0, -2.0])}
    out.append(MutationCase((same,), tag="ties"))
    for key, where in (("W1", (1, 2)), ("b1", (2,)), ("W2", (1, 0)), ("W1", (0, 0)), ("W2", (0, 1)), ("b1", (0,))):
        for delta in (0.75, -3.0):  # only one entry breaks the symmetry, up or down
            params = {k: v.copy() for k, v in same.items()}
            params[key][where] += delta
            out.append(MutationCase((params,), tag="ties"))
    out.append(MutationCase((_spread_params(rng, 2, 3, 2, 1e3),), tag="large"))
    out.append(MutationCase(({"W1": np.zeros((2, 1)), "b1": np.zeros(1), "W2": np.zeros((1, 1)), "b2": np.zeros(1)},), tag="zeros"))
    return out


def _symmetry_demo(rng):
    X, Y = rng.standard_normal((5, 2)), rng.standard_normal((5, 1))
    return [MutationCase((X, Y), {"steps": 3}, tag="random"), MutationCase((X, Y, 3, 0.5, 4, 0.1), tag="random"),
            MutationCase((rng.standard_normal((4, 3)), rng.standard_normal((4, 2)), 2, -0.3), {"steps": 2, "eta": 1.0}, tag="square"),
            MutationCase((rng.standard_normal((1, 2)), rng.standard_normal((1, 1))), {"n_hidden": 1, "steps": 2}, tag="batch1"),
            MutationCase((X, Y), tag="zeros")]


_WIDTHS = (([3, 4, 2], "random"), ([784, 128, 64, 10], "large"), ([3, 3, 3, 3], "square"), ([1, 1], "batch1"),
           ([2, 7], "random"), ([5, 1, 6, 2, 9], "random"), ([10, 20, 30], "random"), ([4, 4], "square"), ((6, 2, 8), "random"))


def _widths(rng):
    return [MutationCase((list(w) if isinstance(w, list) else w,), tag=tag) for w, tag in _WIDTHS]


_FRACTIONS = ((0.6, 0.2, 0.2), (0.5, 0.25, 0.25), (0.7, 0.15, 0.15), (1 / 3, 1 / 3, 1 / 3), (0.8, 0.2, 0.0),
              (0.0, 0.5, 0.5), (0.25, 0.5, 0.25), [0.9, 0.05, 0.05])
_SIZES = ((10, "random"), (8, "random"), (13, "random"), (1, "batch1"), (2, "batch1"), (6, "ties"), (4, "ties"), (30, "random"))


def _split_indices(rng):
    out = [MutationCase((n, Seed(700 + i)), tag=tag) for i, (n, tag) in enumerate(_SIZES)]
    for i, fractions in enumerate(_FRACTIONS):
        for n, tag in ((10, "ties"), (13, "random"), (6, "ties"), (3, "batch1")):
            out.append(MutationCase((n, Seed(720 + i), fractions), tag=tag))
    return out + [MutationCase((7, Seed(5)), {"fractions": (0.5, 0.5, 0.0)}, tag="ties"), MutationCase((0, Seed(6)), tag="zeros")]


def _train_val_test_split(rng):
    out = []
    for i, (n, tag) in enumerate(_SIZES[:-1]):
        out.append(MutationCase((rng.standard_normal((n, 3)), rng.integers(0, 3, n), Seed(740 + i)), tag=tag))
    return out + [MutationCase((rng.standard_normal((10, 2)), np.eye(4)[rng.integers(0, 4, 10)], Seed(1), (0.5, 0.25, 0.25)), tag="ties"),
                  MutationCase((rng.standard_normal((13, 4, 2)), rng.standard_normal((13, 2)), Seed(2)), {"fractions": (0.7, 0.15, 0.15)}),
                  MutationCase((rng.standard_normal((5, 5)), rng.standard_normal(5), Seed(3), [0.2, 0.4, 0.4]), tag="square")]


def _one_hot_labels(rng):
    return [MutationCase((np.array([0, 2, 1, 2]),)), MutationCase((rng.integers(0, 5, 9),)), MutationCase(([1, 0, 3],), tag="random"),
            MutationCase((np.array([1, 0]),), {"n_classes": 4}), MutationCase((np.array([2]),), tag="batch1"), MutationCase(([0],), tag="batch1"),
            MutationCase((np.array([0, 0, 0]),), tag="zeros"), MutationCase((np.array([0, 0]), 3), tag="zeros"),
            MutationCase((np.array([3, 3, 1, 1]), 5), tag="ties"), MutationCase((np.arange(4)[::-1].copy(),), tag="square"),
            MutationCase((np.array([], dtype=int), 3), tag="zeros"), MutationCase((rng.integers(0, 30, 12), 30), tag="large")]


def _derivative_product(rng):
    out = [MutationCase(([0.0] * 10, "sigmoid"), tag="zeros"), MutationCase(([0.0] * 10,), tag="zeros"), MutationCase(([0.5, -1.0, 2.0],)),
           MutationCase((rng.standard_normal(6), "sigmoid")), MutationCase((list(3.0 * rng.standard_normal(5)), "tanh")),
           MutationCase(([1.5], "tanh"), tag="batch1"), MutationCase(([2.0], "sigmoid"), tag="batch1"),
           MutationCase(([0.7, -0.3, 1.2, -2.0], "relu")), MutationCase(([-0.7, 0.3, 1.2], "relu")),
           MutationCase(([0.5, -2.0, 3.0, -0.1], "leaky_relu")), MutationCase(([-0.4, 1.5, -0.2], "relu")),
           MutationCase(([1.0, -1.0, 0.5], "identity")), MutationCase(([40.0, -30.0, 5.0], "sigmoid"), tag="large"),
           MutationCase(([0.0] * 3 + [1.0] * 3, "tanh"), tag="ties"), MutationCase((rng.standard_normal(20), "sigmoid"))]
    return out


def _activation_scale(rng):
    return [MutationCase((Seed(800),), tag="large"), MutationCase((Seed(801), (1.0,), 3, 8, 1), tag="batch1"),
            MutationCase((Seed(802), (0.5, 2.0, 1.0), 4, 6, 3), tag="random"), MutationCase((Seed(803),), {"scales": (2.0, 0.5), "n_layers": 5, "width": 4, "batch": 4}, tag="square"),
            MutationCase((Seed(804), (1.0, 3.0)), {"n_layers": 2, "width": 10, "batch": 2}, tag="random"),
            MutationCase((Seed(805), (1.5,), 1, 5, 2), tag="batch1")]


# f: array -> float, as the gradient checks take them (module-level so that a witness names them)
_A = np.array([[1.0, 2.0, -1.0], [0.5, -3.0, 2.0], [4.0, 0.0, 1.0]])


def cubic(x):
    return float(np.sum(np.asarray(x) ** 3))


def sin_sum(x):
    return float(np.sum(np.sin(np.asarray(x))) + np.prod(np.asarray(x).shape))


def quadratic_form(x):
    v = np.asarray(x).reshape(-1)
    return float(v @ _A[: v.size, : v.size] @ v) if v.size <= 3 else float(np.sum(np.arange(1, v.size + 1) * v ** 2))


def weighted(x):
    v = np.asarray(x).reshape(-1)
    return float(np.sum(np.arange(1, v.size + 1) * np.exp(0.3 * v)))


def layer_loss(params):
    """A dict -> float of a one-layer model: mean squared output plus a coupling term."""
    X = np.array([[1.0, -2.0], [0.5, 0.3], [-1.0, 2.0]])
    Z = X @ params["W"] + params["b"]
    return float(np.mean(Z ** 2) + np.sum(np.sin(params["W"])) + 0.5 * np.sum(params["b"] ** 3))


def layer_grads(params):
    X = np.array([[1.0, -2.0], [0.5, 0.3], [-1.0, 2.0]])
    Z = X @ params["W"] + params["b"]
    dZ = 2.0 * Z / Z.size
    return {"W": X.T @ dZ + np.cos(params["W"]), "b": dZ.sum(axis=0) + 1.5 * params["b"] ** 2}


def scalar_pair(params):
    return float(np.sum(params["a"] ** 2 * params["c"]) + np.sum(np.tanh(params["v"])) * params["a"])


def _numerical_gradient(rng):
    out = [MutationCase((cubic, rng.standard_normal(4))), MutationCase((sin_sum, rng.standard_normal((2, 3)))),
           MutationCase((quadratic_form, rng.standard_normal(3)), tag="square"), MutationCase((quadratic_form, rng.standard_normal((3, 3))), tag="square"),
           MutationCase((weighted, rng.standard_normal((1, 4))), tag="batch1"), MutationCase((cubic, np.array([[2.0]])), tag="batch1"),
           MutationCase((weighted, np.array(0.7)), tag="batch1"), MutationCase((cubic, [1, 2, -3]), tag="ties"),
           MutationCase((cubic, np.array([1, -2]))), MutationCase((cubic, rng.standard_normal(3), 1e-2)), MutationCase((weighted, rng.standard_normal(5)), {"h": 0.1}),
           MutationCase((sin_sum, np.zeros((2, 2))), tag="zeros"), MutationCase((cubic, 100.0 * rng.standard_normal(3)), tag="large"),
           MutationCase((quadratic_form, 1e-6 * rng.standard_normal(2), 1e-7), tag="tiny")]
    return out


def _dict_params(rng):
    return {"W": rng.standard_normal((2, 3)), "b": rng.standard_normal(3)}


def _numerical_gradients(rng):
    return [MutationCase((layer_loss, _dict_params(rng))), MutationCase((layer_loss, _dict_params(rng), 1e-2)),
            MutationCase((scalar_pair, {"a": np.array(0.5), "c": np.array([[1.5]]), "v": rng.standard_normal(4)}), tag="batch1"),
            MutationCase((scalar_pair, {"v": rng.standard_normal((2, 2)), "a": np.array(-1.2), "c": np.array(3.0)}), {"h": 1e-3}, tag="square"),
            MutationCase((layer_loss, {"W": np.zeros((2, 3)), "b": np.zeros(3)}), tag="zeros")]


def _relative_error(rng):
    a, b = rng.standard_normal((3, 4)), rng.standard_normal((3, 4))
    return [MutationCase((a, b)), MutationCase((a, a + 1e-7 * rng.standard_normal((3, 4))), tag="tiny"), MutationCase((a, -a)), MutationCase((a, 2.0 * a)),
            MutationCase((np.zeros(3), np.zeros(3)), tag="zeros"), MutationCase((np.zeros(3), np.array([0.0, 1e-9, 0.0])), tag="zeros"),
            MutationCase((np.array([1e-10, 0.0]), np.array([0.0, 2e-10])), tag="tiny"), MutationCase((np.array([3.0]), np.array([4.0])), tag="batch1"),
            MutationCase((2.5, 2.0), tag="batch1"), MutationCase(([1.0, 2.0], [1.0, 2.5])), MutationCase((a, b, 10.0)), MutationCase((np.array([1e-6]), np.array([0.0])), {"floor": 1e-3}, tag="tiny"),
            MutationCase((1e6 * a, 1e6 * b), tag="large"), MutationCase((rng.standard_normal((4, 4)), rng.standard_normal((4, 4))), tag="square"),
            MutationCase((np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 2.0])), tag="ties")]


def _gradient_check(rng):
    out = []
    for i in range(3):
        p = _dict_params(rng)
        g = layer_grads(p)
        wrong = {"W": g["W"], "b": 2.0 * g["b"]}
        out += [MutationCase((layer_loss, p, g)), MutationCase((layer_loss, p, wrong)), MutationCase((layer_loss, p, {"W": g["W"].copy(), "b": -g["b"]}), {"h": 1e-3})]
    pair = {"a": np.array(0.5), "c": np.array([[1.5]]), "v": rng.standard_normal(4)}
    return out + [MutationCase((scalar_pair, pair, {"a": np.array(1.0), "c": np.array([[0.25]]), "v": np.ones(4)}), tag="batch1"),
                  MutationCase((layer_loss, {"W": np.zeros((2, 3)), "b": np.zeros(3)}, {"W": np.ones((2, 3)), "b": np.zeros(3)}), tag="zeros")]


def _graph_cases(rng):
    """(graph, inputs, output) triples: chains, several paths, every op, a node the output does not use."""
    v = lambda: float(np.round(rng.uniform(0.3, 2.5), 3))
    chain = [["h", "mul", ["w1", "x"]], ["y_hat", "mul", ["w2", "h"]], ["d", "sub", ["y_hat", "y"]], ["L", "mul", ["d", "d"]]]
    paths = [["a", "mul", ["x", "y"]], ["b", "add", ["x", "y"]], ["f", "mul", ["a", "b"]]]
    ops = [["s", "sigmoid", ["x"]], ["t", "tanh", ["y"]], ["e", "exp", ["t"]], ["l", "log", ["x"]], ["r", "relu", ["z"]],
           ["q", "div", ["s", "e"]], ["u", "sub", ["l", "r"]], ["m", "mul", ["q", "u"]], ["out", "add", ["m", "x"]]]
    unused = [["a", "add", ["x", "y"]], ["b", "exp", ["x"]], ["c", "div", ["y", "a"]], ["k", "relu", ["a"]]]
    neg = [["n", "sub", ["y", "x"]], ["r", "relu", ["n"]], ["s", "sigmoid", ["n"]], ["o", "add", ["r", "s"]]]
    deep = [["n1", "tanh", ["x"]]] + [[f"n{i + 1}", "mul", [f"n{i}", "x"]] for i in range(1, 6)] + [["n7", "div", ["n6", "y"]]]
    return [
        (chain, {"x": 2.0, "w1": 0.5, "w2": 1.5, "y": 3.0}, "L", "random"),
        (chain, {"x": v(), "w1": -v(), "w2": v(), "y": v()}, "L", "random"),
        (paths, {"x": 2.0, "y": 3.0}, "f", "ties"), (paths, {"x": -v(), "y": v()}, "f", "random"),
        (ops, {"x": v(), "y": -v(), "z": v()}, "out", "random"), (ops, {"x": v(), "y": v(), "z": -v()}, "out", "random"),
        (ops, {"x": 1.0, "y": 0.0, "z": 2.0}, "m", "zeros"),
        (unused, {"x": v(), "y": v()}, "c", "random"), (unused, {"x": 1.0, "y": 1.0}, "k", "ties"),
        (neg, {"x": 1.0, "y": 3.0}, "o", "random"), (neg, {"x": 3.0, "y": 1.0}, "o", "random"),
        (neg, {"x": 50.0, "y": -700.0}, "o", "large"), (deep, {"x": v(), "y": -v()}, "n7", "random"),
        ([["s", "sigmoid", ["x"]]], {"x": -800.0}, "s", "large"), ([["p", "mul", ["x", "x"]]], {"x": -3.0}, "p", "batch1"),
        ([["p", "div", ["x", "y"]], ["q", "sub", ["x", "p"]]], {"x": 6.0, "y": 4.0}, "q", "random"),
        (chain, {"x": 2.0, "w1": 0.5, "w2": 1.5, "y": 3.0}, "h", "random"), (paths, {"x": 2.0, "y": 3.0}, "x", "batch1"),
    ]


def _graph_forward(rng):
    return [MutationCase((graph, inputs), tag=tag) for graph, inputs, _, tag in _graph_cases(rng)]


def _graph_backward(rng):
    return [MutationCase((graph, inputs, output), tag=tag) for graph, inputs, output, tag in _graph_cases(rng)]


_NORM_SHAPES = (((4, 3), "random"), ((3, 5), "random"), ((3, 3), "square"), ((1, 4), "batch1"), ((5, 1), "random"), ((2, 2), "square"))


def _norm_data(rng, shape, tag):
    X = rng.standard_normal(shape) * rng.uniform(0.5, 3.0, shape[1]) + rng.uniform(-2, 2, shape[1])
    if tag == "large":
        X = 1e3 * X + 1e4
    elif tag == "tiny":
        X = 1e-4 * X
    return X


def _bn_args(rng, shape, tag):
    d = shape[1]
    return (_norm_data(rng, shape, tag), rng.uniform(0.5, 2.0, d), rng.standard_normal(d),
            rng.standard_normal(d), rng.uniform(0.5, 2.0, d))


def _shapes_and_extremes():
    return _NORM_SHAPES + (((4, 3), "large"), ((3, 2), "tiny"))


def _batchnorm_forward(rng):
    out = []
    for shape, tag in _shapes_and_extremes():
        args = _bn_args(rng, shape, tag)
        out += [MutationCase(args, tag=tag), MutationCase(args, {"mode": "eval"}, tag=tag)]
    args = _bn_args(rng, (4, 3), "random")
    out += [MutationCase(args, {"momentum": 0.5}), MutationCase((*args, "train", 0.0, 1e-2)), MutationCase((*args, "eval", 0.3, 0.5)),
            MutationCase(args, {"eps": 1e-3, "momentum": 0.99}), MutationCase((np.full((3, 3), 2.0), *args[1:3], np.zeros(3), np.ones(3)), tag="ties")]
    return out


def _batchnorm_backward(rng):
    from mlptutor.reference.normalization import batchnorm_forward
    out = []
    for shape, tag in _shapes_and_extremes():
        for mode in ("train", "eval"):
            args = _bn_args(rng, shape, tag)
            _, cache = batchnorm_forward(*args, mode=mode, eps=1e-3 if tag == "square" else 1e-5)
            out.append(MutationCase((rng.standard_normal(shape), cache), tag=tag))
    return out


def _layernorm_forward(rng):
    out = []
    for shape, tag in _shapes_and_extremes():
        d = shape[1]
        out.append(MutationCase((_norm_data(rng, shape[::-1], tag).T.copy() if d > 1 else _norm_data(rng, shape, tag),
                         rng.uniform(0.5, 2.0, d), rng.standard_normal(d)), tag=tag))
    X = rng.standard_normal((3, 4)) * np.array([[0.1], [1.0], [10.0]])
    return out + [MutationCase((X, rng.uniform(0.5, 2.0, 4), rng.standard_normal(4), 1e-2), tag="scales"),
                  MutationCase((np.array([[1.0, 2.0, 3.0, 4.0]]), np.ones(4), np.zeros(4)), tag="batch1"),
                  MutationCase((X, np.ones(4), np.zeros(4)), {"eps": 0.5}, tag="scales")]


def _layernorm_backward(rng):
    from mlptutor.reference.normalization import layernorm_forward
    out = []
    for case in _layernorm_forward(rng):
        _, cache = layernorm_forward(*case.args, **case.kwargs)
        out.append(MutationCase((rng.standard_normal(case.args[0].shape), cache), tag=case.tag))
    return out


def _neuron_data(rng, n, d, scale=1.0, labels=False):
    X = scale * rng.standard_normal((n, d))
    return X, ((rng.random(n) < 0.5).astype(float) if labels else rng.standard_normal(n))


_NEURON_SHAPES = ((6, 3, "random"), (3, 6, "random"), (4, 4, "square"), (1, 3, "batch1"), (5, 1, "random"))


def _perceptron_predict(rng):
    grid = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    out = [MutationCase((rng.standard_normal((n, d)), rng.standard_normal(d), float(rng.standard_normal())), tag=tag)
           for n, d, tag in _NEURON_SHAPES]
    return out + [MutationCase((grid, np.array([1.0, 1.0]), -1.0), tag="zeros"), MutationCase((grid, np.array([1.0, -1.0]), 0.0), tag="zeros"),
                  MutationCase((np.array([0.5, -2.0]), np.array([2.0, 0.5]), 0.0), tag="zeros"), MutationCase((np.array([1.0, 3.0]), np.array([-1.0, 0.5]), 0.2), tag="batch1"),
                  MutationCase(([[1.0, 2.0], [-3.0, 0.5]], np.array([0.5, 1.0]), -1.0), tag="square"),
                  MutationCase((1e3 * rng.standard_normal((3, 2)), rng.standard_normal(2), 5.0), tag="large")]


def _perceptron_step(rng):
    out = []
    for x, w, b, y, eta, tag in (
            ([0.0, 2.0], [1.0, -1.0], 0.0, 1.0, 0.5, "random"), ([1.0, 1.0], [1.0, 1.0], -1.0, 0.0, 1.0, "zeros"),
            ([1.0, 1.0], [1.0, 1.0], -1.0, 1.0, 1.0, "zeros"), ([2.0, -1.0, 0.5], [0.3, 0.2, -0.1], 0.1, 0.0, 0.25, "random"),
            ([2.0, -1.0, 0.5], [-0.3, 0.2, -0.1], 0.1, 1.0, 2.0, "random"), ([-1.5], [2.0], 0.5, 0.0, 1.0, "batch1"),
            ([-1.5], [2.0], 0.5, 1.0, 0.1, "batch1"), ([1.0, 2.0], [-1.0, 0.0], 0.5, 1.0, 1.0, "square")):
        out.append(MutationCase((np.array(w), b, np.array(x), y, eta), tag=tag))
    return out + [MutationCase((np.array([0.5, -0.5]), 0.0, np.array([1.0, 3.0]), 1.0), tag="random"),
                  MutationCase((np.zeros(3), 0.0, rng.standard_normal(3), 0.0), tag="zeros"),
                  MutationCase((rng.standard_normal(4), 1.0, rng.standard_normal(4), 1.0), {"eta": 0.3}, tag="random")]


_GATES = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


def _train_perceptron(rng):
    blob = np.concatenate([rng.standard_normal((5, 2)) + 2.0, rng.standard_normal((5, 2)) - 2.0])
    order = rng.permutation(10)
    return [MutationCase((_GATES, np.array([0.0, 0.0, 0.0, 1.0])), tag="ties"), MutationCase((_GATES, np.array([0.0, 1.0, 1.0, 1.0])), tag="ties"),
            MutationCase((_GATES, np.array([1.0, 1.0, 1.0, 0.0]), 0.5)), MutationCase((_GATES, np.array([0.0, 1.0, 1.0, 0.0]), 1.0, 7)),
            MutationCase((blob[order], np.repeat([1.0, 0.0], 5)[order]), {"eta": 0.1}), MutationCase((np.array([[1.0, -1.0]]), np.array([0.0])), tag="batch1"),
            MutationCase((np.array([[2.0, 1.0], [-1.0, -3.0]]), np.array([1.0, 0.0])), {"max_epochs": 1}, tag="square"),
            MutationCase((np.array([[1.0], [2.0], [-1.0]]), np.array([0.0, 1.0, 1.0]), 1.0, 4), tag="random"),
            MutationCase((np.array([[0.5, 1.5, -1.0], [2.0, -0.5, 1.0], [-1.0, 1.0, 2.0]]), np.array([1.0, 0.0, 1.0]), 2.0), tag="square")]


def _neuron_cases(rng, labels):
    out = []
    for model in ("linear", "logistic"):
        for n, d, tag in _NEURON_SHAPES:
            X, y = _neuron_data(rng, n, d, labels=labels)
            out.append(MutationCase((X, (rng.random(n) < 0.5).astype(float) if model == "logistic" else y, rng.standard_normal(d),
                             float(rng.standard_normal()), model), tag=tag))
        X, y = _neuron_data(rng, 4, 2, scale=100.0)
        out.append(MutationCase((X, (rng.random(4) < 0.5).astype(float) if model == "logistic" else y, rng.standard_normal(2), 3.0, model), tag="large"))
        out.append(MutationCase((np.zeros((3, 2)), np.array([1.0, 0.0, 1.0]), np.zeros(2), 0.0, model), tag="zeros"))
    return out


def _neuron_forward(rng):
    return [MutationCase((c.args[0], *c.args[2:]), tag=c.tag) for c in _neuron_cases(rng, False)]


def _neuron_loss(rng):
    return _neuron_cases(rng, False)


def _neuron_gd_step(rng):
    return [MutationCase((*c.args[:4], eta, c.args[4]), tag=c.tag) for c, eta in zip(_neuron_cases(rng, False), (0.1, 0.5, 1.0, 2.0) * 4)]


def _fit_neuron(rng):
    out = []
    for model in ("linear", "logistic"):
        X = rng.standard_normal((6, 2))
        y = (X @ np.array([1.0, -2.0]) + 0.3 > 0).astype(float) if model == "logistic" else X @ np.array([1.0, -2.0]) + 0.5
        out += [MutationCase((X, y, model), {"eta": 0.2, "steps": 15}), MutationCase((X[:1], y[:1], model, 0.5, 4), tag="batch1"),
                MutationCase((X[:3, :1], y[:3], model, 1.0, 6), tag="random")]
    return out + [MutationCase((X, y, "logistic"), tag="random"), MutationCase((X[:2], y[:2], "linear", 0.05, 1), tag="batch1")]


def _classification_data(rng, n, d, k):
    centers = 2.5 * rng.standard_normal((k, d))
    labels = rng.integers(0, k, n)
    return centers[labels] + rng.standard_normal((n, d)), np.eye(k)[labels]


def _train_classifier(rng):
    from mlptutor.grader.checks.cases import Case
    from mlptutor.grader.specs.train import meets_a_kink
    out = []
    for (n, m, d, k), hidden, seed, kwargs, tag in (
            ((24, 10, 2, 3), [5], 1, {"epochs": 4, "batch_size": 8}, "random"),
            ((20, 8, 3, 2), [4, 3], 2, {"epochs": 6, "batch_size": 6, "eta": 0.5, "patience": 1}, "random"),
            ((9, 5, 2, 2), [3], 3, {"epochs": 3, "batch_size": 4, "eta": 2.0, "patience": 2}, "large"),
            ((6, 4, 3, 3), [3], 4, {"epochs": 3, "batch_size": 1, "eta": 0.05}, "batch1"),
            ((12, 6, 2, 2), [2, 2], 5, {"epochs": 25, "batch_size": 32, "eta": 3.0, "patience": 2}, "random"),
            ((30, 12, 4, 4), [6], 6, {}, "random")):
        X, Y = _classification_data(rng, n + m, d, k)
        args = (X[:n], Y[:n], X[n:], Y[n:], hidden, seed)
        # a run that differentiates a hidden ReLU exactly at 0 (a dead row meeting b2 = 0) tells relu'(0) apart,
        # which the docstring leaves free: such an input counts as a kink
        out.append(MutationCase(args, kwargs, tag="kink" if meets_a_kink(Case(args, kwargs)) else tag))
    return out


def _train_xor(rng):
    """One run at the defaults (a mutant that never learns costs 11 x 2000 steps there), the rest short."""
    return [MutationCase((), tag="random"), MutationCase((1,), {"max_restarts": 1}), MutationCase((4,), {"max_epochs": 3, "max_restarts": 0, "tol": 1e-9}, tag="batch1"),
            MutationCase((2, 2.0, 60, 0.4, 2)), MutationCase((3,), {"eta": 8.0, "max_epochs": 300, "tol": 0.1, "max_restarts": 1}),
            MutationCase((5, 5.0, 20, 0.3), {"max_restarts": 3}, tag="ties"), MutationCase((11, 3.0, 0, 1.0, 0), tag="zeros"),
            MutationCase((13,), {"max_epochs": 40, "tol": 0.69, "max_restarts": 2})]


def _hidden_logic(rng):
    from mlptutor.reference.xor import train_xor
    course = {"W1": np.array([[20.0, -20.0], [20.0, -20.0]]), "b1": np.array([-10.0, 30.0]),
              "W2": np.array([[20.0], [20.0]]), "b2": np.array([-30.0])}
    out = [MutationCase((course,), tag="large"), MutationCase((train_xor(0)["params"],)), MutationCase((train_xor(2, max_epochs=300)["params"],))]
    for _ in range(8):  # random 2-2-1 networks: most tables of units and output occur
        out.append(MutationCase(({"W1": 6.0 * rng.standard_normal((2, 2)), "b1": 4.0 * rng.standard_normal(2),
                          "W2": 6.0 * rng.standard_normal((2, 1)), "b2": 4.0 * rng.standard_normal(1)},)))
    asym = {"W1": np.array([[8.0, -1.0], [-4.0, 6.0]]), "b1": np.array([-2.0, -3.0]), "W2": np.array([[5.0], [-7.0]]), "b2": np.array([1.0])}
    return out + [MutationCase((asym,), tag="square")]


GENERATORS: dict[str, Callable[[np.random.Generator], list[MutationCase]]] = {
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
    "identity": _activation(), "identity_grad": _activation(), "step": _activation(), "step_grad": _activation(),
    "gelu": _activation(), "gelu_grad": _activation(), "gelu_tanh": _activation(), "gelu_tanh_grad": _activation(),
    "prelu": _prelu, "prelu_grad": _prelu, "prelu_alpha_grad": _activation(),
    "lecun_normal": _init, "lecun_uniform": _init, "zeros": _zeros, "hidden_unit_spread": _hidden_unit_spread,
    "symmetry_demo": _symmetry_demo,
    "parameter_breakdown": _widths, "count_parameters": _widths,
    "split_indices": _split_indices, "train_val_test_split": _train_val_test_split, "one_hot": _one_hot_labels,
    "derivative_product": _derivative_product, "activation_scale": _activation_scale,
    "numerical_gradient": _numerical_gradient, "numerical_gradients": _numerical_gradients,
    "relative_error": _relative_error, "gradient_check": _gradient_check,
    "graph_forward": _graph_forward, "graph_backward": _graph_backward,
    "batchnorm_forward": _batchnorm_forward, "batchnorm_backward": _batchnorm_backward,
    "layernorm_forward": _layernorm_forward, "layernorm_backward": _layernorm_backward,
    "perceptron_predict": _perceptron_predict, "perceptron_step": _perceptron_step, "train_perceptron": _train_perceptron,
    "neuron_forward": _neuron_forward, "neuron_loss": _neuron_loss, "neuron_gradient": _neuron_loss,
    "neuron_gd_step": _neuron_gd_step, "fit_neuron": _fit_neuron,
    "train_classifier": _train_classifier, "train_xor": _train_xor, "hidden_logic": _hidden_logic,
}


def fresh_arguments(value):
    """A private deep copy of an argument, each Seed made a fresh generator."""
    if isinstance(value, Seed):
        return np.random.default_rng(value.seed)
    if isinstance(value, (list, tuple)):
        return type(value)(fresh_arguments(v) for v in value)
    if isinstance(value, dict):
        return {k: fresh_arguments(v) for k, v in value.items()}
    return copy.deepcopy(value)


def cases(function: str, exercise: str) -> list[MutationCase]:
    """The input set of a graded function (fixed: the same every run). Formula exercises take no arguments."""
    if exercise == "derivatives":
        return [MutationCase(())]
    if function not in GENERATORS:
        raise KeyError(f"no differential inputs for {function}: add a generator to grader/mutation/inputs.py")
    out = GENERATORS[function](np.random.default_rng(20261204))
    if function in KINKED:  # any exact zero is at the kink
        return [MutationCase(c.args, c.kwargs, "kink") if np.any(np.asarray(c.args[0]) == 0) else c for c in out]
    return [c if c.tag != "kink" else MutationCase(c.args, c.kwargs, "zeros") for c in out]
