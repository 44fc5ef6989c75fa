"""One neuron, three ways (habit: fast.ai's from-the-foundations course: a Lin module and an
activation-plus-loss module with __call__/backward storing .g on their inputs, wrapped into the stub's functions)."""

import numpy as np


class Lin:
    """z = X w + b; backward() stores X.g-free gradients self.w_g, self.b_g from z's gradient."""

    def __init__(self, w, b):
        self.w, self.b = w, b

    def __call__(self, X):
        self.inp = X
        self.out = X @ self.w + self.b
        return self.out

    def backward(self, out_g):
        self.w_g = self.inp.T @ out_g
        self.b_g = float(out_g.sum())


class NeuronLoss:
    """Half-MSE on z ("linear") or BCE from z ("logistic"); backward() returns dL/dz = (y_hat - y) / N."""

    def __init__(self, model):
        if model not in ("linear", "logistic"):
            raise ValueError(f"model must be 'linear' or 'logistic', got {model!r}")
        self.model = model

    def activation(self, z):
        if self.model == "linear":
            return z
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    def __call__(self, z, y):
        self.z, self.y = z, y
        if self.model == "linear":
            return float(0.5 * np.mean((z - y) ** 2))
        # -[y log s(z) + (1 - y) log(1 - s(z))] = log(1 + e^z) - y z
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    def backward(self):
        return (self.activation(self.z) - self.y) / self.z.shape[0]


def perceptron_predict(X, w, b):
    """Step output 1 where X w + b >= 0, else 0: X (N, d) -> (N,) of 0.0/1.0 (a single x (d,) gives a scalar)."""
    z = np.asarray(X) @ np.asarray(w) + b
    out = (z >= 0).astype(np.float64)
    return float(out) if out.ndim == 0 else out


def perceptron_step(w, b, x, y, eta=1.0):
    """Perceptron rule on one example x (d,), label y in {0, 1}.

    y_hat = perceptron_predict(x, w, b); w <- w + eta (y - y_hat) x; b <- b + eta (y - y_hat).
    Nothing changes when y_hat == y. Returns the new (w, b).
    """
    err = y - perceptron_predict(x, w, b)
    return w + eta * err * np.asarray(x, dtype=np.float64), float(b + eta * err)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Perceptron rule over X (N, d), y (N,) from w = 0, b = 0, examples in order, until an epoch has no mistake.

    Returns {"w": (d,), "b": float, "epochs": epochs run, "mistakes": [mistakes of
    each epoch] (a list), "converged": bool}. On linearly separable data it converges (the
    perceptron convergence theorem); otherwise it stops after max_epochs.
    """
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes, converged = [], False
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
    return NeuronLoss(model).activation(Lin(w, b)(X))


def neuron_loss(X, y, w, b, model):
    """Half mean squared error ("linear") or mean binary cross-entropy ("logistic", stable, from z). Returns a float."""
    return NeuronLoss(model)(Lin(w, b)(X), y)


def _forward_backward(X, y, w, b, model):
    """Run Lin then the loss, then their backward: the Lin module holding .w_g and .b_g."""
    lin, loss = Lin(w, b), NeuronLoss(model)
    loss(lin(X), y)
    lin.backward(loss.backward())
    return lin


def neuron_gradient(X, y, w, b, model):
    """(dL/dw (d,), dL/db float) of neuron_loss: dL/dz = (y_hat - y) / N, dL/dw = X^T dL/dz, dL/db = sum dL/dz."""
    lin = _forward_backward(X, y, w, b, model)
    return lin.w_g, lin.b_g


def neuron_gd_step(X, y, w, b, eta, model):
    """One full-batch gradient step: w <- w - eta dL/dw, b <- b - eta dL/db. Returns (w, b)."""
    lin = _forward_backward(X, y, w, b, model)
    return w - eta * lin.w_g, float(b - eta * lin.b_g)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Gradient descent from w = 0, b = 0 for `steps` steps. Returns (w, b, losses) with losses[t] before step t."""
    w, b = np.zeros(np.asarray(X).shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
