"""derivatives.chain_rule_w1: w1*(w2*x)**2 - y, the expansion forgets to multiply y by w2*x"""

def chain_rule_w1():
    return "w1*(w2*x)**2 - y"
