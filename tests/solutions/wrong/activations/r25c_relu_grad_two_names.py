"""activations.relu_grad: 'g = z' is a second name for the caller's array, then g[...] = 1/0 overwrites z in place."""

def relu_grad(z):
    g = z
    g[g > 0] = 1.0
    g[g <= 0] = 0.0
    return g
