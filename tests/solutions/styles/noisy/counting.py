"""Parameter counting (noisy style): prints a table as it counts, and a demo on import."""

print("counting.py loaded")


def parameter_breakdown(widths):
    rows = []
    for l, (n_in, n_out) in enumerate(zip(widths[:-1], widths[1:]), start=1):
        n_in, n_out = int(n_in), int(n_out)
        row = {"layer": l, "shape": (n_in, n_out), "weights": n_in * n_out, "biases": n_out}
        row["total"] = row["weights"] + row["biases"]
        print(f"layer {l}: {n_in} -> {n_out}: {row['total']} parameters")
        rows.append(row)
    return rows


def count_parameters(widths):
    total = sum(row["total"] for row in parameter_breakdown(widths))
    print("total", total)
    return total


print(count_parameters([3, 4, 2]), "== 26")
