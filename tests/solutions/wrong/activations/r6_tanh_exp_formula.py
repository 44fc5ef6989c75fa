"""activations.tanh: the textbook (e^z - e^-z) / (e^z + e^-z): inf/inf = NaN (and overflow warnings) for |z| > ~710."""

def tanh(z):
    z = np.asarray(z, dtype=np.float64)
    return (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))
