"""derivatives.l2_gradient: lam*w**2, the penalty doubled instead of its derivative lam*w."""

def l2_gradient():
    return "lam*w**2"
