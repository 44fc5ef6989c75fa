"""L2 and dropout as in Andrew Ng's deeplearning.ai course 2 (compute_cost_with_regularization, forward_propagation_with_dropout).

Ng loops over the layer numbers (W1, W2, ...) with np.sum(np.square(W)), writes lambd because lambda is a keyword,
and draws the dropout mask as D = np.random.rand(*A.shape) < keep_prob, A = A * D / keep_prob, with
keep_prob = 1 - p here; this student draws from the given rng instead of np.random.
"""

import numpy as np


def _weight_keys(parameters):
    return [key for key in parameters if key.startswith("W")]


def l2_penalty(params, lam):
    lambd = lam
    L2_regularization_cost = 0.0
    for key in _weight_keys(params):
        L2_regularization_cost += np.sum(np.square(np.asarray(params[key], dtype=np.float64)))
    return float(lambd / 2 * L2_regularization_cost)


def l2_gradient(params, lam):
    grads = {}
    for key, value in params.items():
        value = np.asarray(value, dtype=np.float64)
        grads[key] = lam * value if key.startswith("W") else np.zeros_like(value)
    return grads


def weight_decay_step(params, grads, eta, lam):
    learning_rate, lambd = eta, lam
    parameters = {}
    for key in params:
        value = np.asarray(params[key], dtype=np.float64)
        d = np.asarray(grads[key], dtype=np.float64)
        if key.startswith("W"):
            d = d + lambd * value               # Ng: dW = dW_data + (lambd / m) * W, the 1/m inside lam here
        parameters[key] = value - learning_rate * d
    return parameters


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    keep_prob = 1 - p
    D = rng.random(A.shape) < keep_prob
    mask = D / keep_prob
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.asarray(dout, dtype=np.float64) * cache["mask"]
