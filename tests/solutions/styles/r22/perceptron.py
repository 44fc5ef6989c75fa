"""Exercise: single-neuron models, the perceptron, linear regression and logistic regression.

Make Your Own Neural Network (Rashid) style: the weights are a link matrix "who"
of shape (1, d) (next layer x previous layer), inputs become column vectors with
np.array(inputs, ndmin=2).T, and the activation is a lambda. The book's
scipy.special.expit is not available, so the sigmoid is written with tanh,
which never overflows: expit(z) = (1 + tanh(z / 2)) / 2.
"""

import numpy as np

activation_function = lambda x: 0.5 * (1.0 + np.tanh(0.5 * x))


def _columns(X):
    """Inputs as columns: (d, N) for X (N, d); a single x (d,) becomes (d, 1)."""
    return np.array(X, ndmin=2, dtype=np.float64).T


def _who(w):
    """Weights as Rashid's link matrix (1, d)."""
    return np.array(w, ndmin=2, dtype=np.float64)


def _z(X, w, b):
    """z = who . inputs + b as a flat (N,) vector."""
    return (np.dot(_who(w), _columns(X)) + b).ravel()


def perceptron_predict(X, w, b):
    """Step output 1 where X w + b >= 0, else 0: X (N, d) -> (N,) of 0.0/1.0 (a single x (d,) gives a scalar)."""
    out = np.where(_z(X, w, b) >= 0, 1.0, 0.0)
    if np.ndim(X) == 1:
        return float(out[0])
    return out


def perceptron_step(w, b, x, y, eta=1.0):
    """Perceptron rule on one example x (d,), label y in {0, 1}.

    y_hat = perceptron_predict(x, w, b); w <- w + eta (y - y_hat) x; b <- b + eta (y - y_hat).
    Nothing changes when y_hat == y. Returns the new (w, b).
    """
    error = y - perceptron_predict(x, w, b)
    w_new = np.array(w, dtype=np.float64) + eta * error * np.asarray(x, dtype=np.float64)
    return w_new, float(b + eta * error)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Perceptron rule over X (N, d), y (N,) from w = 0, b = 0, examples in order, until an epoch has no mistake.

    Returns {"w": (d,), "b": float, "epochs": epochs run, "mistakes": [mistakes of
    each epoch] (a list), "converged": bool}.
    """
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    converged = False
    for _ in range(max_epochs):
        count = 0
        for x_i, y_i in zip(X, y):
            if perceptron_predict(x_i, w, b) != y_i:
                count += 1
                w, b = perceptron_step(w, b, x_i, y_i, eta)
        mistakes.append(count)
        if count == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}


def neuron_forward(X, w, b, model):
    """Output of one neuron: X (N, d) -> (N,), z = X w + b then identity ("linear") or sigmoid ("logistic")."""
    z = _z(X, w, b)
    if model == "logistic":
        return activation_function(z)
    return z


def neuron_loss(X, y, w, b, model):
    """Half mean squared error ("linear") or mean binary cross-entropy ("logistic", stable, from z). Returns a float."""
    y = np.asarray(y, dtype=np.float64)
    z = _z(X, w, b)
    if model == "logistic":
        # -[y log s(z) + (1 - y) log(1 - s(z))] = log(1 + e^z) - y z
        return float(np.mean(np.logaddexp(0.0, z) - y * z))
    return float(0.5 * np.mean((z - y) ** 2))


def neuron_gradient(X, y, w, b, model):
    """(dL/dw (d,), dL/db float) of neuron_loss: dL/dz = (y_hat - y) / N, dL/dw = X^T dL/dz, dL/db = sum dL/dz."""
    inputs = _columns(X)
    output_errors = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=np.float64)) / inputs.shape[1]
    dw = np.dot(inputs, output_errors)
    return dw, float(np.sum(output_errors))


def neuron_gd_step(X, y, w, b, eta, model):
    """One full-batch gradient step: w <- w - eta dL/dw, b <- b - eta dL/db. Returns (w, b)."""
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=np.float64) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Gradient descent from w = 0, b = 0 for `steps` steps. Returns (w, b, losses) with losses[t] before step t."""
    w, b = np.zeros(np.asarray(X).shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
