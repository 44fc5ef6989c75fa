"""activations.sigmoid: Right: Hagan's logsig 1/(1 + exp(-n)) under np.errstate(over='ignore'): exp(1000) = inf gives exactly 0, no warning raised."""

def sigmoid(z):
    n = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-n))
