"""losses.mse: F.mse_loss(reduction='mean') / 2: divides by N*K (every element) instead of N, wrong whenever K > 1."""

def mse(Y_hat, Y):
    diff = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(np.mean(diff ** 2) / 2)
