"""A correct solution of exercises/normalization.py, style r6: one standardise/backward pair shared by both norms."""
import numpy as np

EPS = 1e-5


def _standardise(X, mu, var, eps):
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std


def _standardise_backward(g, x_hat, inv_std, axis):
    mean = lambda a: np.mean(a, axis=axis, keepdims=True)
    return (g - mean(g) - x_hat * mean(g * x_hat)) * inv_std


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    gamma = np.asarray(gamma, dtype=np.float64)
    rm = np.array(running_mean, dtype=np.float64)
    rv = np.array(running_var, dtype=np.float64)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        rm = momentum * rm + (1.0 - momentum) * mu
        rv = momentum * rv + (1.0 - momentum) * var
    else:
        mu, var = rm, rv
    x_hat, inv_std = _standardise(X, mu, var, eps)
    out = gamma * x_hat + np.asarray(beta, dtype=np.float64)
    return out, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                 "running_mean": rm, "running_var": rv}


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    if cache["mode"] == "train":
        dX = _standardise_backward(g, x_hat, inv_std, 0)
    else:
        dX = g * inv_std
    return dX, np.einsum("nd,nd->d", dout, x_hat), dout.sum(axis=0)


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    gamma = np.asarray(gamma, dtype=np.float64)
    mu = X.mean(axis=1, keepdims=True)
    var = X.var(axis=1, keepdims=True)
    x_hat, inv_std = _standardise(X, mu, var, eps)
    return gamma * x_hat + np.asarray(beta, dtype=np.float64), {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dX = _standardise_backward(dout * gamma, x_hat, inv_std, 1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), dout.sum(axis=0)
