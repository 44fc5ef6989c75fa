"""A correct solution of exercises/normalization.py, style r7: one shared standardise helper, sums instead of means in backward."""
import numpy as np

EPS = 1e-5


def _standardise(X, mu, var, eps):
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std


def _standardise_backward(g, x_hat, inv_std, axis):
    m = g.shape[axis]
    total = g.sum(axis=axis, keepdims=True)
    proj = (g * x_hat).sum(axis=axis, keepdims=True)
    return inv_std * (m * g - total - x_hat * proj) / m


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    running_mean = np.array(running_mean, dtype=np.float64)
    running_var = np.array(running_var, dtype=np.float64)
    if mode == "train":
        mu = X.mean(axis=0)
        var = np.square(X - mu).mean(axis=0)
        running_mean = momentum * running_mean + (1.0 - momentum) * mu
        running_var = momentum * running_var + (1.0 - momentum) * var
    else:
        mu, var = running_mean, running_var
    x_hat, inv_std = _standardise(X, mu, var, eps)
    out = gamma * x_hat + beta
    return out, {"x_hat": x_hat, "inv_std": inv_std, "gamma": np.array(gamma, dtype=np.float64), "mode": mode,
                 "running_mean": running_mean, "running_var": running_var}


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma = np.einsum("nd,nd->d", dout, x_hat)
    dbeta = dout.sum(axis=0)
    if cache["mode"] != "train":
        return dout * gamma * inv_std, dgamma, dbeta
    return _standardise_backward(dout * gamma, x_hat, inv_std, axis=0), dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    mu = X.mean(axis=1, keepdims=True)
    var = np.square(X - mu).mean(axis=1, keepdims=True)
    x_hat, inv_std = _standardise(X, mu, var, eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": np.array(gamma, dtype=np.float64)}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dX = _standardise_backward(dout * gamma, x_hat, inv_std, axis=1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), dout.sum(axis=0)
