"""derivatives.softmax_ce_gradient: p_i*(1 - p_i) - y_i, softmax's diagonal derivative mixed in"""

def softmax_ce_gradient():
    return "p_i*(1 - p_i) - y_i"
