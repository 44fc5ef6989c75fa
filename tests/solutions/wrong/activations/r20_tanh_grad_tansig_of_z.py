"""activations.tanh_grad: tanh_grad writes Hagan's tansig derivative 1 - a^2 with the net input z in place of a = tanh(z)."""

def tanh_grad(z):
    n = np.asarray(z, dtype=float)
    return 1 - n ** 2
