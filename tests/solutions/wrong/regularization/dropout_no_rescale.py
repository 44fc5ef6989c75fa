"""regularization.dropout_forward: mask = keep, the 1/(1 - p) rescaling is missing."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    mask = (rng.random(A.shape) >= p).astype(np.float64)
    return A * mask, {"mask": mask}
