"""gradcheck.numerical_gradient: Pokes the caller's own array and 'restores' each entry by adding h back (x + h - 2h +
h), which need not give the old float: the caller's x comes back changed in its last bits.
"""

def numerical_gradient(f, x, h=1e-5):
    """Pokes the caller's own array and 'restores' each entry by adding h back (x + h - 2h + h), which need not give the old float: the caller's x comes back changed in its last bits."""
    flat = x.reshape(-1)
    grad = np.zeros(x.shape)
    gflat = grad.reshape(-1)
    for i in range(flat.size):
        flat[i] += h
        fplus = f(x)
        flat[i] -= 2 * h
        fminus = f(x)
        flat[i] += h
        gflat[i] = (fplus - fminus) / (2 * h)
    return grad
