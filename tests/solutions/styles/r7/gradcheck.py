"""A correct solution of exercises/gradcheck.py, style r7: a flat view of one private copy, closures per tensor, early return for empty tensors."""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=np.float64, order="C")          # private copy, float even for integer x
    grad = np.zeros(point.shape)
    if point.size == 0:
        return grad
    flat, out = point.reshape(-1), grad.reshape(-1)   # views of the copies
    for i, centre in enumerate(flat.tolist()):
        flat[i] = centre + h
        up = f(point)
        flat[i] = centre - h
        down = f(point)
        flat[i] = centre
        out[i] = (up - down) / (2.0 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    def along(name):
        return lambda tensor: f({**params, name: tensor})

    return {name: numerical_gradient(along(name), value, h) for name, value in params.items()}


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64).ravel()
    b = np.asarray(b, dtype=np.float64).ravel()
    diff = float(np.sqrt(np.dot(a - b, a - b)))
    scale = float(np.sqrt(np.dot(a, a))) + float(np.sqrt(np.dot(b, b)))
    return diff / max(scale, floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
