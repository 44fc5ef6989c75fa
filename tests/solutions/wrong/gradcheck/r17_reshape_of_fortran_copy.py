"""gradcheck.numerical_gradient: steps taken through point.reshape(-1) of np.array(x, copy=True), which keeps a transposed x's Fortran order, so reshape(-1) is a copy: f never sees the steps and grad stays 0 for a transposed x.

Habit: defensive code (float64 coercion, copies, an early return for an empty x) trusting reshape(-1) to be a view;
it was the first version of the r17 style file, caught by the grader's transposed row.
"""


def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=np.float64, copy=True)
    grad = np.zeros_like(point)
    if point.size == 0:
        return grad
    flat = point.reshape(-1)
    for i in range(flat.size):
        saved = flat[i]
        flat[i] = saved + h
        f_plus = float(f(point.copy()))
        flat[i] = saved - h
        f_minus = float(f(point.copy()))
        flat[i] = saved
        grad.reshape(-1)[i] = (f_plus - f_minus) / (2.0 * h)
    return grad
