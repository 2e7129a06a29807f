"""A narrative report made from plain text, one paragraph per non-empty line, for tests."""

from dagster_project.documents.reader import Block, DocumentText


def document_from_text(text: str) -> DocumentText:
    blocks, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block("paragraph", len(blocks) + 1, offset, line))
        offset += len(line) + 1
    return DocumentText(text, tuple(blocks))
