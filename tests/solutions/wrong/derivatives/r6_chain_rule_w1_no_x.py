"""derivatives.chain_rule_w1: the factor x of the inner derivative is missing."""

def chain_rule_w1():
    return "w2*(w2*w1*x - y)"
