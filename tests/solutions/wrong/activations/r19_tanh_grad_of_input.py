"""activations.tanh_grad: ported torch's tanh_backward(grad, output), which expects the OUTPUT t: applies 1 - t^2 to z itself, giving 1 - z^2."""

def tanh_grad(z):
    x = np.asarray(z, dtype=np.float64)
    return 1.0 - x * x
