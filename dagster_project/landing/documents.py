"""Land narrative reports: read each document, extract its figures, review items and partner
mentions, and account for every file like the spreadsheet families do (quality.load_files)."""

from __future__ import annotations

from pathlib import Path

from dagster_project.documents.extract import Extraction, extract_figures
from dagster_project.documents.partners import find_partner_mentions
from dagster_project.documents.reader import DOCUMENT_SUFFIXES, Block, DocumentText, read_document
from dagster_project.landing.engine import FamilyLoader, SheetOutcome
from dagster_project.parsing.text_files import UnreadableFileError

DOCUMENT_SHEET = "document"


def _title(document: DocumentText) -> str | None:
    """The line after "BÁO CÁO" when there is one, else the first line of real length."""
    blocks = list(document.blocks)
    for index, block in enumerate(blocks[:-1]):
        if block.text.strip("*# ").upper() == "BÁO CÁO":
            return blocks[index + 1].text.strip("*# ")[:300]
    for block in blocks:
        if len(block.text) > 20:
            return block.text.strip("*# ")[:300]
    return None


class DocumentLoader(FamilyLoader):
    """The family loader with documents in place of sheets: one landing row per figure,
    review item and partner mention; the block (paragraph, table row, footnote) is the sheet
    and its number the row number."""

    def _land_file(self, path: Path, source: str, sha: str) -> None:
        if not self._claim_file(path, source, sha, DOCUMENT_SUFFIXES, "narrative reports (use .docx, .txt or .md)"):
            return
        try:
            document = read_document(path)
        except UnreadableFileError as error:
            self._reject_file(source, sha, str(error))
            return
        except Exception as error:  # noqa: BLE001 - a broken file must not stop the other files
            self._reject_file(source, sha, f"it could not be read ({type(error).__name__}: {error})")
            return
        try:
            extraction = extract_figures(document)
            mentions = find_partner_mentions(document)
        except Exception as error:  # noqa: BLE001 - reported as this file's problem, never a traceback
            self._reject_file(
                source, sha, f"its figures could not be extracted ({type(error).__name__}: {error}); please report this"
            )
            return
        self._add_rows(source, sha, document, extraction, mentions)

    def _append(self, table: str, values: dict, source: str, sha: str, block: Block | None) -> None:
        sheet, number = (block.kind, block.number) if block else (DOCUMENT_SHEET, 1)
        row_key = self._row_key(table, {**values, "_source_file": source})
        self.batch.records[table].append(self._with_provenance(values, source, sha, sheet, number, row_key))

    def _add_rows(self, source: str, sha: str, document: DocumentText, extraction: Extraction, mentions) -> None:
        self._append(
            "documents",
            {
                "title": _title(document),
                "report_period_code": extraction.period_code,
                "period_evidence": extraction.period_evidence,
                "document_text": document.text,
                "char_count": len(document.text),
                "block_count": len(document.blocks),
            },
            source,
            sha,
            None,
        )
        for figure in extraction.figures:
            self._append(
                "document_figures",
                {
                    "period_code": figure.period_code,
                    "indicator_code": figure.indicator_code,
                    "value": figure.value,
                    "unit": figure.unit,
                    "qualifier": figure.qualifier,
                    "value_as_written": figure.value_as_written,
                    "source_excerpt": figure.excerpt,
                    "char_start": figure.char_start,
                    "char_end": figure.char_end,
                    "excerpt_start": figure.excerpt_start,
                    "period_evidence": figure.period_evidence,
                    "extraction_rule": figure.rule,
                },
                source,
                sha,
                figure.block,
            )
        for item in extraction.review:
            self._append(
                "document_review",
                {
                    "reason": item.reason,
                    "candidate_indicators": item.candidates or None,
                    "period_code": item.period_code,
                    "value": item.value,
                    "unit": item.unit,
                    "qualifier": item.qualifier,
                    "value_as_written": item.value_as_written,
                    "source_excerpt": item.excerpt,
                    "char_start": item.char_start,
                    "char_end": item.char_end,
                    "excerpt_start": item.excerpt_start,
                },
                source,
                sha,
                item.block,
            )
        blocks = document.blocks
        for mention in mentions:
            block = next((b for b in blocks if b.start <= mention.start < b.end + 2), None)
            self._append(
                "document_partner_mentions",
                {
                    "name_as_written": mention.name_as_written,
                    "found_by": mention.found_by,
                    "char_start": mention.start,
                    "char_end": mention.end,
                },
                source,
                sha,
                block,
            )
        found, review = len(extraction.figures), len(extraction.review)
        # Every figure-like candidate lands: certain ones in document_figures, the others in
        # document_review; numbers no indicator counts (set apart by the extractor) are only counted.
        outcome = SheetOutcome(
            source, sha, DOCUMENT_SHEET, "document_figures", rows_raw=found + review, rows_landed=found + review
        )
        if review or not extraction.period_code:
            set_aside = len(extraction.set_aside)
            outcome.message = (
                f"{source}: {found} figure(s) read, {review} sent to quality.extraction_review"
                + (f", {set_aside} number(s) no indicator counts set apart (not queued)" if set_aside else "")
                + ("" if extraction.period_code else f"; report period unknown ({extraction.period_evidence})")
                + "."
            )
        self.batch.sheets.append(outcome)
