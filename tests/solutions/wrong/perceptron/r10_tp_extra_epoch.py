"""perceptron.train_perceptron: range(max_epochs + 1) runs one epoch more than allowed on non-separable data"""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs + 1):
        m = 0
        for x, t in zip(X, y):
            m += perceptron_predict(x, w, b) != t
            w, b = perceptron_step(w, b, x, t, eta)
        mistakes.append(int(m))
        if not m:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
