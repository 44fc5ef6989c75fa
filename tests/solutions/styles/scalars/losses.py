"""Losses returning np.float64 scalars, computed with np.dot/out= (scalars style)."""

import numpy as np


def mse(Y_hat, Y):
    d = np.subtract(np.asarray(Y_hat, dtype=np.float64), np.asarray(Y, dtype=np.float64)).ravel()
    n = np.float64(np.shape(Y_hat)[0])
    return np.float64(np.dot(d, d) / (np.float64(2) * n))


def mse_grad(Y_hat, Y):
    out = np.array(Y_hat, dtype=np.float64)
    np.subtract(out, Y, out=out)
    np.divide(out, np.float64(out.shape[0]), out=out)
    return out


def bce(P, Y):
    P = np.clip(np.array(P, dtype=np.float64), np.float64(1e-12), np.float64(1) - np.float64(1e-12))
    Y = np.asarray(Y, dtype=np.float64).ravel()
    logp, log1mp = np.log(P).ravel(), np.log(np.float64(1) - P).ravel()
    s = np.dot(Y, logp) + np.dot(np.float64(1) - Y, log1mp)
    return np.float64(-s / np.float64(P.shape[0]))


def bce_grad(P, Y):
    P = np.clip(np.array(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    num = np.subtract(P, np.asarray(Y, dtype=np.float64))
    den = np.multiply(P, np.float64(1) - P)
    np.divide(num, den, out=num)
    np.divide(num, np.float64(P.shape[0]), out=num)
    return num


def cross_entropy_with_logits(Z, Y):
    Z = np.array(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    m = np.max(Z, axis=1, keepdims=True)
    np.subtract(Z, m, out=Z)
    lse = np.log(np.sum(np.exp(Z), axis=1, keepdims=True))
    np.subtract(Z, lse, out=Z)
    return np.float64(-np.sum(np.multiply(Y, Z)) / np.float64(Z.shape[0]))


def cross_entropy_with_logits_grad(Z, Y):
    E = np.array(Z, dtype=np.float64)
    np.subtract(E, np.max(E, axis=1, keepdims=True), out=E)
    np.exp(E, out=E)
    np.divide(E, np.sum(E, axis=1, keepdims=True), out=E)
    np.subtract(E, Y, out=E)
    np.divide(E, np.float64(E.shape[0]), out=E)
    return E
