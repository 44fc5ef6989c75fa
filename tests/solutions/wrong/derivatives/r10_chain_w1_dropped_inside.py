"""derivatives.chain_rule_w1: w2*x*(w2*x - y), w1 dropped from the prediction"""

def chain_rule_w1():
    return "w2*x*(w2*x - y)"
