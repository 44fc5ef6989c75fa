"""perceptron.train_perceptron: right, Hagan's rule applied only when e = t - a is nonzero (an update with e = 0 changes nothing)"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    P = np.asarray(X, dtype=float)
    W, b, mistakes = np.zeros(P.shape[1]), 0.0, []
    for _ in range(max_epochs):
        n_err = 0
        for p, t in zip(P, y):
            e = t - perceptron_predict(p, W, b)
            if e != 0:
                n_err += 1
                W, b = W + eta * e * p, b + eta * e
        mistakes.append(n_err)
        if n_err == 0:
            break
    return {"w": W, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}
