"""regularization.dropout_forward: returns A and a mask of ones in every mode (does nothing)."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    return A.copy(), {"mask": np.ones_like(A)}
