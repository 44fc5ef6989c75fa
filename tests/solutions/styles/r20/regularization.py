"""L2 and dropout as Geron's 'Hands-On Machine Learning' explains them: Ridge's penalty alpha/2 sum w^2 on
the weights only (the bias term theta_0 is not regularised), weight decay as theta <- theta - eta (grad +
alpha theta), dropout with rate p and the kept units scaled by 1 / keep_prob during training only."""

import numpy as np


def _is_weight(name):
    return name.startswith("W")


def l2_penalty(params, lam):
    alpha = lam
    return float(alpha / 2 * sum(np.sum(np.square(theta)) for name, theta in params.items() if _is_weight(name)))


def l2_gradient(params, lam):
    return {name: lam * np.asarray(theta) if _is_weight(name) else np.zeros_like(theta)
            for name, theta in params.items()}


def weight_decay_step(params, grads, eta, lam):
    penalty_gradients = l2_gradient(params, lam)
    return {name: params[name] - eta * (grads[name] + penalty_gradients[name]) for name in params}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A, dtype=float)}
    keep_prob = 1 - p
    mask = (rng.random(A.shape) < keep_prob) / keep_prob
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return dout * cache["mask"]
