"""gradcheck.numerical_gradient: the result is one module-level buffer per shape, reused and returned: an earlier gradient is overwritten by the next call"""
import numpy as np

_r14c_ng_buf = {}


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float, order="C")
    grad = _r14c_ng_buf.setdefault(x.shape, np.zeros(x.shape))
    flat = x.reshape(-1)
    g = grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fp = f(x)
        flat[i] = old - h
        fm = f(x)
        flat[i] = old
        g[i] = (fp - fm) / (2 * h)
    return grad
