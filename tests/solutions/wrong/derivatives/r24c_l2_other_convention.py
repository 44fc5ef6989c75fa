"""derivatives.l2_gradient: the derivative of another course's penalty lam*w**2: 2*lam*w, twice that of (lam/2)*w**2."""


def l2_gradient():
    return "2*lam*w"
