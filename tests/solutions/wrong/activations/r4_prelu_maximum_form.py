"""activations.prelu: max(z, alpha z) equals PReLU only for alpha <= 1; a learned slope above 1 (or per-unit slopes > 1) gives alpha z for positive z."""

def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    return np.maximum(z, np.asarray(alpha, dtype=np.float64) * z)
