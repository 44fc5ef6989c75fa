"""regularization.dropout_forward: keeps exactly round((1-p) * size) entries chosen by a permutation: entries are not dropped independently."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A, {"mask": np.ones_like(A)}
    keep = np.zeros(A.size)
    keep[rng.permutation(A.size)[:int(round((1.0 - p) * A.size))]] = 1.0
    mask = keep.reshape(A.shape) / (1.0 - p)
    return A * mask, {"mask": mask}
