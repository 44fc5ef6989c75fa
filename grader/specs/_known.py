"""Functions with known gradients, for exercises whose student functions take a function f as argument.

A function cannot cross into the sandbox, so a call names it instead: the
trusted side writes `Known("logsumexp")` among the arguments; the check
sends the name, and this module, shipped into the child as source (it
imports only numpy), puts the function itself in its place and calls the
student's function. The trusted side imports the very same functions, so
expected values and mistake replays use the code the student's call used.
A student release carries this module too (its checker replays the same
calls): it holds test functions only, no exercise's solution (the tiny
network's exact gradients, a backward pass, are in grader/specs/gradcheck.py).
"""

import functools
import importlib

import numpy as np

# the tiny network of the gradient-check exercise: 3 examples, widths 2-3-1, tanh hidden layer
NET_X = np.array([[0.5, -1.0], [1.5, 0.3], [-0.7, 0.8]])
NET_Y = np.array([[0.2], [-0.4], [1.0]])


def _plus(value: float, x, tilt) -> float:
    """value + sum(tilt * x) over every tensor (tilt a dict of them for a dict x); value itself without a tilt."""
    if tilt is None:
        return value
    pairs = [(x[k], w) for k, w in tilt.items()] if isinstance(tilt, dict) else [(x, tilt)]
    return value + float(sum(np.sum(np.asarray(t, dtype=float) * w) for t, w in pairs))


def sin_sum(x, tilt=None):
    """sum(sin(x)); gradient cos(x)."""
    return _plus(float(np.sum(np.sin(x))), x, tilt)


def logsumexp(x, tilt=None):
    """log(sum(exp(x))) over every entry (max-shifted); gradient softmax(x) over every entry."""
    m = np.max(x)
    return _plus(float(m + np.log(np.sum(np.exp(x - m)))), x, tilt)


def cubic(x, tilt=None):
    """sum(x^3) / 3 + (sum(x))^2 / 2; gradient x^2 + sum(x)."""
    return _plus(float(np.sum(x**3) / 3 + np.sum(x) ** 2 / 2), x, tilt)


def row_logsumexp(x, tilt=None):
    """sum over the rows of log(sum(exp(row))) (each row max-shifted); gradient softmax of each row.

    Reads x's layout: on the same numbers flattened it is one log-sum-exp over every entry."""
    m = np.max(x, axis=-1, keepdims=True)
    return _plus(float(np.sum(m[..., 0] + np.log(np.sum(np.exp(x - m), axis=-1)))), x, tilt)


RIPPLE = 1000.0


def ripple(x, tilt=None):
    """sum(sin(K x)) / K over every entry of an array or of every tensor of a dict, K = 1000; gradient cos(K x).

    So steep that a central difference with h = 1e-5 is off by a relative (K h)^2 / 6 ~ 2e-5: the step h shows."""
    tensors = x.values() if isinstance(x, dict) else [x]
    return _plus(float(sum(np.sum(np.sin(RIPPLE * np.asarray(t))) for t in tensors) / RIPPLE), x, tilt)


def net_loss(params, tilt=None):
    """Half mean squared error of the 2-3-1 tanh network {"W1", "b1", "W2", "b2"} on NET_X, NET_Y."""
    hidden = np.tanh(NET_X @ params["W1"] + params["b1"])
    out = hidden @ params["W2"] + params["b2"]
    return _plus(float(0.5 * np.sum((out - NET_Y) ** 2) / len(NET_X)), params, tilt)


FUNCTIONS = {f.__name__: f for f in (sin_sum, logsumexp, cubic, row_logsumexp, ripple, net_loss)}


class Tilted(functools.partial):
    """FUNCTIONS[name] with its `tilt`: plus the linear term sum(tilt * x), tilt drawn per student (hidden cases).

    Its central differences are the function's plus tilt, exactly: a numerical gradient written as the known
    functions' formulas, picked by f's name or by its values at a few points and never differencing f, scored
    full marks on the hidden cases (they are all in this module, which a student release carries). A partial:
    no frame of its own, so an error raised in the function is said to be inside it (child.describe_error)."""

    def __new__(cls, name, tilt):
        return super().__new__(cls, FUNCTIONS[name], tilt=tilt)

    @property
    def name(self) -> str:
        return self.func.__name__

    @property
    def tilt(self):
        return self.keywords["tilt"]

    def _tilts(self) -> list:
        return list(self.tilt.items()) if isinstance(self.tilt, dict) else [(None, self.tilt)]

    def __eq__(self, other):
        """The same function and tilt (a student release matches its recorded cases' arguments so)."""
        mine, theirs = self._tilts(), other._tilts() if type(other) is Tilted else None
        return (theirs is not None and other.name == self.name and [k for k, _ in mine] == [k for k, _ in theirs]
                and all(np.array_equal(w, v) for (_, w), (_, v) in zip(mine, theirs)))

    def __hash__(self):
        return hash(self.name)

    def __reduce__(self):  # copies (a mistake's replay deep-copies its arguments) made as this class makes them
        return Tilted, (self.name, self.tilt)

    def __repr__(self):  # as a public example names it
        return f"{self.name} plus a drawn linear term"


# not a function's name: the argument at that position is sent transposed and turned back here, a Fortran-ordered
# view (the wire carries arrays in C order only), so a copy kept in x's own order is met as students meet it
TRANSPOSED = "transposed"


def call(module, function, known, /, *args, **kwargs):
    """module.function(*args, **kwargs) with args[i] replaced by FUNCTIONS[name] for every (i, name) in known
    (by Tilted(name, tilt) for an (i, name, tilt); by args[i].T where name is TRANSPOSED).

    The student's arguments are this call's own (after the first three), so the sandbox's comparison of
    every argument with what was sent, as soon as the call returns, sees each of them as it is (a transposed
    argument is a view of the one sent)."""
    args = list(args)
    for position, name, *tilt in known:
        args[position] = (args[position].T if name == TRANSPOSED else Tilted(name, tilt[0]) if tilt
                          else FUNCTIONS[name])
    return getattr(importlib.import_module(module), function)(*args, **kwargs)
