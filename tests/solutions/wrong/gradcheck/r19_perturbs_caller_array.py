"""gradcheck.numerical_gradient: Perturbs the caller's x in place and undoes it by arithmetic (+h, -2h, +h), which
leaves rounding residue in x.
"""

def numerical_gradient(f, x, h=1e-5):
    """Perturbs the caller's x in place and undoes it by arithmetic (+h, -2h, +h), which leaves rounding residue in x."""
    grad = np.zeros(np.shape(x))
    flat = x.reshape(-1)
    for i in range(flat.size):
        flat[i] += h
        f_plus = f(x)
        flat[i] -= 2 * h
        f_minus = f(x)
        flat[i] += h
        grad.reshape(-1)[i] = (f_plus - f_minus) / (2 * h)
    return grad
