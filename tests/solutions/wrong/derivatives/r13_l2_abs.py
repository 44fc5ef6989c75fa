"""derivatives.l2_gradient: lam*abs(w): right for w > 0 only, the sign lost (half of an L1 mix-up)"""


def l2_gradient():
    return "lam*abs(w)"
