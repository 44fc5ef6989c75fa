"""activations.prelu_alpha_grad: Sums over the batch like Julia's sum(..., dims=1): returns the per-unit total (1, n), not the elementwise derivative of shape z."""

def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 0.0, z).sum(axis=0, keepdims=True)
