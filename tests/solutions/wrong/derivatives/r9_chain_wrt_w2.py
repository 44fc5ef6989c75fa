"""derivatives.chain_rule_w1: (w2 w1 x - y) w1 x, the derivative with respect to w2."""

def chain_rule_w1():
    return '(w2*w1*x - y)*w1*x'
