"""derivatives.l2_gradient: 2*lam*w, forgetting that the penalty carries 1/2."""

def l2_gradient():
    return "2*lam*w"
