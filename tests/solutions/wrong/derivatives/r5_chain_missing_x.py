"""derivatives.chain_rule_w1: chain rule for w1 forgets the factor x."""

def chain_rule_w1():
    return "(w2*w1*x - y)*w2"
