"""derivatives.l2_gradient: 2 lam w, the 1/2 of the penalty forgotten."""

def l2_gradient():
    return '2*lam*w'
