"""regularization.dropout_forward: draws the mask before looking at the mode (training=False only skips its use): in eval the rng is advanced, which the docstring forbids."""

def dropout_forward(A, p, rng, mode="train"):
    keep = rng.random(np.shape(A)) >= p
    if mode == "train":
        mask = keep / (1.0 - p)
    else:
        mask = np.ones(np.shape(A))
    return A * mask, {"mask": mask}
