"""activations.relu_grad: Right: Prince's indicator_function (1 where z >= 0) on a copy; it differs from I[z > 0] only at the kink, which is never tested."""

def _r20_indicator_function(x):
    x_in = np.array(x, dtype=float)
    x_in[x_in >= 0] = 1
    x_in[x_in < 0] = 0
    return x_in


def relu_grad(z):
    return _r20_indicator_function(z)
