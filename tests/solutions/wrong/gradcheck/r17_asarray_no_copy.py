"""gradcheck.numerical_gradient: perturbs the caller's own x (np.asarray of a float64 x is no copy) and restores it by += h, -= 2h, += h, leaving rounding drift in the caller's x.

Habit: defensive dtype coercion trusted as a copy.
"""


def numerical_gradient(f, x, h=1e-5):
    point = np.asarray(x, dtype=np.float64)
    grad = np.zeros(point.shape)
    for i in range(point.size):
        idx = np.unravel_index(i, point.shape)
        point[idx] += h
        f_plus = float(f(point))
        point[idx] -= 2 * h
        f_minus = float(f(point))
        point[idx] += h
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad
