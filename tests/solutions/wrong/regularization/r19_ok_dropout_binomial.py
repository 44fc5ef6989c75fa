"""regularization.dropout_forward: RIGHT: keep drawn as rng.binomial(1, 1 - p, shape) (torch's bernoulli_(1 - p)), another rule the docstring allows; mask = keep / (1 - p)."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A)
    if mode == "eval":
        mask = np.ones(A.shape)
    else:
        mask = rng.binomial(1, 1.0 - p, size=A.shape) / (1.0 - p)
    return A * mask, {"mask": mask}
