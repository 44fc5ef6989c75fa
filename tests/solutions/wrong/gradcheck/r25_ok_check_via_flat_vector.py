"""gradcheck.gradient_check: right: flattens every tensor into one vector, differentiates f of the unflattened copy, and splits the result back by key"""
import numpy as np


def gradient_check(f, params, grads, h=1e-5):
    names = list(params)
    shapes = [np.shape(params[k]) for k in names]
    sizes = [int(np.prod(s)) for s in shapes]
    theta = np.concatenate([np.asarray(params[k], dtype=np.float64).ravel() for k in names])

    def unflatten(vector):
        pieces = np.split(vector, np.cumsum(sizes)[:-1])
        return {k: p.reshape(s) for k, p, s in zip(names, pieces, shapes)}

    numeric = np.zeros_like(theta)
    for i in range(theta.size):
        step = np.zeros_like(theta)
        step[i] = h
        numeric[i] = (f(unflatten(theta + step)) - f(unflatten(theta - step))) / (2 * h)
    result = {}
    for k, n in unflatten(numeric).items():
        a, b = np.asarray(grads[k], dtype=np.float64), n
        result[k] = float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-8))
    return result
