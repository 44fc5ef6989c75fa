"""regularization.dropout_forward: one keep draw per column (unit), shared by every row of the batch, not per entry."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        mask = np.ones_like(A)
    else:
        keep = rng.random(A.shape[-1]) >= p
        mask = np.broadcast_to(keep / (1 - p), A.shape).copy()
    return A * mask, {"mask": mask}
