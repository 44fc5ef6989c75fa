"""gradcheck.numerical_gradient: One-sided difference (f(x + h e_i) - f(x)) / h, error O(h), instead of the central
difference.
"""

def numerical_gradient(f, x, h=1e-5):
    """One-sided difference (f(x + h e_i) - f(x)) / h, error O(h), instead of the central difference."""
    x_probe = np.array(x, dtype=float)
    f0 = f(x_probe.copy())
    grad = np.zeros_like(x_probe)
    for i in range(x_probe.size):
        idx = np.unravel_index(i, x_probe.shape)
        kept = x_probe[idx]
        x_probe[idx] = kept + h
        grad[idx] = (f(x_probe) - f0) / h
        x_probe[idx] = kept
    return grad
