"""reference/train.py: the capstone's training loop against independent computations and its own rules."""

import numpy as np
import pytest
from autograd import grad
import autograd.numpy as anp

from mlptutor.reference.data import blobs, one_hot
from mlptutor.reference.early_stopping import early_stopping
from mlptutor.reference.train import classifier_loss, train_classifier


@pytest.fixture(scope="module")
def problem():
    rng = np.random.default_rng(0)
    X, y = blobs(60, rng, centers=((-2.0, 0.0), (2.0, 0.0), (0.0, 2.5)), std=0.8)
    Y = one_hot(y, 3)
    order = rng.permutation(len(X))
    return X[order[:120]], Y[order[:120]], X[order[120:]], Y[order[120:]]


def _autograd_loss(flat, X, Y, shapes):
    """Mean cross-entropy of a ReLU/linear MLP written independently, for autograd."""
    params, at = [], 0
    for shape in shapes:
        size = int(np.prod(shape))
        params.append(anp.reshape(flat[at:at + size], shape))
        at += size
    A = X
    for l in range(0, len(params), 2):
        Z = anp.dot(A, params[l]) + params[l + 1]
        A = anp.maximum(Z, 0.0) if l + 2 < len(params) else Z
    shifted = A - anp.max(A, axis=1, keepdims=True)
    return -anp.sum(Y * (shifted - anp.log(anp.sum(anp.exp(shifted), axis=1, keepdims=True)))) / len(X)


def test_classifier_loss_matches_an_independent_forward(problem):
    X, Y, _, _ = problem
    rng = np.random.default_rng(1)
    params = {"W1": rng.normal(size=(2, 5)), "b1": rng.normal(size=5), "W2": rng.normal(size=(5, 3)), "b2": rng.normal(size=3)}
    flat = np.concatenate([v.ravel() for v in params.values()])
    shapes = [v.shape for v in params.values()]
    assert classifier_loss(params, X, Y) == pytest.approx(float(_autograd_loss(flat, X, Y, shapes)), rel=1e-12)
    assert np.all(np.isfinite(grad(_autograd_loss)(flat, X, Y, shapes)))


def test_one_epoch_of_full_batch_sgd_is_one_autograd_step(problem):
    X, Y, X_val, Y_val = problem
    run = train_classifier(X, Y, X_val, Y_val, [4], seed=3, epochs=1, batch_size=len(X), eta=0.3, patience=5)
    rng = np.random.default_rng(3)
    start = {"W1": np.sqrt(2 / 2) * rng.standard_normal((2, 4)), "b1": np.zeros(4),
             "W2": np.sqrt(2 / 4) * rng.standard_normal((4, 3)), "b2": np.zeros(3)}
    order = rng.permutation(len(X))  # one batch holding every row: the shuffle does not change the mean gradient
    flat = np.concatenate([v.ravel() for v in start.values()])
    shapes = [v.shape for v in start.values()]
    stepped = flat - 0.3 * grad(_autograd_loss)(flat, X[order], Y[order], shapes)
    got = np.concatenate([v.ravel() for v in run["params"].values()])
    np.testing.assert_allclose(got, stepped, rtol=1e-10, atol=1e-12)


def test_training_learns_stops_by_the_rule_and_restores_the_best_epoch(problem):
    X, Y, X_val, Y_val = problem
    run = train_classifier(X, Y, X_val, Y_val, [8], seed=0, epochs=80, batch_size=8, eta=0.5, patience=3)
    assert run["train_loss"][-1] < 0.5 * run["train_loss"][0]
    assert (run["stop_epoch"], run["best_epoch"]) == early_stopping(run["val_loss"], 3)
    assert classifier_loss(run["params"], X_val, Y_val) == pytest.approx(run["val_loss"][run["best_epoch"]], rel=1e-12)


def test_a_seed_reproduces_the_run(problem):
    X, Y, X_val, Y_val = problem
    a, b, c = (train_classifier(X, Y, X_val, Y_val, [6], seed=s, epochs=5) for s in (4, 4, 5))
    assert a["val_loss"] == b["val_loss"] and a["val_loss"] != c["val_loss"]
