"""perceptron.train_perceptron: starts from np.zeros_like(X[0]), so integer X gives integer weights and the in-place update fails to cast"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w = np.zeros_like(X[0])
    b = 0.0
    mistakes = []
    converged = False
    for _ in range(max_epochs):
        count = 0
        for xi, yi in zip(X, y):
            y_hat = 1.0 if xi @ w + b >= 0 else 0.0
            if y_hat != yi:
                count += 1
                w += eta * (yi - y_hat) * xi
                b += eta * (yi - y_hat)
        mistakes.append(count)
        if count == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}
