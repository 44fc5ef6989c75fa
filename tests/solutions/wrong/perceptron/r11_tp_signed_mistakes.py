"""perceptron.train_perceptron: counts mistakes as the signed sum of (y - y_hat), so errors cancel"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    for _ in range(max_epochs):
        err = 0.0
        for xi, yi in zip(X, y):
            err += yi - perceptron_predict(xi, w, b)
            w, b = perceptron_step(w, b, xi, yi, eta)
        mistakes.append(int(err))
        if err == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes) and mistakes[-1] == 0}
