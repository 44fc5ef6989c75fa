"""activations.identity_grad: returns the number 1.0 instead of an array of ones of z's shape."""

def identity_grad(z):
    return 1.0
