def prelu(z, alpha):
    """activations.prelu: the max of z and alpha z (APL's z ceiling alpha x z), which is PReLU only while
    alpha <= 1; a learned slope above 1 gives alpha z for positive z and z for negative z."""
    z = np.asarray(z, dtype=np.float64)
    return np.maximum(z, np.asarray(alpha, dtype=np.float64) * z)
