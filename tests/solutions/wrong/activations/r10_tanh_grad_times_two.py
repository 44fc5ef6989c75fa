"""activations.tanh_grad: 1 - 2 tanh(z) (the square typed as a product by 2)"""

def tanh_grad(z):
    return 1 - tanh(z) * 2
