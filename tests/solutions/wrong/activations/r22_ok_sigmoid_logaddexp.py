"""activations.sigmoid: right: sigma(a) = exp(-log(1 + exp(-a))) with np.logaddexp(0, -a), Murphy's log-sum-exp form, stable for +-1000."""


def sigmoid(z):
    z = np.asarray(z)
    if z.dtype.kind != "f":
        z = z.astype(np.float64)
    return np.exp(-np.logaddexp(0.0, -z))
