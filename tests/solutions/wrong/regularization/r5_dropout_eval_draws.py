"""regularization.dropout_forward: draws a mask from rng in eval mode too (and throws it away): the caller's rng advances."""

def dropout_forward(A, p, rng, mode="train"):
    keep = rng.random(np.shape(A)) >= p
    mask = keep / (1 - p) if mode == "train" else np.ones(np.shape(A))
    return A * mask, {"mask": mask}
