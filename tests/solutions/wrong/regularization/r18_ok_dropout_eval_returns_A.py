"""regularization.dropout_forward: right; in eval mode it returns A itself as out (the docstring's out = A, nothing written into it) with a new mask of ones."""

def dropout_forward(A, p, rng, mode="train"):
    if mode != "train":
        return A, {"mask": np.ones(np.shape(A))}
    A = np.asarray(A, dtype=np.float64)
    mask = (rng.random(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
