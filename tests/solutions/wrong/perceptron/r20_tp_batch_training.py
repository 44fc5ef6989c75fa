"""perceptron.train_perceptron: Hagan's batch training, the e p^T of the whole epoch summed and applied once at its end, not example by example"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    P = np.asarray(X, dtype=float)
    W, b, mistakes = np.zeros(P.shape[1]), 0.0, []
    for _ in range(max_epochs):
        E = y - perceptron_predict(P, W, b)
        mistakes.append(int(np.count_nonzero(E)))
        if mistakes[-1] == 0:
            break
        W = W + eta * E @ P
        b = b + eta * float(E.sum())
    return {"w": W, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
