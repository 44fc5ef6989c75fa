"""perceptron.neuron_gradient: sums the per-example errors without dividing by N (Rashid trains one example at a time), so the gradient is N times too large."""

import numpy as np


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    z = X @ np.asarray(w, dtype=np.float64) + b
    y_hat = 0.5 * (1.0 + np.tanh(0.5 * z)) if model == "logistic" else z
    output_errors = y_hat - np.asarray(y, dtype=np.float64)
    return X.T @ output_errors, float(np.sum(output_errors))
