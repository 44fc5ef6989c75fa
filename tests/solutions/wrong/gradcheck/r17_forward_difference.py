"""gradcheck.numerical_gradient: one-sided forward difference (f(x + h e_i) - f(x)) / h, error O(h) instead of O(h^2).

Habit: production code "halving the f-calls" with one base evaluation.
"""


def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=np.float64, order="C")
    grad = np.zeros(point.shape)
    base = float(f(point.copy()))
    flat = point.reshape(-1)
    for i in range(flat.size):
        saved = flat[i]
        flat[i] = saved + h
        grad.reshape(-1)[i] = (float(f(point.copy())) - base) / h
        flat[i] = saved
    return grad
