_r25_erf_guess = np.vectorize(math.erf)


def gelu(z):
    """activations.gelu: np.vectorize(math.erf) without otypes, which raises on an empty batch (it calls erf on
    the first element to learn the output type)."""
    z = np.asarray(z, dtype=np.float64)
    return z * (1.0 + _r25_erf_guess(z / math.sqrt(2))) / 2
