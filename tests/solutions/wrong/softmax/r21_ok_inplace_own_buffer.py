"""softmax.softmax: Right: subtracts the max, exponentiates and normalises in place, but in its own float64 copy, never the caller's array."""

def softmax(Z):
    out = np.array(Z, dtype=np.float64)
    out -= out.max(axis=-1, keepdims=True)
    np.exp(out, out=out)
    out /= out.sum(axis=-1, keepdims=True)
    return out
