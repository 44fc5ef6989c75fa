"""losses.mse_grad: divided by Y.size (N K) instead of N"""

def mse_grad(Y_hat, Y):
    return (Y_hat - Y) / Y.size
