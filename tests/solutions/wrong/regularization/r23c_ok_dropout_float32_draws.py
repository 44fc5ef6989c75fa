"""regularization.dropout_forward: Right: uniforms drawn as float32 from rng are one more rule of the allowed kind; the mask stays float64."""


def dropout_forward(A, p, rng, mode="train"):
    if mode != "train":
        return A, {"mask": np.ones(np.shape(A))}
    keep = rng.random(np.shape(A), dtype=np.float32) >= p
    mask = keep / (1 - p)
    return A * mask, {"mask": mask}
