"""gradcheck.numerical_gradient: Right: evaluates f(x - h e_i) before f(x + h e_i) on a fresh copy per evaluation; the
same quotient, calls in another order.
"""

def numerical_gradient(f, x, h=1e-5):
    """Right: evaluates f(x - h e_i) before f(x + h e_i) on a fresh copy per evaluation; the same quotient, calls in another order."""
    x = np.asarray(x, dtype=float)
    grad = np.empty_like(x)
    for idx in np.ndindex(x.shape):
        below, above = x.copy(), x.copy()
        below[idx] -= h
        above[idx] += h
        f_minus = f(below)
        grad[idx] = (f(above) - f_minus) / (2 * h)
    return grad
