"""perceptron.train_perceptron: keeps running all max_epochs after a clean epoch (no break)"""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        n_wrong = 0
        for x, t in zip(X, y):
            n_wrong += int(perceptron_predict(x, w, b) != t)
            w, b = perceptron_step(w, b, x, t, eta)
        mistakes.append(n_wrong)
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": 0 in mistakes}
