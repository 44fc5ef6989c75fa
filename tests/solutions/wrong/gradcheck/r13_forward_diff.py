"""gradcheck.gradient_check: its own forward-difference quotient (f(x+h) - f(x))/h, error O(h) not O(h^2): a right gradient scores ~1e-6"""

import numpy as np


def gradient_check(f, params, grads, h=1e-5):
    base = f(params)
    report = {}
    for name, tensor in params.items():
        num = np.zeros(np.shape(tensor))
        for idx in np.ndindex(num.shape):
            moved = np.array(tensor, dtype=float)
            moved[idx] += h
            num[idx] = (f({**params, name: moved}) - base) / h
        report[name] = relative_error(grads[name], num)
    return report
