def tanh_grad(z):
    """tanh_grad writes Hagan's tansig derivative 1 - a^2 with the net input z in place of a = tanh(z)."""
    n = np.asarray(z, dtype=float)
    return 1 - n ** 2
