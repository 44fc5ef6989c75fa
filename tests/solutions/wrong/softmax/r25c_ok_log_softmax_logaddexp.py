"""softmax.log_softmax: Right: Z - logaddexp.reduce(Z) over the last axis, pairwise-stable for any size; float32 stays float32."""

def log_softmax(Z):
    Z = np.asarray(Z)
    if Z.dtype.kind != "f":
        Z = Z.astype(np.float64)
    return Z - np.logaddexp.reduce(Z, axis=-1, keepdims=True)
