"""Single neurons (noisy style): prints each epoch and step, warnings filtered locally."""

import warnings

import numpy as np

print("perceptron.py loaded")


def perceptron_predict(X, w, b):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    if np.ndim(z) == 0:
        return float(z >= 0)
    return (z >= 0) * 1.0


def perceptron_step(w, b, x, y, eta=1.0):
    y_hat = perceptron_predict(x, w, b)
    w_new = np.asarray(w, dtype=np.float64) + eta * (y - y_hat) * np.asarray(x, dtype=np.float64)
    b_new = float(b + eta * (y - y_hat))
    if y_hat != y:
        print(f"update: y = {y}, y_hat = {y_hat}, b -> {b_new}")
    return w_new, b_new


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    history = []
    for epoch in range(max_epochs):
        n = 0
        for x_i, y_i in zip(X, y):
            n += int(perceptron_predict(x_i, w, b) != y_i)
            w, b = perceptron_step(w, b, x_i, y_i, eta)
        history.append(n)
        print(f"epoch {epoch + 1}: {n} mistakes")
        if n == 0:
            break
    return {"w": w, "b": b, "epochs": len(history), "mistakes": history, "converged": history[-1] == 0}


def neuron_forward(X, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    if model == "linear":
        return z
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return 1.0 / (1.0 + np.exp(-z))


def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    y = np.asarray(y, dtype=np.float64)
    if model == "linear":
        loss = np.mean((z - y) ** 2) / 2
    else:
        loss = np.mean(np.logaddexp(0, z) - y * z)
    print(f"{model} loss {loss:.6f}")
    return float(loss)


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - y) / X.shape[0]
    return X.T @ dz, float(dz.sum())


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    print("|grad| =", float(np.sqrt(dw @ dw + db * db)))
    return np.asarray(w, dtype=np.float64) - eta * dw, b - eta * db


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    losses = []
    for t in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    print(f"fit_neuron: {steps} steps, final loss {losses[-1] if losses else None}")
    return w, b, losses


print(perceptron_predict(np.array([1.0, 1.0]), np.array([1.0, 1.0]), -1.5))
