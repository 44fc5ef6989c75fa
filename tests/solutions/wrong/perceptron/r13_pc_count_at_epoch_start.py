"""perceptron.train_perceptron: counts the epoch's mistakes by one prediction with the weights the epoch started with, the updates example by example"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        count = int(np.sum(perceptron_predict(X, w, b) != y))  # the whole epoch at once
        for x, t in zip(X, y):
            w, b = perceptron_step(w, b, x, t, eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
