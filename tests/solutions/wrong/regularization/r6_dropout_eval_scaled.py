"""regularization.dropout_forward: eval mode multiplies by (1 - p) (the non-inverted test-time rule) instead of the identity."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        mask = np.full(A.shape, 1.0 - p)
    else:
        mask = (rng.random(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
