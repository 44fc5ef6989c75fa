"""Moodle XML export: out/moodle/<quiz id>.xml, importable under Question bank > Import > Moodle XML.

Layout: a category "$course$/top/<quiz title>" for the quiz and one
sub-category per question ("Q1 count-parameters") holding every student's
variant of it, so a Moodle quiz draws "a random question" from each. Sheets
drawn by a blueprint (`quiz --count`) have one sub-category per slot
("Q1 concepts, 1 a sheet") holding one per question drawn for it, so the
quiz draws that many random questions from the slot's, subcategories
included (a category per question gave each student every question drawn
for anyone).

Every question is graded as `quiz grade` grades the sheet (question_bank.lms.shared):
- numerical: the exact key with tolerance max(atol, rtol |key|); Moodle
  accepts x when key - tolerance <= x <= key + tolerance;
- multichoice (single answer);
- cloze (vectors, matrices, several answers): one {w:NUMERICAL:=key:tolerance}
  or {w:MULTICHOICE:...} blank per part, the integer weights w in the
  proportions of `quiz grade`'s partial credit. Moodle's import takes a cloze
  question's mark from the sum of its weights (qtype_multianswer ignores
  defaultgrade), which is the points when they divide evenly among the
  parts, else a multiple of them: the quiz slot's mark sets the scale;
- stack (any formula): a STACK question (the qtype_stack plugin), one input
  per part, one potential response tree per part with the part's weight:
  AlgEquiv for a formula (algebraic equivalence; sigmoid is defined in the
  question variables, as is a function the statement names, g(x):=tanh(x),
  each listed in the input's allowed words: STACK forbids question variables'
  names and unknown names of more than two letters in an answer otherwise),
  NumAbsolute with the tolerance for a number.
defaultgrade is the sheet's points (what Moodle uses for every type but
cloze). The worked solution is the general feedback.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from mlptutor.question_bank.lms import shared
from mlptutor.question_bank.loader import QuestionError
from mlptutor.question_bank.variants import Quiz, Variant

__all__ = ["moodle_xml", "write_moodle", "maxima"]

PENALTY = "0.3333333"
_CLOZE_SPECIALS = re.compile(r'([}#~/"\\])')
# the course's functions Maxima lacks, defined in every STACK question's variables
MAXIMA_DEFINITIONS = "sigmoid(x):=1/(1+exp(-x));"


def _text(parent: ET.Element, tag: str, text: str, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    ET.SubElement(element, "text").text = text
    return element


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _category(root: ET.Element, path: str) -> None:
    question = ET.SubElement(root, "question", {"type": "category"})
    _text(question, "category", f"$course$/top/{path}")


def _cloze_escape(text: str) -> str:
    return _CLOZE_SPECIALS.sub(r"\\\1", text)


def maxima(formula: str) -> str:
    """A formula of the bank (Python operators) in Maxima's syntax: ** is ^."""
    return formula.replace("**", "^")


def _asks(part: shared.Part) -> str:
    return f"{part.label} {part.where}".strip() if part.where else part.label


def _blank(variant: Variant, part: shared.Part, weight: int) -> str:
    if part.kind == "choice":
        options = sorted(variant.params["options"])
        choices = "~".join(("=" if key in part.value else "") + _cloze_escape(shared.option_html(variant, key))
                           for key in options)
        return f"{{{weight}:MULTICHOICE:{choices}}}"
    return f"{{{weight}:NUMERICAL:={shared.decimal(part.value)}:{shared.decimal(part.tolerance)}}}"


def _cloze_text(variant: Variant) -> str:
    blanks = [f"<p>{_asks(part)}: {_blank(variant, part, weight)}</p>"
              for part, weight in zip(shared.parts(variant), shared.integer_weights(variant))]
    return "\n".join([shared.statement_html(variant), *blanks])


def _answer(question: ET.Element, text: str, fraction: str = "100", fmt: str = "moodle_auto_format") -> ET.Element:
    answer = _text(question, "answer", text, fraction=fraction, format=fmt)
    _text(answer, "feedback", "", format="html")
    return answer


def _stack_node(prt: ET.Element, part: shared.Part, input_name: str) -> None:
    node = ET.SubElement(prt, "node")
    _sub(node, "name", "0")
    if part.kind == "formula":
        test, answer, options = "AlgEquiv", maxima(part.value), ""
    else:
        test, answer, options = "NumAbsolute", shared.decimal(part.value), shared.decimal(part.tolerance)
    for tag, value in (("answertest", test), ("sans", input_name), ("tans", answer), ("testoptions", options),
                       ("quiet", "0"), ("truescoremode", "="), ("truescore", "1"), ("truepenalty", ""),
                       ("truenextnode", "-1"), ("trueanswernote", f"{input_name}-T")):
        _sub(node, tag, value)
    _text(node, "truefeedback", "", format="html")
    for tag, value in (("falsescoremode", "="), ("falsescore", "0"), ("falsepenalty", ""), ("falsenextnode", "-1"),
                       ("falseanswernote", f"{input_name}-F")):
        _sub(node, tag, value)
    _text(node, "falsefeedback", "", format="html")


def _stack(question: ET.Element, variant: Variant) -> str:
    """The inputs and response trees of a STACK question; returns the question text with the input places."""
    places, feedback, parts = [], [], shared.parts(variant)
    if any(p.kind == "choice" for p in parts):
        raise QuestionError(f"question {variant.question} mixes a choice with a formula: the Moodle export "
                            "holds formulas as STACK questions, which have no choice part here")
    defined = sorted({f for part in parts for f in part.functions})
    _text(question, "questionvariables", MAXIMA_DEFINITIONS + "".join(f"{name}(x):={is_}(x);" for name, is_ in defined))
    allowed = ",".join(["sigmoid", *(name for name, _ in defined)])
    # the settings of STACK's own sample questions (samplequestions/*.xml), spelled out rather than defaulted
    for tag, value in (("questionsimplify", "1"), ("assumepositive", "0"), ("multiplicationsign", "dot"),
                       ("sqrtsign", "1"), ("complexno", "i")):
        _sub(question, tag, value)
    for tag in ("prtcorrect", "prtpartiallycorrect", "prtincorrect"):
        _text(question, tag, "", format="html")
    for number, (part, weight) in enumerate(zip(parts, shared.integer_weights(variant)), start=1):
        name, tree = f"ans{number}", f"prt{number}"
        places.append(f"<p>{_asks(part)}: [[input:{name}]] [[validation:{name}]]</p>")
        feedback.append(f"[[feedback:{tree}]]")
        item = ET.SubElement(question, "input")
        input_type = "algebraic" if part.kind == "formula" else "numerical"
        tans = maxima(part.value) if part.kind == "formula" else shared.decimal(part.value)
        for tag, value in (("name", name), ("type", input_type), ("tans", tans), ("boxsize", "20"),
                           ("strictsyntax", "1"), ("insertstars", "1"), ("syntaxhint", ""), ("forbidwords", ""),
                           ("allowwords", allowed), ("forbidfloat", "0"), ("requirelowestterms", "0"),
                           ("checkanswertype", "0"), ("mustverify", "1"), ("showvalidation", "1")):
            _sub(item, tag, value)
        prt = ET.SubElement(question, "prt")
        _sub(prt, "name", tree)
        _sub(prt, "value", str(weight))
        _sub(prt, "autosimplify", "1")
        _text(prt, "feedbackvariables", "")
        _stack_node(prt, part, name)
    _text(question, "specificfeedback", " ".join(feedback), format="html")
    return "\n".join([shared.statement_html(variant), *places])


def _question(root: ET.Element, number: int, variant: Variant) -> None:
    kind = shared.kind(variant)
    moodle_type = {"numerical": "numerical", "choice": "multichoice", "formula": "stack", "multipart": "cloze"}[kind]
    question = ET.SubElement(root, "question", {"type": moodle_type})
    _text(question, "name", shared.item_name(number, variant))
    text_element = _text(question, "questiontext", "", format="html")
    _text(question, "generalfeedback", shared.solution_html(variant), format="html")
    _sub(question, "defaultgrade", f"{variant.points:g}")
    _sub(question, "penalty", PENALTY)
    _sub(question, "hidden", "0")
    _sub(question, "idnumber", shared.identifier(variant.quiz, variant.student, variant.question))
    text = shared.statement_html(variant)
    if kind == "multipart":
        text = _cloze_text(variant)
    elif kind == "formula":
        text = _stack(question, variant)
    elif kind == "numerical":
        (part,) = shared.parts(variant)
        _sub(_answer(question, shared.decimal(part.value)), "tolerance", shared.decimal(part.tolerance))
        for tag, value in (("unitgradingtype", "0"), ("unitpenalty", "0.1000000"), ("showunits", "3"),
                           ("unitsleft", "0")):
            _sub(question, tag, value)
    else:
        (part,) = shared.parts(variant)
        for tag, setting in (("single", "true"), ("shuffleanswers", "false"), ("answernumbering", "none")):
            _sub(question, tag, setting)
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            _text(question, tag, "", format="html")
        for key in sorted(variant.params["options"]):
            _answer(question, shared.option_html(variant, key), "100" if key in part.value else "0", "html")
    text_element.find("text").text = text


def moodle_xml(quiz: Quiz) -> str:
    """The Moodle XML text of a quiz (deterministic: no dates, fixed order)."""
    root = ET.Element("quiz")
    for number, (question_ids, pick, _) in enumerate(shared.groups(quiz), start=1):
        for question_id in question_ids:
            variants = [v for v in quiz.variants if v.question == question_id]
            # a slot's questions in sub-categories of its own (--count), the quiz drawing `pick` from them all
            slot = f"Q{number} {variants[0].topic}, {pick} a sheet/" if len(question_ids) > 1 else f"Q{number} "
            # Moodle reads "/" as a category separator and "//" as a literal slash
            _category(root, quiz.title.replace("/", "//") + f"/{slot}{question_id}")
            for variant in variants:
                _question(root, number, variant)
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_moodle(quiz: Quiz, out: Path) -> list[Path]:
    """Write out/moodle/<quiz id>.xml."""
    path = Path(out) / "moodle" / f"quiz-{quiz.quiz}.xml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(moodle_xml(quiz), encoding="utf-8")
    return [path]
