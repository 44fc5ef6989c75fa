"""gradcheck.numerical_gradient: right: np.nditer with a multi_index over a float64 copy, each coordinate restored from its saved value"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    work = np.array(x, dtype=np.float64, copy=True)
    grad = np.empty_like(work)
    it = np.nditer(work, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = work[i]
        work[i] = old + h
        up = f(work)
        work[i] = old - h
        down = f(work)
        work[i] = old
        grad[i] = (up - down) / (2.0 * h)
    return grad
