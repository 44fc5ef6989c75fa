"""derivatives.chain_rule_w1: an extra factor w1, (w2 w1 x - y) w1 w2 x."""

def chain_rule_w1():
    return '(w2*w1*x - y)*w1*w2*x'
