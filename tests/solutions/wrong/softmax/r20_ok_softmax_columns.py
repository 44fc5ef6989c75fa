"""softmax.softmax: Right: Prince's column layout (one example per column, softmax down axis 0), transposed back; same values."""

def softmax(Z):
    f = np.asarray(Z, dtype=float)
    if f.ndim == 1:
        f = f[:, None]
        cols = f
    else:
        cols = f.T
    e = np.exp(cols - cols.max(axis=0, keepdims=True))
    s = e / e.sum(axis=0, keepdims=True)
    return s[:, 0] if np.ndim(Z) == 1 else s.T
