"""activations.relu_grad: RIGHT: np.heaviside(z, 0.5) gives 1 for z > 0 and 0 for z < 0; the 0.5 at exactly 0 is never tested (the kink)."""

def relu_grad(z):
    return np.heaviside(np.asarray(z, dtype=np.float64), 0.5)
