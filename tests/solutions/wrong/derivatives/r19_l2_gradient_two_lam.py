"""derivatives.l2_gradient: the gradient of lam*w**2 (a penalty read as weight_decay * ||w||^2): 2*lam*w, twice d/dw of (lam/2)*w**2."""

def l2_gradient():
    return "2*lam*w"
