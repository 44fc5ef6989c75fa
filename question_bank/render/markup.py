"""Parse the Markdown subset of question templates into a small tree, shared by the HTML and LaTeX writers.

Blocks (tuples, first item the kind):
    ("heading", level, inlines)    "# Title" .. "###### Title"
    ("para", inlines)              lines up to a blank line
    ("math", tex)                  $$ ... $$ on lines of their own (may span lines)
    ("list", ordered, [inlines])   "- item" / "* item" / "1. item"; indented lines continue an item
    ("table", header, rows)        | a | b | with a |---|---| line; cells are inlines
    ("code", text)                 ``` fenced ```
Inlines:
    ("text", s)  ("math", tex, display)  ("code", s)  ("strong", inlines)  ("em", inlines)
Backslash escapes (\\$, \\*, \\_, ...) give the literal character, which is what
`templating.escape_md` produces for names from a roster.
"""

from __future__ import annotations

import re

__all__ = ["parse", "parse_inline"]

_INLINE = re.compile(
    r"""(?P<escape>\\[\\`*_{}\[\]()#+\-.!|<>$&~^%])
      |\$\$(?P<display>.+?)\$\$
      |\$(?P<math>[^$]+?)\$
      |`(?P<code>[^`]+)`
      |\*\*(?P<strong>.+?)\*\*
      |\*(?P<em>[^*\s](?:[^*]*[^*\s])?)\*""",
    re.S | re.X,
)
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_ITEM = re.compile(r"^\s{0,3}([-*+]|\d+[.)])\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def parse_inline(text: str) -> list[tuple]:
    """Inline nodes of one paragraph's text."""
    nodes: list[tuple] = []
    plain: list[str] = []
    position = 0
    for match in _INLINE.finditer(text):
        plain.append(text[position:match.start()])
        position = match.end()
        kind = match.lastgroup
        value = match.group(kind)
        if kind == "escape":
            plain.append(value[1])
            continue
        if plain and "".join(plain):
            nodes.append(("text", "".join(plain)))
        plain = []
        if kind in ("display", "math"):
            nodes.append(("math", value.strip(), kind == "display"))
        elif kind == "code":
            nodes.append(("code", value))
        else:
            nodes.append((kind, parse_inline(value)))
    plain.append(text[position:])
    if "".join(plain):
        nodes.append(("text", "".join(plain)))
    return nodes


def _cells(line: str) -> list[list[tuple]]:
    inner = line.strip().removeprefix("|").removesuffix("|")
    return [parse_inline(cell.strip()) for cell in re.split(r"(?<!\\)\|", inner)]


def _starts_block(lines: list[str], i: int) -> bool:
    line = lines[i]
    return (
        line.lstrip().startswith(("$$", "```"))
        or bool(_HEADING.match(line) or _ITEM.match(line))
        or (line.lstrip().startswith("|") and i + 1 < len(lines) and bool(_TABLE_RULE.match(lines[i + 1])))
    )


def _display_math(lines: list[str], i: int) -> tuple[tuple, int]:
    body = lines[i].strip()[2:]
    while not body.rstrip().endswith("$$"):
        i += 1
        if i == len(lines):
            raise ValueError("display math opened with $$ is never closed")
        body += "\n" + lines[i]
    return ("math", body.rstrip()[:-2].strip()), i + 1


def _list(lines: list[str], i: int) -> tuple[tuple, int]:
    ordered = _ITEM.match(lines[i]).group(1)[0].isdigit()
    items: list[str] = []
    while i < len(lines) and lines[i].strip():
        match = _ITEM.match(lines[i])
        if match:
            items.append(match.group(2))
        else:  # an indented or lazy line continues the item
            items[-1] += " " + lines[i].strip()
        i += 1
    return ("list", ordered, [parse_inline(item) for item in items]), i


def _table(lines: list[str], i: int) -> tuple[tuple, int]:
    header = _cells(lines[i])
    rows = []
    i += 2
    while i < len(lines) and lines[i].lstrip().startswith("|"):
        rows.append(_cells(lines[i]))
        i += 1
    return ("table", header, rows), i


def _code(lines: list[str], i: int) -> tuple[tuple, int]:
    end = i + 1
    while end < len(lines) and not lines[end].lstrip().startswith("```"):
        end += 1
    return ("code", "\n".join(lines[i + 1:end])), end + 1


def parse_markdown(text: str) -> list[tuple]:
    """Block nodes of a Markdown document (see the module docstring)."""
    lines = text.splitlines()
    blocks: list[tuple] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
        elif stripped.startswith("```"):
            block, i = _code(lines, i)
            blocks.append(block)
        elif stripped.startswith("$$"):
            block, i = _display_math(lines, i)
            blocks.append(block)
        elif heading := _HEADING.match(line):
            blocks.append(("heading", len(heading.group(1)), parse_inline(heading.group(2).strip())))
            i += 1
        elif _ITEM.match(line):
            block, i = _list(lines, i)
            blocks.append(block)
        elif stripped.startswith("|") and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            block, i = _table(lines, i)
            blocks.append(block)
        else:
            start = i
            i += 1
            while i < len(lines) and lines[i].strip() and not _starts_block(lines, i):
                i += 1
            blocks.append(("para", parse_inline("\n".join(lines[start:i]))))
    return blocks
