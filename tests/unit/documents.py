"""A narrative report made from plain text, one paragraph per non-empty line, for tests."""

from dagster_project.documents.reader import Block, DocumentText


def document_from_text(text: str) -> DocumentText:
    blocks, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block("paragraph", len(blocks) + 1, offset, line))
        offset += len(line) + 1
    return DocumentText(text, tuple(blocks))


def report_text(number: str, date: str, title: str, *lines: str) -> str:
    """A report of the department as a clerk types it: its header block, number, date line, title and lines."""
    body = "\n".join(lines)
    return f"UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: {number}/BC-SNgV\nHà Tĩnh, ngày {date}\nBÁO CÁO\n{title}\n{body}\n"


def text_file_figures(folder, number: str, date: str, title: str, body: str) -> set[tuple]:
    """(period, indicator, value) of every figure the extractor publishes from a report saved as a text file in
    ``folder`` (read as a file is, its lines wrapped and framed as written), addressed to the province."""
    from dagster_project.documents.extract import extract_figures
    from dagster_project.documents.reader import read_document

    path = folder / f"bao_cao_{number}.txt"
    path.write_text(f"{report_text(number, date, title)}\nKính gửi: Ủy ban nhân dân tỉnh.\n\n{body}", encoding="utf-8")
    return {(f.period_code, f.indicator_code, f.value) for f in extract_figures(read_document(path)).figures}


def extract_text(text: str):
    """What the extractor makes of a report written as plain text."""
    from dagster_project.documents.extract import extract_figures

    return extract_figures(document_from_text(text))


def published_figures(text: str) -> set[tuple]:
    """(period, indicator, value, qualifier) of every figure the extractor publishes."""
    return {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in extract_text(text).figures}


def figure_keys(extraction) -> set[tuple]:
    """(period, indicator, value) of every figure an extraction publishes."""
    return {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}


def not_published_reasons(text: str) -> dict[str, str]:
    """The reason of every number sent to review or set apart, by the value as written."""
    extraction = extract_text(text)
    return {item.value_as_written: item.reason for item in extraction.review + extraction.set_aside}


def word_report(
    path, before: list[str], rows: list[tuple[str, ...]], after: list[str] = (), next_tables: list[list[tuple]] = ()
):
    """What the extractor makes of a Word report: paragraphs, one table (and ``next_tables`` right after it, nothing
    written between), paragraphs (saved at ``path``)."""
    import docx

    from dagster_project.documents.extract import extract_figures
    from dagster_project.documents.reader import read_document

    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    for table_rows in [rows, *next_tables]:
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for row, values in enumerate(table_rows):
            for column, value in enumerate(values):
                table.cell(row, column).text = value
    for line in after:
        document.add_paragraph(line)
    document.save(path)
    return extract_figures(read_document(path))


def text_report(folder, name: str, text: str):
    """What the extractor makes of a report written as a file of its own (``name`` says its kind: .txt, .md)."""
    from dagster_project.documents.extract import extract_figures
    from dagster_project.documents.reader import read_document

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return extract_figures(read_document(path))
