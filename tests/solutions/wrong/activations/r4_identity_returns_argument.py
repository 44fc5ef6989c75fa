"""activations.identity: returns its argument itself, so an int array stays int (not float64) and a list stays a list."""

def identity(z):
    return z
