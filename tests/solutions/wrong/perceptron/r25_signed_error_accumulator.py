"""perceptron.train_perceptron: the cycle's error accumulator sums the signed errors y - o, so mistakes of both kinds cancel and a cycle with mistakes can count 0 and stop"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    history = []
    converged = False
    cycle = 0
    while cycle < max_epochs:
        cycle += 1
        E = 0.0
        for p in range(X.shape[0]):
            E += y[p] - perceptron_predict(X[p], w, b)
            w, b = perceptron_step(w, b, X[p], y[p], eta)
        history.append(int(abs(E)))
        if E == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": cycle, "mistakes": history, "converged": converged}
