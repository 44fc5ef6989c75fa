"""regularization.dropout_forward: multiplies kept units by (1 - p) instead of dividing by it."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    mask = (rng.random(A.shape) >= p) * (1 - p)
    return A * mask, {"mask": mask}
