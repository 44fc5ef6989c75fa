"""losses.mse_grad: (Y - Y_hat) / N, the sign flipped"""

def mse_grad(Y_hat, Y):
    return (Y - Y_hat) / Y.shape[0]
