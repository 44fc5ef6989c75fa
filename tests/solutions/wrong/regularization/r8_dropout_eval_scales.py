"""regularization.dropout_forward: eval mode scales by (1 - p) (old non-inverted dropout) instead of returning A unchanged."""


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.full(np.shape(A), 1.0 - p)
    else:
        mask = (rng.random(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
