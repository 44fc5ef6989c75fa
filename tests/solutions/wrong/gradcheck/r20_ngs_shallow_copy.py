"""gradcheck.numerical_gradients: dict(params) is a shallow copy, so bumping bumped[name][i] in place changes the caller's arrays while it runs"""
import numpy as np


def numerical_gradients(f, params, h=1e-5):
    bumped = dict(params)
    all_dl_dparams = {}
    for name in params:
        theta = bumped[name]
        g = np.zeros(theta.shape)
        for i in np.ndindex(theta.shape):
            old = theta[i]
            theta[i] = old + h
            up = f(bumped)
            theta[i] = old - h
            down = f(bumped)
            theta[i] = old
            g[i] = (up - down) / (2 * h)
        all_dl_dparams[name] = g
    return all_dl_dparams
