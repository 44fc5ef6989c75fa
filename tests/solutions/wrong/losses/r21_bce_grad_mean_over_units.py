"""losses.bce_grad: Divides by P.size (Keras averages over the last axis too): a factor 1/K too small when there are K > 1 outputs."""

def bce_grad(P, Y):
    P = np.clip(np.asarray(P, dtype=np.float64), 1e-12, 1 - 1e-12)
    return (P - Y) / (P * (1 - P)) / max(P.size, 1)
