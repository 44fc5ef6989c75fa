"""derivatives.chain_rule_w1: w1*w2*x - y, the inner derivative w2*x forgotten"""

def chain_rule_w1():
    return "w1*w2*x - y"
