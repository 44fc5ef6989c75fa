def dropout_forward(A, p, rng, mode="train"):
    """regularization.dropout_forward: right: the keep indicator drawn as rng.binomial(1, 1 - p, shape), a
    Bernoulli(1 - p) per entry from the given Generator, then scaled by 1 / (1 - p)."""
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A * 1.0, {"mask": np.ones_like(A)}
    mask = rng.binomial(1, 1 - p, size=A.shape) / (1 - p)
    return A * mask, {"mask": mask}
