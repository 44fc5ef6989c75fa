"""perceptron.train_perceptron: visits the examples last to first"""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        m = 0
        for i in range(len(X) - 1, -1, -1):
            m += int(perceptron_predict(X[i], w, b) != y[i])
            w, b = perceptron_step(w, b, X[i], y[i], eta)
        mistakes.append(m)
        if m == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
