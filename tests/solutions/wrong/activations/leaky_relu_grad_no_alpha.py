"""activations.leaky_relu_grad: 0 instead of alpha for z <= 0 (the ReLU derivative)."""

def leaky_relu_grad(z, alpha=0.01):
    return (np.asarray(z, dtype=np.float64) > 0).astype(np.float64)
