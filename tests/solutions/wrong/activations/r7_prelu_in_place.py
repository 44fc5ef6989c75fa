"""activations.prelu: scales the negative entries in place on np.asarray(z), which is the caller's own array when it is float64 (the caller's z is changed; an integer z is truncated)."""

def prelu(z, alpha):
    z = np.asarray(z)
    neg = z <= 0
    if np.ndim(alpha) == 0:
        z[neg] *= alpha
    else:
        z[neg] = (z * np.asarray(alpha))[neg]
    return z.astype(np.float64)
