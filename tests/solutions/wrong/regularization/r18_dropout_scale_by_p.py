"""regularization.dropout_forward: divides the kept units by p (the DROP probability) instead of the keep probability 1 - p."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    mask = (rng.random(A.shape) >= p) / p
    return A * mask, {"mask": mask}
