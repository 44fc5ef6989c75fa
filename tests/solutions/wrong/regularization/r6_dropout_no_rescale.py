"""regularization.dropout_forward: the mask is keep (0/1) without the 1/(1-p) scaling (plain, not inverted, dropout)."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        mask = np.ones_like(A)
    else:
        mask = (rng.random(A.shape) >= p).astype(np.float64)
    return A * mask, {"mask": mask}
