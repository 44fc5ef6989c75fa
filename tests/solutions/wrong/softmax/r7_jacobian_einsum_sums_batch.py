"""softmax.softmax_jacobian: the batch's outer products written einsum("ni,nj->ij"), which sums them over the batch; for a batch (N, K) it returns one (K, K) matrix (diag of the summed s minus the summed outer products)."""

def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    if s.ndim == 1:
        return np.diag(s) - np.outer(s, s)
    return np.diag(s.sum(axis=0)) - np.einsum("ni,nj->ij", s, s)
