"""perceptron.train_perceptron: converged = epochs < max_epochs, wrong when the last allowed epoch is the clean one"""

import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for epoch in range(max_epochs):
        errors = 0
        for x, t in zip(X, y):
            if perceptron_predict(x, w, b) != t:
                errors += 1
                w, b = perceptron_step(w, b, x, t, eta)
        mistakes.append(errors)
        if errors == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": len(mistakes) < max_epochs}
