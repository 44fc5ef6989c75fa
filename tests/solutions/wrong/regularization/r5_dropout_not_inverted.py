"""regularization.dropout_forward: dropout without the 1 / (1 - p) rescale: the mask is the plain 0/1 keep mask."""

def dropout_forward(A, p, rng, mode="train"):
    if mode != "train":
        mask = np.ones_like(A, dtype=float)
    else:
        mask = (rng.random(A.shape) >= p).astype(float)
    return A * mask, {"mask": mask}
