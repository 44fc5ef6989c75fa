"""Activations through other stable identities: tanh-based sigmoid, logaddexp (stable style)."""

import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    # sigmoid(z) = (1 + tanh(z/2)) / 2: tanh saturates at +-1 instead of overflowing
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    # sigmoid(z) * sigmoid(-z) = exp(-softplus(-z) - softplus(z))
    return np.exp(-np.logaddexp(0.0, -z) - np.logaddexp(0.0, z))


def tanh(z):
    z = np.asarray(z, dtype=np.float64)
    # tanh z = -expm1(-2|z|) / (1 + exp(-2|z|)) with the sign of z
    e = np.exp(-2.0 * np.abs(z))
    return np.sign(z) * (-np.expm1(-2.0 * np.abs(z))) / (1.0 + e)


def tanh_grad(z):
    t = np.tanh(np.asarray(z, dtype=np.float64))
    return (1.0 - t) * (1.0 + t)


def relu(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * (z + np.abs(z))


def relu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.heaviside(z, 0.0)


def leaky_relu(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.maximum(z, 0.0) + alpha * np.minimum(z, 0.0)


def leaky_relu_grad(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return alpha + (1.0 - alpha) * np.heaviside(z, 0.0)
