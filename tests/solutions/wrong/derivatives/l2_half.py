"""derivatives.l2_gradient: lam*w/2, the 2 of the derivative is not cancelled but divided again."""

def l2_gradient():
    return "lam*w/2"
