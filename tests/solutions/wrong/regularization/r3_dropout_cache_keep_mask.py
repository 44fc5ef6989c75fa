"""regularization.dropout_forward: the output is scaled by 1/(1-p), but the cached mask is the 0/1 keep mask, unscaled."""

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        return A * 1.0, {"mask": np.ones_like(A)}
    keep = (rng.random(A.shape) >= p).astype(np.float64)
    return A * keep / (1 - p), {"mask": keep}
