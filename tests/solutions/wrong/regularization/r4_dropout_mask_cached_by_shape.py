"""regularization.dropout_forward: the train mask is drawn once per (shape, p) and reused by later calls, so a new rng (or a new step) gets the old mask."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A, {"mask": np.ones_like(A)}
    cache = dropout_forward.__dict__.setdefault("masks", {})
    key = (A.shape, p)
    if key not in cache:
        cache[key] = (rng.random(A.shape) >= p) / (1.0 - p)
    mask = cache[key]
    return A * mask, {"mask": mask}
