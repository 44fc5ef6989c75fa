"""activations.relu_grad: right; np.heaviside(z, 0.5) is 1 for z > 0 and 0 for z < 0, and the kink (where it gives 0.5) is never tested."""

def relu_grad(z):
    return np.heaviside(np.asarray(z, dtype=np.float64), 0.5)
