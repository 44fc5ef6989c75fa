"""Batch and layer norm, statistics by loops over features/examples (loops style)."""

import numpy as np

EPS = 1e-5


def _standardise_rows(M, eps):
    """Row-wise mean and biased variance by loops; returns x_hat, inv_std (rows,)."""
    rows, cols = M.shape
    x_hat = np.empty_like(M)
    inv_std = np.empty(rows)
    for i in range(rows):
        mu = 0.0
        for j in range(cols):
            mu += M[i, j]
        mu /= cols
        var = 0.0
        for j in range(cols):
            var += (M[i, j] - mu) ** 2
        var /= cols
        inv_std[i] = 1.0 / np.sqrt(var + eps)
        x_hat[i] = (M[i] - mu) * inv_std[i]
    return x_hat, inv_std


def _standardise_backward_rows(G, x_hat, inv_std):
    rows, cols = G.shape
    dX = np.empty_like(G)
    for i in range(rows):
        g_mean = 0.0
        gx_mean = 0.0
        for j in range(cols):
            g_mean += G[i, j]
            gx_mean += G[i, j] * x_hat[i, j]
        g_mean /= cols
        gx_mean /= cols
        for j in range(cols):
            dX[i, j] = (G[i, j] - g_mean - x_hat[i, j] * gx_mean) * inv_std[i]
    return dX


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    gamma = np.asarray(gamma, dtype=np.float64)
    beta = np.asarray(beta, dtype=np.float64)
    new_mean = np.array(running_mean, dtype=np.float64)
    new_var = np.array(running_var, dtype=np.float64)
    N, D = X.shape
    if mode == "train":
        xt_hat, inv_std = _standardise_rows(X.T, eps)
        x_hat = xt_hat.T.copy()
        for j in range(D):
            mu = X[:, j].mean()
            var = ((X[:, j] - mu) ** 2).mean()
            new_mean[j] = momentum * new_mean[j] + (1 - momentum) * mu
            new_var[j] = momentum * new_var[j] + (1 - momentum) * var
    else:
        inv_std = 1.0 / np.sqrt(new_var + eps)
        x_hat = np.empty_like(X)
        for j in range(D):
            x_hat[:, j] = (X[:, j] - new_mean[j]) * inv_std[j]
    out = np.empty_like(X)
    for j in range(D):
        out[:, j] = gamma[j] * x_hat[:, j] + beta[j]
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat = np.asarray(cache["x_hat"], dtype=np.float64)
    gamma = np.asarray(cache["gamma"], dtype=np.float64).reshape(-1)
    inv_std = np.asarray(cache["inv_std"], dtype=np.float64).reshape(-1)
    N, D = dout.shape
    dgamma = np.zeros(D)
    dbeta = np.zeros(D)
    for n in range(N):
        dgamma += dout[n] * x_hat[n]
        dbeta += dout[n]
    G = dout * gamma
    if cache["mode"] == "train":
        dX = _standardise_backward_rows(G.T, x_hat.T, inv_std).T
    else:
        dX = np.empty_like(G)
        for j in range(D):
            dX[:, j] = G[:, j] * inv_std[j]
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    gamma = np.asarray(gamma, dtype=np.float64)
    beta = np.asarray(beta, dtype=np.float64)
    x_hat, inv_std = _standardise_rows(X, eps)
    out = np.empty_like(X)
    for i in range(X.shape[0]):
        out[i] = gamma * x_hat[i] + beta
    return out, {"x_hat": x_hat, "inv_std": inv_std.reshape(-1, 1), "gamma": gamma}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat = np.asarray(cache["x_hat"], dtype=np.float64)
    gamma = np.asarray(cache["gamma"], dtype=np.float64)
    inv_std = np.asarray(cache["inv_std"], dtype=np.float64).reshape(-1)
    dX = _standardise_backward_rows(dout * gamma, x_hat, inv_std)
    dgamma = np.zeros(dout.shape[1])
    dbeta = np.zeros(dout.shape[1])
    for i in range(dout.shape[0]):
        dgamma += dout[i] * x_hat[i]
        dbeta += dout[i]
    return dX, dgamma, dbeta
