"""Moodle XML export: out/moodle/<quiz id>.xml, importable under Question bank > Import > Moodle XML.

Layout: a category "$course$/top/<quiz title>" for the quiz and one
sub-category per question ("Q1 count-parameters") holding every student's
variant of it, so a Moodle quiz draws "a random question" from each.
Question types: numerical (tolerance = the key's absolute half-width
max(atol, rtol |key|)), multichoice (single answer), shortanswer (symbolic
answers, matched as written) and cloze (vectors, matrices and questions with
several answers: one NUMERICAL/MULTICHOICE/SHORTANSWER blank per entry). The
worked solution is the general feedback.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from question_bank import lms
from question_bank.variants import Quiz, Variant

__all__ = ["moodle_xml", "write_moodle"]

PENALTY = "0.3333333"
_CLOZE_SPECIALS = re.compile(r'([}#~/"\\])')


def _text(parent: ET.Element, tag: str, text: str, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    ET.SubElement(element, "text").text = text
    return element


def _category(root: ET.Element, path: str) -> None:
    question = ET.SubElement(root, "question", {"type": "category"})
    _text(question, "category", f"$course$/top/{path}")


def _cloze_escape(text: str) -> str:
    return _CLOZE_SPECIALS.sub(r"\\\1", text)


def _literal(text: str) -> str:
    # "*" is a wildcard in Moodle's short-answer matching; a formula's product sign must match itself
    return text.replace("*", r"\*")


def _blanks(variant: Variant, spec: dict) -> str:
    """The cloze blanks of one answer, as HTML."""
    value = variant.answers[spec["name"]]
    if spec["type"] == "choice":
        options = sorted(variant.params["options"])
        choices = "~".join(("=" if key == value else "") + _cloze_escape(lms.option_html(variant, key)) for key in options)
        return "{1:MULTICHOICE:" + choices + "}"
    if spec["type"] == "symbolic":
        return "{1:SHORTANSWER:=" + _literal(_cloze_escape(str(value))) + "}"
    blanks = [(where, "{1:NUMERICAL:=" + key + f":{tol:.10g}" + "}") for where, key, tol in lms.entries(spec, value)]
    if spec["type"] == "numeric":
        return blanks[0][1]
    return "<br/>".join(f"{where}: {blank}" for where, blank in blanks)


def _cloze_text(variant: Variant) -> str:
    parts = [lms.statement_html(variant)]
    for spec in variant.answer_specs:
        label = lms.label_html(spec)
        parts.append(f"<p>{label}:<br/>{_blanks(variant, spec)}</p>")
    return "\n".join(parts)


def _answer(question: ET.Element, text: str, fraction: str = "100", fmt: str = "moodle_auto_format") -> ET.Element:
    answer = _text(question, "answer", text, fraction=fraction, format=fmt)
    _text(answer, "feedback", "", format="html")
    return answer


def _question(root: ET.Element, number: int, variant: Variant) -> None:
    kind = lms.kind(variant)
    moodle_type = {"numerical": "numerical", "choice": "multichoice", "text": "shortanswer", "multipart": "cloze"}[kind]
    question = ET.SubElement(root, "question", {"type": moodle_type})
    _text(question, "name", lms.item_name(number, variant))
    text = _cloze_text(variant) if kind == "multipart" else lms.statement_html(variant)
    _text(question, "questiontext", text, format="html")
    _text(question, "generalfeedback", lms.solution_html(variant), format="html")
    if kind != "multipart":  # a cloze question's grade is the sum of its blanks
        ET.SubElement(question, "defaultgrade").text = f"{variant.points:g}"
    ET.SubElement(question, "penalty").text = PENALTY
    ET.SubElement(question, "hidden").text = "0"
    ET.SubElement(question, "idnumber").text = lms.identifier(variant.quiz, variant.student, variant.question)
    if kind == "multipart":
        return
    spec = variant.answer_specs[0]
    value = variant.answers[spec["name"]]
    if kind == "numerical":
        ((_, key, tol),) = lms.entries(spec, value)
        ET.SubElement(_answer(question, key), "tolerance").text = f"{tol:.10g}"
        ET.SubElement(question, "unitgradingtype").text = "0"
        ET.SubElement(question, "unitpenalty").text = "0.1000000"
        ET.SubElement(question, "showunits").text = "3"
        ET.SubElement(question, "unitsleft").text = "0"
    elif kind == "choice":
        for tag, setting in (("single", "true"), ("shuffleanswers", "false"), ("answernumbering", "none")):
            ET.SubElement(question, tag).text = setting
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            _text(question, tag, "", format="html")
        for key in sorted(variant.params["options"]):
            _answer(question, lms.option_html(variant, key), "100" if key == value else "0", "html")
    else:
        ET.SubElement(question, "usecase").text = "0"
        _answer(question, _literal(str(value)))


def moodle_xml(quiz: Quiz) -> str:
    """The Moodle XML text of a quiz (deterministic: no dates, fixed order)."""
    root = ET.Element("quiz")
    for number, question_id in enumerate(quiz.questions, start=1):
        # Moodle reads "/" as a category separator and "//" as a literal slash
        _category(root, quiz.title.replace("/", "//") + f"/Q{number} {question_id}")
        for variant in (v for v in quiz.variants if v.question == question_id):
            _question(root, number, variant)
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_moodle(quiz: Quiz, out: Path) -> list[Path]:
    """Write out/moodle/<quiz id>.xml."""
    path = Path(out) / "moodle" / f"quiz-{quiz.quiz}.xml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(moodle_xml(quiz), encoding="utf-8")
    return [path]
