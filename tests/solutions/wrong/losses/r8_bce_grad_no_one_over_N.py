"""losses.bce_grad: the 1/N of the batch mean left out; right only for N = 1."""


def bce_grad(P, Y):
    P = np.clip(P, 1e-12, 1 - 1e-12)
    return (P - Y) / (P * (1 - P))
