"""regularization.dropout_forward: Right: the keep mask drawn by rng.binomial(1, 1 - p) (another rule from rng), scaled by 1/(1 - p)."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones(A.shape)}
    mask = rng.binomial(1, 1.0 - p, size=A.shape) / (1.0 - p)
    return A * mask, {"mask": mask}
