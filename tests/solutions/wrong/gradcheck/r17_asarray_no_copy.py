"""gradcheck.numerical_gradient: np.asarray(x, dtype=float64) is no copy for a float64 x: it perturbs the caller's array and

restores it by += h, -= 2h, += h, leaving rounding drift in the caller's x.

Habit: defensive dtype coercion trusted as a copy.
"""


def numerical_gradient(f, x, h=1e-5):
    point = np.asarray(x, dtype=np.float64)
    grad = np.zeros(point.shape)
    flat = point.reshape(-1)
    for i in range(flat.size):
        flat[i] += h
        f_plus = float(f(point))
        flat[i] -= 2 * h
        f_minus = float(f(point))
        flat[i] += h
        grad.reshape(-1)[i] = (f_plus - f_minus) / (2 * h)
    return grad
