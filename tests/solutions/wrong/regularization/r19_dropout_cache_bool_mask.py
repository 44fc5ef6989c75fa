"""regularization.dropout_forward: caches the Bernoulli keep mask (0/1) and scales only the output: cache["mask"] lacks the 1/(1 - p), so the backward pass's gradient is too small."""

def dropout_forward(A, p, rng, mode="train"):
    if mode != "train":
        return A * 1.0, {"mask": np.ones(np.shape(A))}
    keep = (rng.random(np.shape(A)) >= p).astype(np.float64)
    return A * keep / (1.0 - p), {"mask": keep}
