"""derivatives.chain_rule_w1: x*(w1*w2*x - y), the factor w2 of the inner derivative dropped"""

def chain_rule_w1():
    return "x*(w1*w2*x - y)"
