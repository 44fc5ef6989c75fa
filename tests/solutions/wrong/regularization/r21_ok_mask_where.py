"""regularization.dropout_forward: Right: the same draw and rule (keep when u >= p) written as np.where(u < p, 0, 1/(1-p)); eval returns A itself, as the docstring's out = A."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A, {"mask": np.ones_like(A)}
    mask = np.where(rng.random(A.shape) < p, 0.0, 1.0 / (1.0 - p))
    return A * mask, {"mask": mask}
