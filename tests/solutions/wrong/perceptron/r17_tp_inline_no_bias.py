"""perceptron.train_perceptron: the rule written inline, updating w but never b"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for x, target in zip(X, y):
            error = target - float(x @ w + b >= 0)
            count += int(error != 0)
            w = w + eta * error * x
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
