"""derivatives.l2_gradient: 2*lam*w: Keras's l2(lam) penalty lam*sum(w**2) differentiated, not the documented (lam/2)*w**2."""

def l2_gradient():
    return "2*lam*w"
