"""Single neurons after Fausett's algorithm boxes, the neuron models as Theano-tutorial classes.

The perceptron follows Fausett's box (Step 0: weights and bias to zero, Step 1:
while the stopping condition is false, Steps 2-6 for each training pair) with
the 0/1 labels and step(z) of this course in place of the bipolar targets and
the undecided band (theta = 0, z = 0 counts as 1). Linear and logistic
regression are a LogisticRegression-like class holding self.W, self.b and a
self.params list; its cost is the Theano negative_log_likelihood, written
stably from z.
"""

import numpy as np


def perceptron_predict(X, w, b):
    """Step output 1 where X w + b >= 0, else 0: X (N, d) -> (N,) of 0.0/1.0 (a single x (d,) gives a scalar)."""
    y_in = np.dot(X, w) + b
    y = np.where(y_in >= 0.0, 1.0, 0.0)
    if np.ndim(X) == 1:
        return float(y)
    return y


def perceptron_step(w, b, x, y, eta=1.0):
    """Perceptron rule on one example x (d,), label y in {0, 1}.

    y_hat = perceptron_predict(x, w, b); w <- w + eta (y - y_hat) x; b <- b + eta (y - y_hat).
    Nothing changes when y_hat == y. Returns the new (w, b).
    """
    alpha = eta
    y_out = perceptron_predict(x, w, b)
    # Step 5: update weights and bias only if an error occurred for this pattern
    if y_out != y:
        w = w + alpha * (y - y_out) * np.asarray(x, dtype=float)
        b = b + alpha * (y - y_out)
    else:
        w = np.array(w, dtype=float)
    return w, float(b)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Perceptron rule over X (N, d), y (N,) from w = 0, b = 0, examples in order, until an epoch has no mistake.

    Returns {"w": (d,), "b": float, "epochs": epochs run, "mistakes": [mistakes of
    each epoch] (a list), "converged": bool}.
    """
    X = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float)
    # Step 0: initialise weights and bias
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    stopping_condition = False
    epoch = 0
    # Step 1: while stopping condition is false, do Steps 2-6
    while not stopping_condition and epoch < max_epochs:
        errors = 0
        # Step 2: for each training pair s:t, do Steps 3-5
        for i in range(X.shape[0]):
            if perceptron_predict(X[i], w, b) != t[i]:
                errors += 1
            w, b = perceptron_step(w, b, X[i], t[i], eta)
        mistakes.append(errors)
        epoch += 1
        # Step 6: test stopping condition, no weight changed in Step 2
        stopping_condition = errors == 0
    return {"w": w, "b": float(b), "epochs": epoch, "mistakes": mistakes, "converged": stopping_condition}


class _Neuron:
    """One unit z = X W + b, identity or sigmoid output: self.W, self.b, self.params as in the Theano tutorial."""

    def __init__(self, W, b, model):
        self.W = np.asarray(W, dtype=float)
        self.b = float(b)
        self.params = [self.W, self.b]
        self.model = model

    def z(self, X):
        return np.dot(np.asarray(X, dtype=float), self.W) + self.b

    def output(self, X):
        z = self.z(X)
        if self.model == "linear":
            return z
        # sigmoid through tanh: no exponent grows with |z|
        return 0.5 * (1.0 + np.tanh(0.5 * z))

    def cost(self, X, y):
        z = self.z(X)
        y = np.asarray(y, dtype=float)
        if self.model == "linear":
            return float(0.5 * np.mean((z - y) ** 2))
        # negative_log_likelihood from z: -log p = log(1 + e^-z), -log(1 - p) = log(1 + e^z)
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    def grad(self, X, y):
        X = np.asarray(X, dtype=float)
        delta = (self.output(X) - np.asarray(y, dtype=float)) / X.shape[0]
        return np.dot(X.T, delta), float(np.sum(delta))


def neuron_forward(X, w, b, model):
    """Output of one neuron: X (N, d) -> (N,), z = X w + b then identity ("linear") or sigmoid ("logistic")."""
    return _Neuron(w, b, model).output(X)


def neuron_loss(X, y, w, b, model):
    """Half mean squared error ("linear") or mean binary cross-entropy ("logistic", stable, from z). Returns a float."""
    return _Neuron(w, b, model).cost(X, y)


def neuron_gradient(X, y, w, b, model):
    """(dL/dw (d,), dL/db float) of neuron_loss: dL/dz = (y_hat - y) / N, dL/dw = X^T dL/dz, dL/db = sum dL/dz."""
    return _Neuron(w, b, model).grad(X, y)


def neuron_gd_step(X, y, w, b, eta, model):
    """One full-batch gradient step: w <- w - eta dL/dw, b <- b - eta dL/db. Returns (w, b)."""
    g_W, g_b = neuron_gradient(X, y, w, b, model)
    updates = [(p, g) for p, g in zip([np.asarray(w, dtype=float), float(b)], [g_W, g_b])]
    new_W, new_b = [p - eta * g for p, g in updates]
    return new_W, float(new_b)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Gradient descent from w = 0, b = 0 for `steps` steps. Returns (w, b, losses) with losses[t] before step t."""
    X = np.asarray(X, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
