"""regularization.dropout_forward: right: draws A.size uniforms from rng as a flat vector and reshapes it to A's shape
(APL's shape-reshape): each entry still dropped independently with probability p, scaled by 1 / (1 - p)."""


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A * 1.0, {"mask": np.ones_like(A)}
    mask = np.reshape(rng.random(A.size) >= p, A.shape) / (1 - p)
    return A * mask, {"mask": mask}
