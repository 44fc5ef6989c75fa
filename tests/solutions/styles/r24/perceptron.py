"""Single-neuron models written as Caffe layers ported to Python (style r24).

A Caffe student thinks in layers with bottom/top Blob lists, Forward_cpu and
Backward_cpu; each public function below builds the small net it needs and
runs it once, then hands back plain arrays and floats.
"""

import numpy as np


class _Blob:
    """Caffe's Blob: the values (.data) and the gradient w.r.t. them (.diff)."""

    def __init__(self, data):
        self.data = np.array(data, dtype=np.float64)
        self.diff = np.zeros_like(self.data)


class _InnerProductLayer:
    """top = bottom @ w + b, Caffe's InnerProduct with a (d,) weight and a scalar bias."""

    def __init__(self, w, b):
        self.weight = _Blob(w)
        self.bias = _Blob(b)

    def Forward_cpu(self, bottom, top):
        top[0].data = bottom[0].data @ self.weight.data + self.bias.data

    def Backward_cpu(self, top, propagate_down, bottom):
        self.weight.diff = bottom[0].data.T @ top[0].diff
        self.bias.diff = np.array(top[0].diff.sum())
        if propagate_down[0]:
            bottom[0].diff = np.outer(top[0].diff, self.weight.data)


def _sigmoid_cpu(z):
    # Caffe's SigmoidLayer uses 0.5 * tanh(0.5 z) + 0.5: it never overflows
    return 0.5 * np.tanh(0.5 * z) + 0.5


def _logits(X, w, b):
    bottom, top = [_Blob(X)], [_Blob(0.0)]
    _InnerProductLayer(w, b).Forward_cpu(bottom, top)
    return top[0].data


def perceptron_predict(X, w, b):
    """Step output 1 where X w + b >= 0, else 0: X (N, d) -> (N,) of 0.0/1.0 (a single x (d,) gives a scalar)."""
    z = _logits(X, w, b)
    out = (z >= 0).astype(np.float64)
    return float(out) if out.ndim == 0 else out


def perceptron_step(w, b, x, y, eta=1.0):
    """Perceptron rule on one example x (d,), label y in {0, 1}; returns the new (w, b)."""
    err = y - perceptron_predict(x, w, b)
    if err == 0:
        return np.array(w, dtype=np.float64), float(b)
    return np.asarray(w, dtype=np.float64) + eta * err * np.asarray(x, dtype=np.float64), float(b + eta * err)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Perceptron rule over X (N, d), y (N,) from zeros, examples in order, until an epoch has no mistake."""
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    solver_state = {"iter": 0, "mistakes": []}
    converged = False
    while solver_state["iter"] < max_epochs:
        errors = 0
        for xi, yi in zip(X, y):
            if perceptron_predict(xi, w, b) != yi:
                errors += 1
            w, b = perceptron_step(w, b, xi, yi, eta)
        solver_state["iter"] += 1
        solver_state["mistakes"].append(errors)
        if errors == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": solver_state["iter"],
            "mistakes": solver_state["mistakes"], "converged": converged}


def neuron_forward(X, w, b, model):
    """Output of one neuron: X (N, d) -> (N,), identity ("linear") or sigmoid ("logistic") of X w + b."""
    z = _logits(X, w, b)
    return z if model == "linear" else _sigmoid_cpu(z)


def neuron_loss(X, y, w, b, model):
    """EuclideanLoss (half mean square) or SigmoidCrossEntropyLoss (stable, from z); a float."""
    z = _logits(X, w, b)
    y = np.asarray(y, dtype=np.float64)
    num = z.shape[0]
    if model == "linear":
        return float(np.sum((z - y) ** 2) / num / 2.0)
    # Caffe's SigmoidCrossEntropyLossLayer: z (y - [z >= 0]) - log(1 + exp(z - 2 z [z >= 0]))
    pos = (z >= 0).astype(np.float64)
    return float(-np.sum(z * (y - pos) - np.log1p(np.exp(z - 2.0 * z * pos))) / num)


def neuron_gradient(X, y, w, b, model):
    """(dL/dw (d,), dL/db float): run the InnerProduct layer's Backward_cpu with top diff (y_hat - y) / N."""
    layer = _InnerProductLayer(w, b)
    bottom, top = [_Blob(X)], [_Blob(0.0)]
    layer.Forward_cpu(bottom, top)
    y_hat = top[0].data if model == "linear" else _sigmoid_cpu(top[0].data)
    top[0].diff = (y_hat - np.asarray(y, dtype=np.float64)) / bottom[0].data.shape[0]
    layer.Backward_cpu(top, [False], bottom)
    return layer.weight.diff, float(layer.bias.diff)


def neuron_gd_step(X, y, w, b, eta, model):
    """One full-batch step with base_lr eta (no momentum, no weight decay); returns (w, b)."""
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=np.float64) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Gradient descent from zeros for `steps` steps; returns (w, b, losses) with losses[t] before step t."""
    solver_param = {"base_lr": eta, "max_iter": steps, "lr_policy": "fixed"}
    w, b = np.zeros(np.asarray(X).shape[1]), 0.0
    losses = []
    for _ in range(solver_param["max_iter"]):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, solver_param["base_lr"], model)
    return w, b, losses
