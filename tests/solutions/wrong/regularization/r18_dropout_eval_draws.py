"""regularization.dropout_forward: draws a mask from rng in eval mode too (then ignores it), consuming the generator though eval must not use it."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    keep = rng.random(A.shape) >= p
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    mask = keep / (1 - p)
    return A * mask, {"mask": mask}
