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


def identity(z):
    _log("identity on shape", np.shape(z))
    return np.asarray(z, dtype=np.float64) + 0.0


def identity_grad(z):
    return np.ones(np.shape(z))


def step(z):
    _log("step")
    return (np.asarray(z, dtype=np.float64) >= 0) * 1.0


def step_grad(z):
    _log("step_grad: the step has no useful gradient")
    return np.zeros(np.shape(z))


def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    _log("prelu alpha", alpha)
    return np.where(z > 0, z, alpha * z)


def prelu_grad(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 1.0, alpha + 0.0 * z)


def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z <= 0, z, 0.0)


def _Phi(z):
    import math
    return np.vectorize(lambda v: 0.5 * (1 + math.erf(v / math.sqrt(2))), otypes=[float])(z)


def gelu(z):
    z = np.asarray(z, dtype=np.float64)
    _log("gelu")
    return z * _Phi(z)


def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    with np.errstate(under="ignore"):
        return _Phi(z) + z * np.exp(-(z**2) / 2) / np.sqrt(2 * np.pi)


def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    with np.errstate(over="ignore"):
        return 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z**3)))


def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    t = np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z**3))
    _log("gelu_tanh_grad")
    return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z**2)
