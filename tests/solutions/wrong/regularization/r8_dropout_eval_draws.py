"""regularization.dropout_forward: draws a mask from rng in eval mode too (then discards it), consuming the generator where the docstring says nothing is drawn."""


def dropout_forward(A, p, rng, mode="train"):
    keep = rng.random(A.shape) >= p
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        mask = keep / (1 - p)
    return A * mask, {"mask": mask}
