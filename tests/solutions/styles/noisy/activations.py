"""My activations (noisy style): prints, module-level set-up, warnings silenced with np.errstate."""

import warnings

import numpy as np

DEBUG = True
print("activations.py loaded, numpy", np.__version__)


def _log(*args):
    if DEBUG:
        print("[debug]", *args)


def sigmoid(z):
    """The logistic function; exp(-z) may overflow to inf, which gives the right 0, so I silence it."""
    z = np.asarray(z, dtype=np.float64)
    _log("sigmoid on shape", z.shape)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def sigmoid_grad(z):
    """sigmoid(z) * (1 - sigmoid(z))."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        s = sigmoid(z)
        g = s * (1.0 - s)
    _log("sigmoid_grad max", float(np.max(g)) if g.size else None)
    return g


def tanh(z):
    """Hyperbolic tangent."""
    _log("tanh")
    return np.tanh(np.asarray(z, dtype=np.float64))


def tanh_grad(z):
    """1 - tanh^2."""
    return 1.0 - np.tanh(np.asarray(z, dtype=np.float64)) ** 2


def relu(z):
    """Rectifier."""
    z = np.asarray(z, dtype=np.float64)
    _log("relu: share positive", float(np.mean(z > 0)) if z.size else None)
    return np.where(z > 0, z, 0.0)


def relu_grad(z):
    """Step function, 0 at z = 0."""
    return np.where(np.asarray(z, dtype=np.float64) > 0, 1.0, 0.0)


def leaky_relu(z, alpha=0.01):
    """Rectifier with a small slope alpha for z <= 0."""
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, alpha * z)


def leaky_relu_grad(z, alpha=0.01):
    """1 for z > 0, alpha elsewhere."""
    return np.where(np.asarray(z, dtype=np.float64) > 0, 1.0, alpha).astype(np.float64)


if __name__ == "__main__":
    print(sigmoid(np.array([-1000.0, 0.0, 1000.0])))
_log("self-test", sigmoid(np.array([0.0])), relu(np.array([-1.0, 2.0])))
