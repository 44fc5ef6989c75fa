"""grader/specs/early_stopping.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Edit, SpecTests


def stopping(improves="loss < best - min_delta", stops="wait >= patience"):
    """The solution's early_stopping with its improvement test or its stopping test replaced."""
    return f"""
        def early_stopping(val_losses, patience, min_delta=0.0):
            best, best_epoch, wait = np.inf, 0, 0
            for epoch, loss in enumerate(val_losses):
                if {improves}:
                    best, best_epoch, wait = loss, epoch, 0
                else:
                    wait += 1
                if {stops}:
                    return epoch, best_epoch
            return len(val_losses) - 1, best_epoch
    """


SLIPS = {
    "patience-off-by-one": stopping(stops="wait > patience"),
    "min-delta-ignored": stopping(improves="loss < best"),
    "ties-improve": stopping(improves="loss <= best - min_delta"),
}

# the solution's early_stopping_restore calls early_stopping: a slip there shows in both functions
EDITS = [
    *(Edit(f"early-stopping-{slip}", ("early_stopping", "early_stopping_restore"), code) for slip, code in SLIPS.items()),
    *(Edit(f"early-stopping-restore-{slip}", ("early_stopping_restore", "early_stopping"), code)
      for slip, code in SLIPS.items()),
    Edit("early-stopping-last-weights", ("early_stopping_restore",), """
        def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
            stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
            return stop_epoch, best_epoch, weights[stop_epoch]
    """),
]


class TestEarlyStoppingSpec(SpecTests):
    exercise, edits = "early_stopping", EDITS

    def test_fixed_curves_show_the_expected_epochs(self, named):
        (row,) = named["early-stopping-patience-off-by-one"]
        assert "a late improvement: returned (stop_epoch, best_epoch) = (6, 3), expected (5, 3)" in row.message

    def test_wrong_weights_are_told_apart_from_wrong_epochs(self, named):
        (row,) = named["early-stopping-last-weights"]
        assert "not the snapshot of the best epoch" in row.message and 0 < row.points < row.max_points
