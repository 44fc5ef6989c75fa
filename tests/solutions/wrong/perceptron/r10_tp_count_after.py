"""perceptron.train_perceptron: mistakes counted after the update (the example re-checked with the new weights)"""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for x, t in zip(X, y):
            w, b = perceptron_step(w, b, x, t, eta)
            count += int(perceptron_predict(x, w, b) != t)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
