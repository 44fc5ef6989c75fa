"""perceptron.train_perceptron: epochs counts only the epochs with mistakes: the final, mistake-free epoch is run but not counted."""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
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
    return {"w": w, "b": float(b), "epochs": len(mistakes) - (1 if converged else 0), "mistakes": mistakes, "converged": converged}
