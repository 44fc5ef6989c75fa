"""perceptron.train_perceptron: one batch update per epoch from all mistakes at once, not the rule example by example"""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        err = y - perceptron_predict(X, w, b)
        mistakes.append(int(np.count_nonzero(err)))
        if mistakes[-1] == 0:
            break
        w = w + eta * X.T @ err
        b = b + eta * float(err.sum())
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
