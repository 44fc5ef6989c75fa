"""counting.count_parameters: right: counts each InnerProduct layer's two blobs (weight K x num_output, bias num_output) from a tuple copy of widths, a plain int."""


def count_parameters(widths):
    shape = tuple(int(n) for n in widths)
    return sum(k * num_output + num_output for k, num_output in zip(shape, shape[1:]))
