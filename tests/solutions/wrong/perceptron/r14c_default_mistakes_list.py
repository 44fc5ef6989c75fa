"""perceptron.train_perceptron: the per-epoch mistakes list is a mutable default argument: a second training run continues the first's list"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100, mistakes=[]):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    epochs = 0
    converged = False
    for _ in range(max_epochs):
        epochs += 1
        m = 0
        for xi, yi in zip(X, y):
            y_hat = 1.0 if xi @ w + b >= 0 else 0.0
            if y_hat != yi:
                w = w + eta * (yi - y_hat) * xi
                b = b + eta * (yi - y_hat)
                m += 1
        mistakes.append(m)
        if m == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": epochs, "mistakes": mistakes, "converged": converged}
