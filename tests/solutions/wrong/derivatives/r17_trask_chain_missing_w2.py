"""derivatives.chain_rule_w1: Gives (w2*w1*x - y)*x, Trask's weight_delta = delta * input for w1 without the factor w2 between w1 and the output.

Habit: Grokking Deep Learning's weight_delta = delta * input, the input of w1 taken as x.
"""


def chain_rule_w1():
    return "(w2*w1*x - y)*x"
