"""perceptron.train_perceptron: reports "epochs" as the 0-based index of the last epoch (one less than the epochs run)."""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    epoch = 0
    for epoch in range(max_epochs):
        count = 0
        for x_i, y_i in zip(X, y):
            if perceptron_predict(x_i, w, b) != y_i:
                count += 1
                w, b = perceptron_step(w, b, x_i, y_i, eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": epoch, "mistakes": mistakes, "converged": mistakes[-1] == 0}
