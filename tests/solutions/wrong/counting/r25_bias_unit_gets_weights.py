"""counting.count_parameters: treats each hidden layer's bias unit as one more unit that receives weights, (n_{l-1} + 1) * (n_l + 1) for hidden layers"""


def count_parameters(widths):
    sizes = [int(n) for n in widths]
    total = 0
    for l in range(1, len(sizes)):
        fan_out = sizes[l] + 1 if l < len(sizes) - 1 else sizes[l]
        total += (sizes[l - 1] + 1) * fan_out
    return total
