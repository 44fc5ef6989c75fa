"""The question bank: question folders, variants, sheets in every format, practice and quiz grading.

The core (questions -> variants -> answers):
    loader.py         find, load and validate question folders (questions/<id>/)
    variants.py       Variant and Quiz records (variants.json): one question for one student
    templating.py     the Jinja environment and filters (num, vec, mat, options), escapers per format
    drawing.py        random parameters as a student sees them (for the questions' params.py)
    numbered.py       numbered anonymous students (--variants); the roster is mlptutor/roster.py
    assembly.py       which questions each sheet gets (--count by topic and difficulty, --shuffle)
    commands.py       `mlptutor quiz` (and the `quiz grade` / `quiz preview` wiring)
    options.py        a bad numeric option of quiz or practice as one line naming it
    answers.py, notation.py   checking one answer; paper notation read as formulas
    counts.py         a count written as the rounding of a quotient, ceil(7229/50)
    typed.py          what pasting and LaTeX add to a typed answer, taken off first
    columns.py        a column of the judge's message about a formula, counted in the answer as typed
    responses.py, grading.py, results.py   `quiz grade`: the CSV line by line, grading, grades.csv and feedback
    practice.py, mastery.py   the terminal tutor and per-topic mastery and progress

render/: a quiz as documents
    markup.py         the Markdown subset of the templates, parsed into a small tree
    mathml.py         LaTeX math -> MathML
    markdown_html.py  Markdown + math -> HTML (MathML, or TeX math for the LMS exports)
    markdown_tex.py   Markdown + math -> LaTeX
    plaintext.py      Markdown + math -> terminal text (practice, preview)
    keyformat.py      how the key prints answers and tolerances; the rounding rule
    documents.py      HTML / LaTeX / Markdown sheets and the answer key (sheet_templates/)
    pdf.py            the LaTeX sheets compiled by a TeX engine
    answer_grid.py    the compact answer grid (one row per student, one column per answer)
    sheets.py         variants.json plus the requested formats, each folder swapped in whole
    preview.py        `mlptutor quiz preview`: one variant and its key in the terminal

lms/: the LMS imports, graded like the sheet
    shared.py         a variant as parts an LMS can grade one at a time
    moodle.py, qti.py Moodle XML and Canvas QTI exports
"""
