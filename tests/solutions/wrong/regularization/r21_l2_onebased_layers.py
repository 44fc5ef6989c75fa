"""regularization.l2_penalty: Counts the L weight matrices, then loops `for l in range(1, L)` (Julia's 1:L read as exclusive): the last layer's W is left out."""

def l2_penalty(params, lam):
    L = sum(1 for k in params if k.startswith("W"))
    total = 0.0
    for l in range(1, L):
        W = np.asarray(params[f"W{l}"], dtype=np.float64)
        total += float(np.sum(W * W))
    return 0.5 * lam * total
