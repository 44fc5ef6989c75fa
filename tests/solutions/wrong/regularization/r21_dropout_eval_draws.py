"""regularization.dropout_forward: Draws the random buffer before branching on mode (C style, one code path): eval mode consumes rng though it must not draw."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    u = rng.random(A.shape)
    mask = np.ones_like(A)
    if mode == "train":
        mask = (u >= p) / (1.0 - p)
    return A * mask, {"mask": mask}
