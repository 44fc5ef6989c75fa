"""Losses in the habit of Raschka's Python Machine Learning (Adaline's cost, NeuralNetMLP._compute_cost).

Raschka writes the cost as sums over a one-hot target matrix y_enc and the output activations, errors = y - output,
cost = (errors**2).sum() / 2.0; this student divides by the number of examples as the docstring asks, and clips the
probabilities the way NeuralNetMLP clips z, before every log.
"""

import numpy as np


def _n_examples(y_enc):
    return np.asarray(y_enc).shape[0]


def mse(Y_hat, Y):
    output = np.asarray(Y_hat, dtype=np.float64)
    errors = np.asarray(Y, dtype=np.float64) - output
    cost = (errors ** 2).sum() / 2.0
    return float(cost / _n_examples(Y)) if _n_examples(Y) else float("nan")


def mse_grad(Y_hat, Y):
    errors = np.asarray(Y, dtype=np.float64) - np.asarray(Y_hat, dtype=np.float64)
    return -errors / max(_n_examples(Y), 1)


def bce(P, Y):
    output = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    y_enc = np.asarray(Y, dtype=np.float64)
    term1 = -y_enc * np.log(output)
    term2 = (1.0 - y_enc) * np.log(1.0 - output)
    cost = np.sum(term1 - term2)
    return float(cost / _n_examples(Y)) if _n_examples(Y) else float("nan")


def bce_grad(P, Y):
    output = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    y_enc = np.asarray(Y, dtype=np.float64)
    return (output - y_enc) / (output * (1.0 - output)) / max(_n_examples(Y), 1)


def _log_probas(z_out):
    z_out = np.asarray(z_out, dtype=np.float64)
    shifted = z_out - z_out.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def cross_entropy_with_logits(Z, Y):
    y_enc = np.asarray(Y, dtype=np.float64)
    if _n_examples(y_enc) == 0:
        return float("nan")
    return float(-np.sum(y_enc * _log_probas(Z)) / _n_examples(y_enc))


def cross_entropy_with_logits_grad(Z, Y):
    y_enc = np.asarray(Y, dtype=np.float64)
    probas = np.exp(_log_probas(Z))
    return (probas - y_enc) / max(_n_examples(y_enc), 1)
