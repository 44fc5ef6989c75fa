"""regularization.dropout_forward: draws the mask with shape (A.shape[0], A.shape[1]), assuming a 2-D batch: an error for a 1-D or 3-D A, which the docstring allows (any shape)."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    keep = rng.random((A.shape[0], A.shape[1])) >= p
    mask = keep / (1.0 - p)
    return A * mask, {"mask": mask}
