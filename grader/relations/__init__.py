"""The relation finder: when a function's values are off and no catalogued mistake explains them, say
how the student's values relate to the right ones, from the failing calls' evidence alone.

Families, tried from the most specific to the most general, each per leaf of
the result (dW of (dA, dW, db)), each claimed only when it holds on every
piece of evidence (the right value cannot satisfy it: a leaf is explained
only where it is off):

    dtype        the right numbers as booleans or integers             entries.dtype
    stale        an earlier call's value returned again, or added    stale.stale
                 onto (the job's calls run in order in one child)
                 a sum over every earlier call kept, or decayed        carried.carried
    constant     one number everywhere (0, NaN): no input dependence  entries.constant
    argument     an argument (or a part of one) returned as it came   arguments.returned_argument
    float32      right to float32 precision only                     entries.float32
    factor       times -1, 2, 1/2, N, 1/N, K, 1/K, N/K, an argument   entries.factor
    transpose    the transpose (times a named factor)                 layout.transpose
    reshape      the right numbers in another shape                   layout.reshape
    axis         one number: the sum (mean, max) of the right array   layout.reduced
    entry        the right value of another entry of the result      layout.entry
    axis         the reference along another axis, or batch-wide      layout.axis
    argument /   the reference on another argument (sigmoid'(sigmoid  arguments.arguments
    missing-term (z))), arguments swapped, one set to 0 (a term
                 missing), doubled, negated, ...; another function
    norm         a number per call: another measure of an argument    norms.norm
    factor       times m / (m + eps), m a measure of an argument:     norms.eps_denominator
                 an eps added in a denominator
    rounding     a ratio of two number arguments rounded another way  norms.rounding
                 (round or floor where the ceiling is due)
                 (the max |entry|, L1, squared L2, per-array norms)
    quotient     a numerical derivative by another difference quotient quotients.quotients
                 of the function argument (one-sided, over h, another
                 step); a check built on one, rerun so       quotients.within
    term /       the right result with one of the terms its spec      terms.terms
    missing-term states left out, negated, doubled or halved
    term         the stated terms each times its own constant (one     coefficients.fitted_terms
                 fitted on every call): a constant inside a term off
    formula      a typed formula: the answer with one edit (a factor   formula.formula
                 or term left out, a sign, a power, a constant)
    factor       times an argument, entry by entry                    entries.entrywise
    factor       times B(x) / A(x), two forms of an argument x (x, -x,  swapped.swapped_factor
                 1 - x, 1 + x): a factor written in another form
    argument     an argument times a named factor (z / 2 for gelu)     scaled.scaled_argument
    added-       the right one plus c times an argument, c one         added.added_argument
    argument     constant (a weight decay of one's own in a backward)
    square /     the square or square root; the reciprocal             entries.square
    reciprocal
    rows         rows or columns shifted, reversed or permuted, the   layout.rows
                 numbers laid out transposed or in another order
    sign         the right magnitudes, some signs flipped             entries.sign
    offset       plus a constant, a constant per row, or -1, 1/2 or   entries.offset
                 2 times the right one plus a constant
    affine       a number per call: a * the right one + b, one a and  entries.affine
                 b for every call (epochs counted from 1, in steps of 2)
    factor       a sequence times a c^i: a factor in every step        entries.geometric
    skipped      right but the first or last entry, 0: a loop one     entries.skipped
                 entry short
    draws        a random result of the right distribution, but not   draws.draws
                 the draws of the generator passed in
    intermediate a value the right computation reaches on its way     intermediates.intermediate
                 (a step after it missing)
    reduction    the reference with one of its sums (np.sum, sum)     reductions.reductions
                 taken as a mean or a max, a mean or max as a sum
    some-rows    wrong only for batch size 1, where the input is      subsets.some_rows
                 negative/zero, on large inputs, on one class
    factor       times one unnamed constant, on two calls at least    entries.constant_factor
    factor       times one number per row (a normalisation)          entries.row_factor
    some-rows    right only on large inputs, wrong on ordinary ones   subsets.large_only

A result judged as a whole comes first: a list grown across calls, each call's result the previous one's
and then the right entries (stale.grown); mini-batches of indices cut from the
right shuffled order in the wrong places, or in another order, or with
repeats (outcomes.batches); batches of rows (X_b, Y_b) holding the right rows in another order
(reordered.batch_rows); a sequence of the right entries with some added or missing at one
end (lengths.lengths); the right numbers of the result's parts read as one vector and moved a place or two
across them, (dw, db) split from a packed [w; b] at the wrong index (unrolled.unrolled).

`find(setting, evidence)` returns the Relation of the first leaf that is off
and explained (a weak one, true of the value but not of why, only when no
other leaf has a relation on as many calls), its line mentioning other leaves
that are off too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations.added import added_argument
from mlptutor.grader.relations.arguments import arguments, returned_argument, whole_changed
from mlptutor.grader.relations.base import Relation, also_off, listed
from mlptutor.grader.relations.changes import Memo
from mlptutor.grader.relations.coefficients import fitted_terms
from mlptutor.grader.relations.draws import draws
from mlptutor.grader.relations.entries import (affine, constant, constant_factor, dtype, entrywise, factor, float32, geometric,
                                               offset, row_factor, sign, skipped, square)
from mlptutor.grader.relations.norms import eps_denominator, norm, rounding
from mlptutor.grader.relations.outcomes import batches
from mlptutor.grader.relations.reductions import reductions
from mlptutor.grader.relations.reordered import batch_rows
from mlptutor.grader.relations.quotients import quotients, within
from mlptutor.grader.relations.layout import axis, entry, reduced, reshape, rows, transpose
from mlptutor.grader.relations.digits import digits
from mlptutor.grader.relations.formula import formula
from mlptutor.grader.relations.intermediates import intermediate
from mlptutor.grader.relations.lengths import lengths
from mlptutor.grader.relations.scaled import scaled_argument
from mlptutor.grader.relations.stale import grown, stale
from mlptutor.grader.relations.carried import carried
from mlptutor.grader.relations.subsets import large_only, some_rows
from mlptutor.grader.relations.swapped import swapped_factor
from mlptutor.grader.relations.terms import terms
from mlptutor.grader.relations.unrolled import unrolled
from mlptutor.grader.relations.values import (ANY, Budget, Item, Leaf, Setting, few_counts, items_of, leaf_views, off,
                                              overlap, wrong_kind)

__all__ = ["Budget", "Relation", "Setting", "find", "explain_leaf"]

_PLAIN = (dtype, returned_argument, stale, carried, constant, float32, factor, transpose, reshape, reduced, entry)
_CHANGED = (axis, arguments)
_WHOLE = (grown, batches, batch_rows, lengths, unrolled)
_GENERAL = (norm, eps_denominator, rounding, quotients, within, terms, fitted_terms, formula, entrywise,
            swapped_factor, scaled_argument, added_argument, square, rows, sign, offset, affine, geometric, skipped)
_RANDOM = (draws,)  # it runs the reference once per seed; before the families that say only where or how much
_TRACED = (intermediate,)  # one more run of the reference, watched: after every family that says more
# a reduction taken as another reruns the reference a dozen times: after every family that costs less
_LAST = (reductions, some_rows, constant_factor, row_factor, large_only, digits)


def explain_leaf(leaf: Leaf, setting: Setting, memo: Memo | None = None) -> Relation | None:
    """The first relation family, most specific first, that explains this (off) leaf."""
    memo = memo or Memo()
    for family in _PLAIN:
        if relation := family(leaf, setting):
            return relation
    for family in _CHANGED:
        if relation := family(leaf, setting, memo):
            return relation
    for family in _GENERAL:
        if relation := family(leaf, setting):
            return relation
    for family in _RANDOM + _TRACED:
        if relation := family(leaf, setting, memo):
            return relation
    for family in _LAST:
        if relation := family(leaf, setting):
            return relation
    return None


def find(setting: Setting, evidence: Sequence[Evidence]) -> Relation | None:
    """How the student's values relate to the reference's on `evidence`, or None (nothing off, or nothing simple)."""
    memo = Memo()
    if setting.budget is None:  # reruns of the reference on changed arguments are bounded (values.Budget)
        setting = replace(setting, budget=Budget())
    items = items_of(setting, list(evidence))
    setting = replace(setting, pick=items[0].pick) if items else setting
    if any(_empty(item) for item in items):  # a call without rows has no entries, sizes or means to relate
        if relation := _empty_only(items, setting):
            return relation
        items = [item for item in items if not _empty(item)]
    for family in _WHOLE:
        if items and (relation := family(items, setting)):
            return relation
    memo.leaves = leaf_views(items)
    off = [leaf for leaf in memo.leaves if leaf.is_off]
    if items and any(not leaf.numeric for leaf in off):  # another structure: the whole result may be an argument
        whole = returned_argument(Leaf((), tuple(items), (), (), ()), setting) or whole_changed(items, setting, memo)
        if whole is not None:
            return whole
    found = _not_by_chance(setting, [(leaf, explain_leaf(leaf, setting, memo)) for leaf in off])
    first = next(((leaf, r) for leaf, r in found if r is not None), None)
    if first is None:
        return None
    if first[1].weak:  # another leaf's relation on as many calls says why (a wrong norm, not the argument it left)
        first = next(((leaf, r) for leaf, r in found if r is not None and not r.weak
                      and len(leaf.items) >= len(first[0].items)), first)
    leaf, relation = first
    how = _without(relation.title, setting.label(leaf.path))
    found = _mentioned(found, leaf)
    same = [setting.label(l.path) for l, r in found if r is not None and r.kind == relation.kind
            and _without(r.title, setting.label(l.path)) == how]
    other = [setting.label(l.path) for l, r in found if setting.label(l.path) not in same]
    if len(same) > 2:
        line = relation.line + f"; so are {listed(same)}"
    else:
        line = relation.line + (f"; so is your {' and '.join(same)}" if same else "")
    return replace(relation, line=line + also_off(other))


def _mentioned(found: list[tuple[Leaf, Relation | None]], leaf: Leaf) -> list[tuple[Leaf, Relation | None]]:
    """The other off leaves a relation of `leaf` mentions, each of its numbers once: none of `leaf`'s own (a field of
    a list's entries and its entries', values.overlap); a field's entries' leaves only by the field, once a field
    is said (the fields of the entries' leaves are none of what a leaf of one entry says)."""
    rest = [(l, r) for l, r in found if l is not leaf and not overlap(l.path, leaf.path)]
    if ANY not in leaf.path:
        return [(l, r) for l, r in rest if ANY not in l.path]
    said = [l.path for l, _ in rest if ANY in l.path]
    return [(l, r) for l, r in rest if ANY in l.path or not any(overlap(l.path, p) for p in said)]


# kinds a few small counts still show: their type, where they are off (the last position of a list argument)
_STRUCTURAL = ("dtype", "some-rows")


def _not_by_chance(setting: Setting, found: list[tuple[Leaf, Relation | None]]) -> list[tuple[Leaf, Relation | None]]:
    """The leaves' relations, without those between a few small counts (few_counts, over every leaf the relation
    explains alike: the loop one layer short gives the layer widths, weights and totals, many different counts;
    "times 1/N" fits one epoch's 4 mistakes where 1 is due, and "half" the next epoch's, by chance)."""
    said = [(leaf, r.kind, _without(r.title, setting.label(leaf.path))) for leaf, r in found if r is not None]

    def by_chance(leaf, relation):
        if relation is None or relation.kind in _STRUCTURAL or not few_counts([leaf]):  # then none of its group is
            return False
        how = next(h for l, _, h in said if l is leaf)
        return few_counts([l for l, kind, h in said if kind == relation.kind and h == how])
    return [(leaf, None if by_chance(leaf, r) else r) for leaf, r in found]


def _without(title: str, label: str) -> str:
    """A title with its leaf's label taken out, to compare what two leaves' relations say."""
    return re.sub(rf"(?<![\w']){re.escape(label)}(?![\w'])", "", title)


def _empty(item: Item) -> bool:
    """A call on an empty batch (N = 0 rows)."""
    return item.sizes[0] == 0


def _empty_only(items: list[Item], setting: Setting) -> Relation | None:
    """Wrong on the calls with an empty batch (N = 0) and right on every other call."""
    wrong_empty = False
    for leaf in leaf_views(items):
        for item, g, e, d, ed in zip(leaf.items, leaf.got, leaf.expected, leaf.dtypes, leaf.expected_dtypes):
            if g is None or bool(off(g, e).any()) or wrong_kind(d, ed):
                if not _empty(item):
                    return None
                wrong_empty = True
    if not wrong_empty:
        return None
    what = setting.label(())
    others = "" if all(_empty(item) for item in items) else " and right on the other inputs"
    return Relation("some-rows", f"your {what} is wrong on an empty batch (N = 0 rows){others}: with no rows there is "
                                 f"nothing to divide by N or average; return what the docstring gives for N = 0 (an "
                                 f"array with 0 rows of the right shape, or the stated value)",
                    f"the right {what} except on an empty batch")
