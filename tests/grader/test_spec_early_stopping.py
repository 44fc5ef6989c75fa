"""grader/specs/early_stopping.py: the correct solution scores full marks, every catalogued mistake is named."""

from spec_cases import Appended, SpecTests, failed, grade_edits

from mlptutor.grader.checks.cases import FIXED_ONLY


# the solution's early_stopping_restore calls early_stopping: a slip there shows in both functions


class TestEarlyStoppingSpec(SpecTests):
    exercise = "early_stopping"

    def test_fixed_curves_show_the_expected_epochs(self, named):
        row = failed(named["early-stopping-patience-off-by-one"], "behaviour")
        assert "a late improvement: returned (stop_epoch, best_epoch) = (6, 3), expected (5, 3)" in row.message

    def test_wrong_weights_are_told_apart_from_wrong_epochs(self, named):
        row = failed(named["early-stopping-last-weights"], "behaviour")
        assert "not the snapshot of the best epoch" in row.message
        # right on some of the course's scripted curves only (they are in the student release): those count once a
        # hidden curve is right (checks/cases.fixed_only)
        assert row.points == 0 and FIXED_ONLY in row.message

    def test_arguments_changed_in_place_are_told(self, grader):
        """Every call's val_losses and weights are compared with what was sent (the scenarios' calls too)."""
        sorts = Appended("sorts", ("early_stopping",), """
            def early_stopping(val_losses, patience, min_delta=0.0):
                best, best_epoch, wait, stop = np.inf, 0, 0, len(val_losses) - 1
                for epoch, loss in enumerate(val_losses):
                    if loss < best - min_delta:
                        best, best_epoch, wait = loss, epoch, 0
                    else:
                        wait += 1
                    if wait >= patience:
                        stop = epoch
                        break
                val_losses[:] = val_losses[:stop + 1]  # the curve cut where training stopped
                return stop, best_epoch
        """)
        overwrites = Appended("overwrites", ("early_stopping_restore", "early_stopping"), """
            def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
                stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
                weights[-1] = weights[best_epoch]  # the best snapshot kept in the last slot
                return stop_epoch, best_epoch, weights[best_epoch]
        """)
        rows = grade_edits(grader, "early_stopping", [sorts, overwrites])
        assert "argument 1 (val_losses) was modified in place" in failed(rows["sorts"], "behaviour").message
        assert "argument 2 (weights) was modified in place" in failed(rows["overwrites"], "behaviour").message

    def test_an_epoch_that_is_no_int_is_named_with_its_type(self, grader):
        """A best epoch never set (the improvement test never holds) comes back as None: the row says which
        epoch and what it holds (relation:type), not only that epochs are ints."""
        never = Appended("never", ("early_stopping",), """
            def early_stopping(val_losses, patience, min_delta=0.0):
                best, best_epoch, wait = np.inf, None, 0
                for epoch, loss in enumerate(val_losses):
                    if loss < min_delta - best:
                        best, best_epoch, wait = loss, epoch, 0
                    else:
                        wait += 1
                    if wait >= patience:
                        return epoch, best_epoch
                return len(val_losses) - 1, best_epoch
        """)
        row = failed(grade_edits(grader, "early_stopping", [never])["never"], "behaviour")
        assert "the course's example, given twice: best_epoch has type NoneType, expected int (an epoch, 0-based)" in row.message
        assert row.mistake == "relation:type" and row.hint.startswith("best_epoch comes back as type NoneType")


def test_a_stopping_rule_slip_is_the_rule_with_its_slip_switched_on():
    """The rule's mistakes are _slip(flag), the rule with that flag (each lambda spelled the signature and its
    default again): one epoch late stops one epoch after the right rule, on a curve that turns up at epoch 2."""
    from mlptutor.grader.specs import early_stopping as spec
    from mlptutor.reference.early_stopping import early_stopping

    losses = [1.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
    assert spec._slip()(losses, 2) == early_stopping(losses, 2) == (3, 1)
    assert spec._slip(late=1)(losses, 2) == spec.PATIENCE_OFF_BY_ONE.variant(losses, 2) == (4, 1)


def test_the_patience_test_checked_first_is_the_code_its_edit_makes():
    """The variant is the edited solution's loop (the test at the top), patience 0 too: stopped at epoch 0 before
    counting it, where a shifted reference answer (stop + 1, clamped) said 1, or raised."""
    from spec_cases import source

    from mlptutor.grader.specs import early_stopping as spec

    code = {}
    exec(spec.EDITS["early-stopping-patience-checked-first"].apply(source("tests/solutions", "early_stopping")), code)
    curves = [([1.0, 0.9], 0), ([1.0, 0.9, 0.95, 0.96], 1), ([1.0, 0.9, 0.95, 0.96], 2), ([0.7], 2), ([], 1)]
    for losses, patience in curves:
        assert spec.PATIENCE_CHECKED_FIRST.variant(losses, patience) == code["early_stopping"](losses, patience)
    assert spec.PATIENCE_CHECKED_FIRST.variant([1.0, 0.9], 0) == (0, 0)
