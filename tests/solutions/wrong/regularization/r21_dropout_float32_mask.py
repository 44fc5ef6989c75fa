"""regularization.dropout_forward: Builds the mask in float32 'for speed' (a C habit): 1/(1-p) is rounded and float64 activations come back float32."""

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A)
    mask = np.ones(A.shape, dtype=np.float32)
    if mode == "train":
        mask = (rng.random(A.shape) >= p).astype(np.float32) / np.float32(1.0 - p)
    out = np.empty(A.shape, dtype=np.float32)
    np.multiply(A, mask, out=out, casting="unsafe")
    return out, {"mask": mask}
