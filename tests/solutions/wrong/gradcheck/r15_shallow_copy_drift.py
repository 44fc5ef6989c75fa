"""gradcheck.numerical_gradients: a shallow dict copy perturbed and "restored" by arithmetic (+h, -2h, +h): the caller's arrays drift by rounding"""
import numpy as np


def numerical_gradients(f, params, h=1e-5):
    work = dict(params)
    out = {}
    for name, x in work.items():
        g = np.zeros(x.shape)
        flat, gflat = x.reshape(-1), g.reshape(-1)
        for i in range(flat.size):
            flat[i] += h
            fp = f(work)
            flat[i] -= 2 * h
            fm = f(work)
            flat[i] += h
            gflat[i] = (fp - fm) / (2 * h)
        out[name] = g
    return out
