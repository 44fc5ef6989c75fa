"""perceptron.neuron_loss: Right: cross-entropy as mean(y log(1 + e^-z) + (1 - y) log(1 + e^z)) with np.logaddexp,
stable for any z; linear as 1/2 mean e^2 with e = d - y.
"""

def neuron_loss(X, y, w, b, model):
    """Right: cross-entropy as mean(y log(1 + e^-z) + (1 - y) log(1 + e^z)) with np.logaddexp, stable for any z; linear as 1/2 mean e^2 with e = d - y."""
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    d = np.asarray(y, dtype=float)
    if model == "linear":
        return float(0.5 * np.mean((d - z) ** 2))
    return float(np.mean(d * np.logaddexp(0.0, -z) + (1.0 - d) * np.logaddexp(0.0, z)))
