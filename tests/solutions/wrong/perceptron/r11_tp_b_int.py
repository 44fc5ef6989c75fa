"""perceptron.train_perceptron: b starts as the int 0 and is returned as is, an int when no update happens"""
import numpy as np


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w = np.zeros(X.shape[1])
    b = 0
    mistakes = []
    for _ in range(max_epochs):
        m = 0
        for xi, yi in zip(X, y):
            y_hat = perceptron_predict(xi, w, b)
            if y_hat != yi:
                m += 1
                w = w + eta * (yi - y_hat) * xi
                b = b + eta * (yi - y_hat)
        mistakes.append(m)
        if m == 0:
            break
    return {"w": w, "b": b, "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes) and mistakes[-1] == 0}
