def relu(z):
    """F.relu(x, inplace=True) habit: clamps the caller's array in place and returns it (the input is changed)."""
    np.maximum(z, 0.0, out=z)
    return z
