"""perceptron.train_perceptron: starts from w = 1 (np.ones) instead of w = 0."""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.ones(X.shape[1]), 0.0
    mistakes = []
    converged = False
    for epoch in range(max_epochs):
        m = 0
        for xi, yi in zip(X, y):
            if perceptron_predict(xi, w, b) != yi:
                m += 1
                w, b = perceptron_step(w, b, xi, yi, eta)
        mistakes.append(m)
        if m == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}
