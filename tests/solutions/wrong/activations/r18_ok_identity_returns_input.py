"""activations.identity: right; 6.036's Linear activation `return Z`: the float64 input itself, unchanged (the docstring asks for no new array, and nothing is written into it)."""

def identity(z):
    return np.asarray(z, dtype=np.float64)
