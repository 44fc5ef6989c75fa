"""derivatives.sigmoid_derivative: RIGHT: exp(-z)/(1 + exp(-z))**2 is the quotient rule's form of sigmoid(z)*(1 - sigmoid(z)).

Habit: Raschka derives the logistic derivative from 1/(1 + e^-z) directly.
"""


def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))**2"
