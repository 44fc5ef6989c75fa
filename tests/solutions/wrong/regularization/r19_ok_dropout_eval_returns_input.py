"""regularization.dropout_forward: RIGHT: model.eval() makes F.dropout the identity, returning the input itself: out = A as the docstring writes it (nothing drawn, the mask ones)."""

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        return A, {"mask": np.ones(np.shape(A))}
    mask = (rng.random(np.shape(A)) >= p) / (1.0 - p)
    return A * mask, {"mask": mask}
