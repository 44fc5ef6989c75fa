"""Helpers shared by the quiz tests."""

import re
import subprocess

from mlptutor.question_bank.render import pdf


def overfull_boxes(engine: str, source: str, folder) -> list[tuple[float, str]]:
    """The lines TeX reports running into the margin when `engine` typesets the LaTeX `source` in `folder`
    (made here): how many points each, and the start of its text from the log."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "doc.tex").write_text(source, encoding="utf-8")
    subprocess.run([*pdf.ENGINES[engine], "doc.tex"], cwd=folder, capture_output=True, check=True,
                   stdin=subprocess.DEVNULL, timeout=300)
    log = (folder / "doc.log").read_text(encoding="utf-8", errors="replace")
    return [(float(size), text[:160])
            for size, text in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)[^\n]*\n(.*?)\n\s*\n", log, re.S)]
