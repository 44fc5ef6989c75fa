"""Canvas QTI 1.2 export: out/qti/quiz-<quiz id>.zip, importable under Settings > Import course content > QTI .zip.

The zip holds, like Canvas's own exports:
    imsmanifest.xml                        an IMS content package listing the two files below
    <assessment id>/<assessment id>.xml    the assessment (questestinterop, QTI 1.2)
    <assessment id>/assessment_meta.xml    Canvas's quiz settings (title, points, attempts)

Items are graded as `quiz grade` grades the sheet (question_bank.lms.shared):
- numerical_question: accepted when lo <= x <= hi (<vargte>, <varlte>),
  [lo, hi] = the exact key -/+ max(atol, rtol |key|);
- multiple_choice_question;
- a question with several parts (vectors, matrices, several answers) is
  split into one item per part, since a Canvas item holds one number; each
  part's points are its share of the question's points;
- a formula: an essay_question marked as graded by `mlptutor quiz grade`
  from the exported responses (Canvas cannot judge formulas).
A question that fits one item (one number, one choice, one formula) is a
question group ("pick 1") holding every student's variant; the item title
names the sheet it was made for ("Q1 activation-derivative-formula · s3"),
which is the `variant` column of a formula's row for `quiz grade`. A split
question cannot be a group (Canvas would draw its parts from different
variants): it is the variant of the quiz's first sheet, the same for
everyone, and its section title names that sheet. Sheets drawn by a
blueprint (`quiz --count`) get a group per slot instead (shared.groups); a
slot no group can stand for (questions of other points, a split question, a
slot drawn twice a sheet) is the first sheet's questions of it, for everyone.

The zip is deterministic: fixed member order and dates, no timestamps. The
assessment's identifier hashes the seed, title, questions and students:
Canvas's import updates the quiz imported under the same identifier (the same
quiz made again), never another quiz of the same seed and title.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from mlptutor.question_bank.lms import shared
from mlptutor.question_bank.variants import Quiz, Variant

__all__ = ["assessment_xml", "write_qti", "single_item"]

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
MANIFEST_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
_TYPES = {"number": "numerical_question", "choice": "multiple_choice_question", "formula": "essay_question"}


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def _material(parent: ET.Element, html: str, texttype: str = "text/html") -> None:
    _sub(_sub(parent, "material"), "mattext", html, texttype=texttype)


def _metadata(parent: ET.Element, fields: dict[str, str]) -> None:
    metadata = _sub(parent, "qtimetadata")
    for label, entry in fields.items():
        field = _sub(metadata, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _score(processing: ET.Element, condition: ET.Element, amount: str) -> None:
    respcondition = _sub(processing, "respcondition", **{"continue": "No"})
    respcondition.append(condition)
    _sub(respcondition, "setvar", amount, action="Set", varname="SCORE")


def _condition(*children: ET.Element) -> ET.Element:
    condition = ET.Element("conditionvar")
    condition.extend(children)
    return condition


def _compare(tag: str, response: str, value: str) -> ET.Element:
    element = ET.Element(tag, {"respident": response})
    element.text = value
    return element


def _numerical(presentation: ET.Element, processing: ET.Element, variant: Variant, part: shared.Part) -> None:
    response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
    _sub(_sub(response, "render_fib", fibtype="Decimal"), "response_label", ident="answer1")
    both = ET.Element("and")
    both.extend([_compare("vargte", "response1", shared.decimal(part.value - part.tolerance)),
                 _compare("varlte", "response1", shared.decimal(part.value + part.tolerance))])
    either = ET.Element("or")
    either.extend([_compare("varequal", "response1", shared.decimal(part.value)), both])
    _score(processing, _condition(either), "100")


def _choice(presentation: ET.Element, processing: ET.Element, variant: Variant, part: shared.Part) -> None:
    response = _sub(presentation, "response_lid", ident="response1", rcardinality="Single")
    render = _sub(response, "render_choice")
    for key in sorted(variant.params["options"]):
        _material(_sub(render, "response_label", ident=f"option_{key}"), shared.option_html(variant, key))
    # several options may be right (accepted_keys): one condition each, as Canvas writes a numerical's several answers;
    # its importer takes one option of each condition (the first of an <or>: the other right option scored 0)
    for key in part.value:
        _score(processing, _condition(_compare("varequal", "response1", f"option_{key}")), "100")


def _essay(presentation: ET.Element, processing: ET.Element, variant: Variant, part: shared.Part) -> None:
    response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
    _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")


def _item(section: ET.Element, title: str, ident: str, variant: Variant, part: shared.Part, text: str,
          points: str) -> None:
    item = _sub(section, "item", ident=ident, title=title)
    _metadata(_sub(item, "itemmetadata"), {"question_type": _TYPES[part.kind], "points_possible": points})
    presentation = _sub(item, "presentation")
    asks = f"{part.label} {part.where}".strip() if part.where else part.label
    extra = f"<p>{shared.GRADED_BY_MLPTUTOR}</p>" if part.kind == "formula" else ""
    _material(presentation, f"{text}\n<p>{asks}</p>{extra}")
    processing = _sub(item, "resprocessing")
    _sub(_sub(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    general = _sub(processing, "respcondition", **{"continue": "Yes"})  # show the worked solution after any answer
    _sub(_sub(general, "conditionvar"), "other")
    _sub(general, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    {"number": _numerical, "choice": _choice, "formula": _essay}[part.kind](presentation, processing, variant, part)
    feedback = _sub(item, "itemfeedback", ident="general_fb")
    _material(_sub(feedback, "flow_mat"), shared.solution_html(variant))


def single_item(variant: Variant) -> bool:
    """Whether Canvas can hold the whole variant in one item (one number, one choice or one formula)."""
    return len(shared.parts(variant)) == 1


def _one_group(variants: list[Variant], pick: int) -> bool:
    """Whether one pick-1 group can stand for a slot drawn `pick` times a sheet: once a sheet (Canvas could draw one
    question twice), no question split into items, and one points_per_item for all."""
    return pick == 1 and all(map(single_item, variants)) and len({v.points for v in variants}) == 1


def _canvas_groups(quiz: Quiz) -> list[list[str]]:
    """The questions of each pick-1 group of the Canvas quiz (shared.groups); a slot no group can stand for is the
    first sheet's questions of it, a group each, as a split question is the first sheet's variant: every student gets
    them, and the quiz has the sheets' count of questions and the first sheet's points."""
    found = []
    for group in shared.groups(quiz):
        if _one_group([v for v in quiz.variants if v.question in group.questions], group.pick):
            found.append(group.questions)
        else:
            found += [[question_id] for question_id in group.first]
    return found


def _question(top: ET.Element, quiz: Quiz, number: int, question_ids: list[str]) -> None:
    variants = [v for v in quiz.variants if v.question in question_ids]
    if single_item(variants[0]):
        group = _sub(top, "section", ident=shared.identifier(quiz.quiz, *question_ids),
                     title=f"Q{number} {', '.join(question_ids)}")
        selection = _sub(_sub(group, "selection_ordering"), "selection")
        _sub(selection, "selection_number", "1")
        _sub(_sub(selection, "selection_extension"), "points_per_item", shared.decimal(variants[0].points))
        for variant in variants:
            (part,), (points,) = shared.parts(variant), shared.decimal_weights(variant)
            ident = shared.identifier(variant.quiz, variant.student, variant.question)
            _item(group, shared.item_name(number, variant), ident, variant, part, shared.statement_html(variant),
                  points)
        return
    variant, (question_id,) = variants[0], question_ids
    section = _sub(top, "section", ident=shared.identifier(quiz.quiz, question_id),
                   title=f"Q{number} {question_id} (variant {variant.student})")
    statement = shared.statement_html(variant)
    all_parts = shared.parts(variant)
    for index, (part, points) in enumerate(zip(all_parts, shared.decimal_weights(variant)), start=1):
        title = f"{shared.item_name(number, variant)} part {index} of {len(all_parts)}"
        _item(section, title, shared.identifier(variant.quiz, variant.student, question_id, str(index)),
              variant, part, statement if index == 1 else f"<p>Q{number}, continued:</p>\n{statement}", points)


def assessment_xml(quiz: Quiz, ident: str) -> str:
    """The QTI 1.2 assessment document of a quiz: a pick-1 group or a split section per question."""
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    assessment = _sub(root, "assessment", ident=ident, title=quiz.title)
    _metadata(assessment, {"cc_maxattempts": "1"})
    top = _sub(assessment, "section", ident="root_section")
    for number, question_ids in enumerate(_canvas_groups(quiz), start=1):
        _question(top, quiz, number, question_ids)
    return _document(root)


def _meta_xml(quiz: Quiz, ident: str) -> str:
    root = ET.Element("quiz", {"identifier": ident, "xmlns": CANVAS_NS})
    points = sum(v.points for v in quiz.variants if v.student == quiz.students[0].id)
    for tag, text in (
        ("title", quiz.title), ("description", ""), ("shuffle_answers", "false"),
        ("scoring_policy", "keep_highest"), ("quiz_type", "assignment"), ("points_possible", shared.decimal(round(points, 6))),
        ("allowed_attempts", "1"), ("show_correct_answers", "false"), ("available", "false"),
    ):
        _sub(root, tag, text)
    return _document(root)


def _manifest_xml(ident: str) -> str:
    root = ET.Element("manifest", {"identifier": f"{ident}_manifest", "xmlns": MANIFEST_NS})
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    quiz = _sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2", href=f"{ident}/{ident}.xml")
    _sub(quiz, "file", href=f"{ident}/{ident}.xml")
    _sub(quiz, "dependency", identifierref=f"{ident}_meta")
    meta_href = f"{ident}/assessment_meta.xml"
    meta = _sub(resources, "resource", identifier=f"{ident}_meta",
                type="associatedcontent/imscc_xmlv1p1/learning-application-resource", href=meta_href)
    _sub(meta, "file", href=meta_href)
    return _document(root)


def _document(root: ET.Element) -> str:
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_qti(quiz: Quiz, out: Path) -> list[Path]:
    """Write out/qti/quiz-<quiz id>.zip."""
    # Canvas's import updates the quiz it imported under the same identifier: another quiz of the same seed and title
    # (other questions, a make-up's students) replaced the one students had taken
    ident = shared.identifier("assessment", quiz.quiz, quiz.title, *quiz.questions, *(s.id for s in quiz.students))
    members = {
        "imsmanifest.xml": _manifest_xml(ident),
        f"{ident}/{ident}.xml": assessment_xml(quiz, ident),
        f"{ident}/assessment_meta.xml": _meta_xml(quiz, ident),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    path = Path(out) / "qti" / f"quiz-{quiz.quiz}.zip"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return [path]
