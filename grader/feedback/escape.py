"""Escaping of student-controlled text, one function per target; every renderer goes through these.

Student text is anything a submission decides: its printed output, error and
exception messages, function and file names, student ids. None of it may
act as markup or as a terminal command where it is shown:

- `visible`: terminal text. Control characters (C0 but newline and tab, DEL,
  C1, hence every ANSI CSI/OSC sequence, backspace, carriage return, bell),
  bidi embeddings/overrides/isolates, line/paragraph separators and the
  invisible format characters (zero-width space, soft hyphen, Unicode tags;
  not the joiners Persian and Indic names need) are shown as `\\x1b`, `\\u202e`, `\\u200b`, ... so a fake line
  cannot overwrite or reorder a real one, nor carry text no reader sees;
  so are lone surrogates (a file name that is not UTF-8), which no file or
  terminal can encode.
  Every other target applies it first: a .md file is printed by `check --format
  md` and read with `cat`, and bidi overrides reorder text in a browser too.
- `md_text`: Markdown inline text (table cells, list items, headings): markup
  characters backslash-escaped (so no raw HTML, link, emphasis or `|` cell
  break), a leading block marker escaped, newlines become spaces.
- `md_code`: a Markdown code span; `md_fence`: a fenced block whose fence is
  longer than any backtick run in the content, so the content cannot close it.
- `html_text`: HTML text and attribute values (`&<>"'` escaped).
- `csv_cell`: a spreadsheet cell that cannot start a formula.
"""

from __future__ import annotations

import re
from functools import lru_cache, wraps
from html import escape as _html_escape

# C0 controls but \t and \n, DEL, C1 controls; bidi marks, embeddings, overrides, isolates; U+2028/2029; surrogates;
# the invisible format characters (soft hyphen, zero-width space, word joiner and invisible operators, BOM, Unicode
# tags: text no reader sees, which a fake name or message carries along); not the zero-width (non-)joiners, which
# Persian and Indic names need
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff\U000e0000-\U000e007f]")


def _shown(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """`text` with every control, bidi and separator character written out (`\\x1b`); newlines and tabs kept."""
    # most texts hold none: a search costs less than a sub with a function (html_text of a row's short texts
    # 1.33 -> 0.89 us; a submission's feedback files make some 2,600 of these calls)
    return _HIDDEN.sub(_shown, text) if _HIDDEN.search(text) else text


def visible_line(text: str) -> str:
    """`visible(text)` with newlines and tabs written out too: text meant to stay on one line."""
    return visible(text).replace("\n", "\\n").replace("\t", "\\t")


def _kept(escape):
    """`escape` remembering its results for short texts. A feedback file's texts repeat within it and from one
    student's to the next (names, kinds, hints, the messages of passing rows): the Markdown and HTML files of a
    report of the twelve 2.0 -> 1.1 ms of CPU (100 reports of bulk_grade.py's class, in-process, 2026-12-05); a long
    text (the output) is escaped each time, so the cache holds at most a few MB whatever the students print."""
    remembered = lru_cache(maxsize=2048)(escape)

    @wraps(escape)
    def escaped(text: str) -> str:
        return remembered(text) if len(text) <= 300 else escape(text)
    return escaped


# each markup character backslash-escaped by a translation, the block start by a match, not two regex subs with
# templates (md_text of a row's short texts 9.8 -> 4.0 us; a submission's Markdown file 1.8 -> 1.0 ms of CPU)
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>#|~!&$"})
_MD_BLOCK_START = re.compile(r"(\s*\d*)([-+=>]|(?<=\d)[.)])")  # list, setext underline, quote, ordered list


@_kept
def md_text(text: str) -> str:
    """`text` as Markdown inline text on one line: no markup of its own, safe in a GFM table cell."""
    flat = " ".join(visible(text).splitlines()).translate(_MD_SPECIAL)
    start = _MD_BLOCK_START.match(flat)
    return flat if start is None else f"{start[1]}\\{start[2]}{flat[start.end():]}"


def _longest_run(text: str, char: str) -> int:
    if char not in text:  # most texts: no search
        return 0
    runs = re.findall(re.escape(char) + "+", text)
    return max(map(len, runs), default=0)


@_kept
def md_code(text: str) -> str:
    """`text` as a Markdown code span on one line (also safe in a GFM table cell: `|` escaped)."""
    flat = " ".join(visible(text).splitlines()).replace("|", "\\|")
    ticks = "`" * (_longest_run(flat, "`") + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{ticks}{pad}{flat}{pad}{ticks}"


def md_fence(text: str) -> list[str]:
    """The lines of a fenced code block holding `text`; its fence outruns every backtick run in `text`."""
    shown = visible(text)
    fence = "`" * max(3, _longest_run(shown, "`") + 1)
    return [fence, shown, fence]


@_kept
def html_text(text: str) -> str:
    """`text` for HTML content or a quoted attribute value."""
    return _html_escape(visible(text), quote=True)


# what a spreadsheet may read as the start of a formula: = + - @, a tab or CR before one, and the full-width
# ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which spreadsheets with East Asian input may take for the ASCII ones
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: str) -> str:
    """A text cell a spreadsheet will not run as a formula (CSV injection: "=HYPERLINK(...)")."""
    return "'" + value if value.startswith(_FORMULA_START) else value
