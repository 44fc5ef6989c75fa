"""losses.bce_grad: bce_grad uses the unclipped P: division by zero at P = 0 or 1."""

def bce_grad(P, Y):
    with np.errstate(all="ignore"):
        return (P - Y) / (P * (1 - P)) / len(P)
