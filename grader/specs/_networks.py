"""Small seeded MLPs shared by the mlp and backprop specs.

Networks stay tiny: every case is a sandbox call and its data crosses back. The architectures
mix depths 1 to 3, an output of width 1, a square hidden layer and every
activation the exercises name, so a transposed W or a skipped layer shows.
"""

from __future__ import annotations

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.specs._keys import own_keys
from mlptutor.reference.mlp import mlp_forward

# (widths [n0, ..., nL], one activation per layer), paired with the batch sizes below
ARCHITECTURES = (
    ([3, 4, 2], ("tanh", "sigmoid")),
    ([2, 5, 3, 1], ("relu", "tanh", "identity")),
    ([4, 1], ("sigmoid",)),
    ([3, 3, 3, 2], ("sigmoid", "relu", "tanh")),
)
BATCHES = (1, 5, 4, 7)
# a sigmoid kept from overflowing by clipping Z saturates too early: only the large inputs show it, where the
# error (sigmoid(15) = 1 - 3.1e-7) otherwise reads as float32 rounding; common bounds (30 is right to 1e-13)
SIGMOID_BOUNDS = (10, 15, 20)


def parameters(widths, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """{"W1": (n0, n1), "b1": (n1,), ...} with W_l ~ N(0, 1/n_{l-1}) and b_l ~ N(0, 0.25)."""
    params = {}
    for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=1):
        params[f"W{l}"] = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_in, n_out))
        params[f"b{l}"] = rng.normal(0.0, 0.5, size=n_out)
    return params


def network(rng: np.random.Generator, architecture: int = 0) -> dict[str, np.ndarray]:
    """The parameters of ARCHITECTURES[architecture]: a dict of several shapes for dict-valued exercises."""
    return parameters(ARCHITECTURES[architecture][0], rng)


def shaped_like(params: dict, rng: np.random.Generator, scale: float = 1.0) -> dict[str, np.ndarray]:
    """A dict of N(0, scale^2) arrays with the keys and shapes of `params` (e.g. their gradients)."""
    return {k: scale * rng.normal(size=np.shape(v)) for k, v in params.items()}


def every_network(make):
    """rng -> make(rng, a) for every architecture a."""
    return lambda rng: [make(rng, a) for a in range(len(ARCHITECTURES))]


def forward_case(n: int, widths, activations, rng: np.random.Generator) -> tuple:
    """Arguments of mlp_forward: X (n, n0), params, the activation names as a list."""
    return rng.normal(size=(n, widths[0])), parameters(widths, rng), list(activations)


def backward_case(n: int, widths, activations, rng: np.random.Generator) -> tuple:
    """Arguments of mlp_backward: dout (n, nL) and the reference's caches of a random forward pass."""
    X, params, names = forward_case(n, widths, activations, rng)
    _, caches = mlp_forward(X, params, names)
    return rng.normal(size=(n, widths[-1])), caches


def every_architecture(make):
    """rng -> one case per architecture, each with its batch size (1, odd, even)."""
    return lambda rng: [make(n, widths, names, rng) for n, (widths, names) in zip(BATCHES, ARCHITECTURES)]


def away_from_kinks(X: np.ndarray, widths, activations, rng: np.random.Generator, margin: float = 0.05) -> dict:
    """Parameters whose ReLU pre-activations on X are all at least `margin` from 0 (redrawn until so)."""
    while True:
        params = parameters(widths, rng)
        _, caches = mlp_forward(X, params, list(activations))
        if all(np.abs(c["Z"]).min() >= margin for c in caches if c["activation"] == "relu"):
            return params


def keys_check(make, judge=own_keys) -> BehaviourCheck:
    """Keys of a 3-layer network's call (`make(rng, 1)`), then a 1-layer one's: a dict kept on the module and filled
    on every call keeps the first's keys, which the value checks take (a dict may hold more than they compare)."""
    return BehaviourCheck("keys", 0.5, scenarios=(Scenario("a 3-layer network, then a 1-layer one", judge,
                                                           draw=lambda rng: [make(rng, 1), make(rng, 2)],
                                                           several=True),))
