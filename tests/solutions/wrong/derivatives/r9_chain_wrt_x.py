"""derivatives.chain_rule_w1: (w2 w1 x - y) w2 w1, the derivative with respect to x."""

def chain_rule_w1():
    return '(w2*w1*x - y)*w2*w1'
