"""regularization.dropout_forward: keeps a unit with probability p (p read as the keep probability)."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    mask = (rng.random(A.shape) < p) / p if p > 0 else np.zeros_like(A)
    return A * mask, {"mask": mask}
