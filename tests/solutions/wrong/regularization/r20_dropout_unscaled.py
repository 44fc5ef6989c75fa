"""regularization.dropout_forward: Classic (not inverted) dropout: the kept units are not divided by 1 - p in training, eval scales by 1 - p instead."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=float)
    if mode == "train":
        mask = (rng.random(A.shape) >= p).astype(float)
    else:
        mask = np.full(A.shape, 1 - p)
    return A * mask, {"mask": mask}
