"""A column in the judge's message about a formula, counted in what the student typed.

The judge reads the formula after it was rewritten (question_bank/typed.py, notation.py): 'σ(z)(1−σ(z)))' is
judged as 'sigmoid(z)*(1-sigmoid(z)))', and its columns count that text ("the ')' at column 26 closes no '('" of a
13-character answer). The scan of brackets counts the rewritten text as given; Python's parser counts its canonical
spelling with '^' written '**' (grader/symbolic_worker.py). Each character of that text is aligned with the typed
one (the longest common runs, as difflib finds them): a column of a matched character becomes its column in the
typed text; one the rewriting added ('*' between factors) becomes the column after the typed character before it.
The typed text from that column is quoted, so the student sees the spot in their own words.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from mlptutor.grader.symbolic_worker import canonical

__all__ = ["typed_columns"]

_SCAN = re.compile(r"at column (\d+)")  # the bracket scan's, in the judged text
_PARSER = re.compile(r"\(column (\d+)\)")  # Python's parser's, in the canonical text with ** for ^
_ALIKE = str.maketrans("−·×⋅", "-***")  # one character for one: the typed text's indices stay
QUOTED = 12  # characters of the typed text quoted from the column


def _typed_index(index: int, judged: str, typed: str) -> int:
    """The index in `typed` of the character at `index` of `judged` (module docstring)."""
    at = 0
    for a, b, size in SequenceMatcher(None, judged, typed.translate(_ALIKE), autojunk=False).get_matching_blocks():
        if a <= index < a + size:
            return b + index - a
        if a + size <= index:
            at = b + size
    return min(at, max(len(typed) - 1, 0))


def typed_columns(message: str, judged: str, typed: str) -> str:
    """`message` about the formula `judged` (what `typed` was rewritten to) with its column counted in `typed`."""
    typed = typed.strip()
    if found := _SCAN.search(message):  # it names the character itself: "the ')' at column 13 ..."
        index = _typed_index(int(found[1]) - 1, judged.strip(), typed)
        return f"{message[: found.start()]}at column {index + 1} of your answer{message[found.end() :]}"
    if found := _PARSER.search(message):
        index = _typed_index(int(found[1]) - 1, _parsed(judged), typed)
        spot = typed[index : index + QUOTED] + ("..." if len(typed) > index + QUOTED else "")
        return f"{message[: found.start()]}(column {index + 1} of your answer: {spot!r}){message[found.end() :]}"
    return message


def _parsed(judged: str) -> str:
    """The text Python's parser was given (grader/symbolic_worker.parse)."""
    try:
        return canonical(judged).replace("^", "**")
    except Exception:  # a text the tokenizer cannot take was refused before parsing: no parser column to count
        return judged.strip()
