"""regularization.dropout_forward: eval mode scales by the mean occupation 1 - p (classic dropout) although train mode already divides by 1 - p."""


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = (rng.random(A.shape) >= p) / (1.0 - p)
    else:
        mask = np.full(A.shape, 1.0 - p)
    return A * mask, {"mask": mask}
