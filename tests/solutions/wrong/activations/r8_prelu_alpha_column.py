"""activations.prelu: a per-unit alpha (n,) reshaped to a column (n, 1), so it is broadcast over units instead of the batch; errors when N != n, silently wrong when N == n."""


def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    a = np.asarray(alpha, dtype=np.float64).reshape(-1, 1)
    return np.where(z > 0, z, a * z)
