"""regularization.dropout_forward: Reads p as the KEEP probability (keep = u < p, mask = keep / p): drops 1 - p of the units instead of p."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        mask = np.ones_like(A)
        return A * mask, {"mask": mask}
    mask = (rng.random(A.shape) < p) / p
    return A * mask, {"mask": mask}
