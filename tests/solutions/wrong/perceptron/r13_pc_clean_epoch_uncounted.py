"""perceptron.train_perceptron: stops as soon as an epoch has no mistake without recording it, so "epochs" and "mistakes" miss the final clean epoch"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    converged = False
    while len(mistakes) < max_epochs:
        count = 0
        for xi, yi in zip(X, y):
            y_hat = 1.0 if xi @ w + b >= 0 else 0.0
            if y_hat != yi:
                count += 1
                w = w + eta * (yi - y_hat) * xi
                b = b + eta * (yi - y_hat)
        if count == 0:
            converged = True
            break
        mistakes.append(count)
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}
