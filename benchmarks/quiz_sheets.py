"""How fast does `mlptutor quiz` make sheets?

    python benchmarks/quiz_sheets.py [--students 300] [--questions ID,ID,...]

Prints
1. variants per second: make_variant (generate, solve with reference/, render
   both templates) over every question for a class of students;
2. the time for a full HTML sheet set for the class (variants.json, one page
   per student with MathML, the answer key), and its size on disk;
3. the same for the other text formats (md, tex, moodle, qti), each alone;
4. an assembled exam (--count half the questions, --shuffle) as a ratio of
   the plain quiz's variant time, measured in the same run.
PDF is not timed: it is bound by the TeX engine (about a second per document).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mlptutor.question_bank.assembly import assemble  # noqa: E402
from mlptutor.question_bank.loader import select_questions  # noqa: E402
from mlptutor.question_bank.numbered import numbered_students  # noqa: E402
from mlptutor.question_bank.render.sheets import write_quiz  # noqa: E402
from mlptutor.question_bank.variants import build_quiz  # noqa: E402


def _size(paths) -> str:
    return f"{sum(p.stat().st_size for p in paths) / 1e6:.1f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--questions", default="", help="comma-separated ids (default: every question)")
    args = parser.parse_args()
    questions = select_questions([q for q in args.questions.split(",") if q])
    students = numbered_students(args.students)

    start = time.perf_counter()
    quiz = build_quiz(questions, students, "benchmark")
    seconds = seconds_plain = time.perf_counter() - start
    count = len(quiz.variants)
    print(f"variants: {count} ({len(students)} students x {len(questions)} questions) in {seconds:.2f} s"
          f" = {count / seconds:,.0f} variants/s")

    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        written = write_quiz(build_quiz(questions, students, "benchmark"), ["html"], Path(out))
        seconds = time.perf_counter() - start
        print(f"html sheet set, {len(students)} students (variants + {len(written) - 1} files): {seconds:.2f} s,"
              f" {_size(written)}")
    for fmt in ("md", "tex", "moodle", "qti"):
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            written = write_quiz(quiz, [fmt], Path(out))
            print(f"{fmt:>6} from the variants: {time.perf_counter() - start:.2f} s, {_size(written)}")
    start = time.perf_counter()
    exam = assemble(questions, students, "benchmark", count=max(1, len(questions) // 2), shuffle=True)
    assembled = time.perf_counter() - start
    print(f"assembled exam ({len(exam.variants)} variants, --count {len(questions) // 2} --shuffle): {assembled:.2f} s"
          f" = {(assembled / len(exam.variants)) / (seconds_plain / count):.2f}x the plain quiz's time per variant")


if __name__ == "__main__":
    main()
