"""losses.mse_grad: 2 (Y_hat - Y) / N, the derivative of the loss without the 1/2"""

def mse_grad(Y_hat, Y):
    return 2 * (Y_hat - Y) / Y.shape[0]
