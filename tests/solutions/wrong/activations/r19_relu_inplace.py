"""activations.relu: F.relu(x, inplace=True) habit: clamps the caller's array in place and returns it (the input is changed)."""

def relu(z):
    np.maximum(z, 0.0, out=z)
    return z
