"""derivatives.chain_rule_w1: (w2 w1 x - y) x, the inner factor w2 forgotten."""

def chain_rule_w1():
    return '(w2*w1*x - y)*x'
