"""losses.mse_grad: N taken as shape[-1] (the units) instead of shape[0]; right for (N,) vectors, wrong for (N, K) unless N == K."""


def mse_grad(Y_hat, Y):
    return (Y_hat - Y) / Y_hat.shape[-1]
