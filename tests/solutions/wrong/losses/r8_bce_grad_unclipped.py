"""losses.bce_grad: P not clipped, so P = 0 or 1 divides by zero (inf/NaN, RuntimeWarning) where the clipped gradient is finite."""


def bce_grad(P, Y):
    return (P - Y) / (P * (1 - P)) / Y.shape[0]
