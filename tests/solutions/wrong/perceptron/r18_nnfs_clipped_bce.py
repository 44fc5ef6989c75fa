"""perceptron.neuron_loss: Logistic loss computed the nnfs way, from sigmoid outputs clipped to [1e-7, 1 - 1e-7], not
stably from z: a confidently wrong example costs at most -log(1e-7) ~ 16.1 instead of ~|z|.
"""

def neuron_loss(X, y, w, b, model):
    """Logistic loss computed the nnfs way, from sigmoid outputs clipped to [1e-7, 1 - 1e-7], not stably from z: a confidently wrong example costs at most -log(1e-7) ~ 16.1 instead of ~|z|."""
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    y = np.asarray(y, dtype=float)
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    s = 0.5 * (1 + np.tanh(0.5 * z))
    s_clipped = np.clip(s, 1e-7, 1 - 1e-7)
    sample_losses = -(y * np.log(s_clipped) + (1 - y) * np.log(1 - s_clipped))
    return float(np.mean(sample_losses))
