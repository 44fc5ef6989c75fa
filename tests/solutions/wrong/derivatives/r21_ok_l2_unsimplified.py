"""derivatives.l2_gradient: Right: (lam/2)*2*w, the power rule applied and not simplified, equal to lam*w."""

def l2_gradient():
    return "(lam/2)*2*w"
