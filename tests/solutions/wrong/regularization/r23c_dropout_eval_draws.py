"""regularization.dropout_forward: draws the mask before looking at mode, so eval consumes the rng stream."""


def dropout_forward(A, p, rng, mode="train"):
    keep = rng.random(A.shape) >= p
    match mode:
        case "train":
            mask = keep / (1 - p)
        case _:
            mask = np.ones_like(A, dtype=np.float64)
    return A * mask, {"mask": mask}
