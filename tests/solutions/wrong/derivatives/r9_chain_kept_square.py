"""derivatives.chain_rule_w1: the square kept on the residual, (w2 w1 x - y)^2 w2 x."""

def chain_rule_w1():
    return '(w2*w1*x - y)**2*w2*x'
