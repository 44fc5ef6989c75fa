"""losses.bce_grad: BCEWithLogitsLoss habit: returns (P - Y) / N, the gradient with respect to the LOGIT, not dL/dP = (P - Y) / (P (1 - P)) / N."""

def bce_grad(P, Y):
    P = np.asarray(P, dtype=np.float64)
    return (P - Y) / max(P.shape[0], 1)
