def dense_backward(dZ, cache):
    """layers.dense_backward: db reduces along the LAST axis (APL's +/ rather than the first-axis +⌿), one
    number per example (N,) instead of one per unit (n_out,)."""
    A, W, _ = cache
    return dZ @ W.T, A.T @ dZ, np.add.reduce(dZ, axis=-1)
