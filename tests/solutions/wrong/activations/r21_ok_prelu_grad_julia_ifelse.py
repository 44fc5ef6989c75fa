"""activations.prelu_grad: Right: Julia's ifelse.(z .> 0, 1, alpha) as np.where with explicit broadcasting of alpha to z's shape."""

def prelu_grad(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    a = np.broadcast_to(np.asarray(alpha, dtype=np.float64), z.shape)
    return np.where(z > 0, 1.0, a)
