"""perceptron.train_perceptron: "epochs" is the index of the last epoch (0-based), one less than the epochs run"""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    epoch = 0
    for epoch in range(max_epochs):
        count = 0
        for x, t in zip(X, y):
            count += int(perceptron_predict(x, w, b) != t)
            w, b = perceptron_step(w, b, x, t, eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": epoch, "mistakes": mistakes, "converged": mistakes[-1] == 0}
