"""activations.sigmoid: sigmoid as 1/(1 + np.exp(-z)) (torch.sigmoid is stable, this port is not): exp overflows with a RuntimeWarning at z = -1000."""

def sigmoid(z):
    x = np.array(z, dtype=np.float64, copy=True)
    return 1.0 / (1.0 + np.exp(-x))
