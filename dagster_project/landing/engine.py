"""Land a family of files (registers, reports): find each sheet's kind, convert its rows,
and account for every row: raw rows = landed + rejected, per file and sheet."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from dagster_project.landing.gc_pause import paused_garbage_collection
from dagster_project.landing.headers import HEADER_SEARCH_ROWS, closest_table, find_header
from dagster_project.landing.reports import finalize_reported_row
from dagster_project.landing.reuse import DUPLICATE_REASON_PREFIX, PreviousLanding
from dagster_project.landing.rows import (
    CellProblem,
    RowConverter,
    amount_with_currency,
    is_blank,
    known_transaction_kind,
)
from dagster_project.landing.sheets import (
    SheetReader,
    entries_above_header,
    fill_merged,
    is_summary_sheet,
    title_lines,
    title_values,
)
from dagster_project.landing.specs import TableSpec
from dagster_project.landing.vocabulary import VOCABULARY_PATH
from dagster_project.landing.workbooks import READABLE_SUFFIXES, Sheet, file_sha256, read_sheets
from dagster_project.parsing.dates import date_hint
from dagster_project.parsing.text import normalize_label
from dagster_project.parsing.text_files import UnreadableFileError
from dagster_project.parsing.vn_numbers import Amount

RowRule = Callable[[dict[str, object]], list[CellProblem]]


def _cash_needs_amount(values: dict[str, object]) -> list[CellProblem]:
    if normalize_label(values.get("support_form")).startswith("tien") and values.get("amount") is None:
        return [CellProblem("amount", None, "cash support needs a value")]
    return []


def _lao_support_rules(values: dict[str, object]) -> list[CellProblem]:
    return amount_with_currency(values) + _cash_needs_amount(values)


def _aid_transaction_rules(values: dict[str, object]) -> list[CellProblem]:
    return amount_with_currency(values) + known_transaction_kind(values)


ROW_RULES: dict[str, RowRule] = {
    "aid_transactions": _aid_transaction_rules,
    "lao_support": _lao_support_rules,
    "reported_indicators": finalize_reported_row,
}


@dataclass
class SheetOutcome:
    source_file: str
    file_sha256: str
    sheet: str
    target_table: str | None
    rows_raw: int = 0
    rows_landed: int = 0
    rows_rejected: int = 0
    status: str = "landed"
    message: str = ""
    rows_structure: int = 0


# Sheet outcomes that mean data the department keeps could not be read, or a total the clerk
# typed that the rows contradict: they block publishing, since publishing then would silently drop
# rows from the warehouse or publish a figure its own register disputes.
BLOCKING_STATUSES = {"rejected_file", "unrecognised_sheet", "total_mismatch"}


# What a file landed on its own does not bring to its family's batch: the family's own facts.
_NOT_JOINED = frozenset({"family", "run_id", "records", "parser_version", "reused_files", "reused_from"})


@dataclass
class LandingBatch:
    family: str
    run_id: str
    records: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    rejected_rows: list[dict[str, object]] = field(default_factory=list)
    sheets: list[SheetOutcome] = field(default_factory=list)
    parser_version: str = ""
    # Unchanged files whose rows are copied from the published warehouse instead of re-read.
    reused_files: list[tuple[str, str]] = field(default_factory=list)
    reused_from: str | None = None
    # How each sheet was read (quality.sheet_columns), its structure rows (quality.structure_rows)
    # and the totals typed in it (quality.total_checks).
    sheet_columns: list[dict[str, object]] = field(default_factory=list)
    structure_rows: list[dict[str, object]] = field(default_factory=list)
    total_checks: list[dict[str, object]] = field(default_factory=list)
    cell_notes: list[dict[str, object]] = field(
        default_factory=list
    )  # optional cells landed empty (quality.cell_notes)

    def join(self, other: LandingBatch) -> None:
        """Add what another batch of the same family landed (one file read on its own)."""
        for table, records in other.records.items():
            self.records.setdefault(table, []).extend(records)
        for item in fields(self):
            if item.name not in _NOT_JOINED:
                getattr(self, item.name).extend(getattr(other, item.name))

    @property
    def messages(self) -> list[str]:
        return [sheet.message for sheet in self.sheets if sheet.message]

    def blocking_messages(self, max_reject_share: float) -> list[str]:
        """File-level rejections, and files whose share of rejected rows is above the limit."""
        messages = [sheet.message for sheet in self.sheets if sheet.status in BLOCKING_STATUSES]
        per_file: dict[str, list[int]] = {}
        for sheet in self.sheets:
            raw_and_rejected = per_file.setdefault(sheet.source_file, [0, 0])
            raw_and_rejected[0] += sheet.rows_raw - sheet.rows_structure  # structure rows are not entries
            raw_and_rejected[1] += sheet.rows_rejected
        for source, (raw, rejected) in per_file.items():
            if raw and rejected / raw > max_reject_share:
                messages.append(
                    f"{source}: {rejected} of {raw} rows rejected ({rejected / raw:.0%}), more than the "
                    f"{max_reject_share:.0%} allowed; fix the file or raise WAREHOUSE_MAX_REJECT_SHARE."
                )
        return messages


def list_input_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.rglob("*") if path.is_file() and not path.name.startswith(("~$", ".")))


INPUT_FOLDERS = ("registers", "reports", "documents")
_DATA_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".csv", ".docx", ".txt", ".md"}


def stray_input_files(raw_root: Path) -> list[str]:
    """Data files under raw/ that no family reads (raw/doan_ra.xlsx, raw/So theo doi/x.xlsx):
    publishing without them would silently drop their rows."""
    return [
        path.relative_to(raw_root).as_posix()
        for path in list_input_files(raw_root)
        if path.suffix.lower() in _DATA_SUFFIXES
        and path.relative_to(raw_root).parts[0] not in INPUT_FOLDERS
        and not path.name.upper().startswith("README")
    ]


@dataclass
class FileLanding:
    """One file landed on its own (in this process or beside it): its batch, and the rows it saw
    first (row key -> file, sheet, row), to be joined to its family's in the files' order."""

    batch: LandingBatch
    row_origins: dict[str, tuple[str, str, int]]
    claimed: bool  # read as a file of the family (not skipped for its kind)


@lru_cache(maxsize=256)
def _key_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The columns a row key is made of, sorted: every row of a table has the same ones."""
    return tuple(sorted(name for name in names if name != "sample_label"))


class FamilyLoader:
    def __init__(
        self,
        family: str,
        specs: tuple[TableSpec, ...],
        raw_root: Path,
        run_id: str,
        loaded_at: dt.datetime,
        pii_key: bytes,
        parser_version: str = "",
        previous: PreviousLanding | None = None,
    ):
        self.batch = LandingBatch(family, run_id, {spec.name: [] for spec in specs}, parser_version=parser_version)
        # How to make this loader again for one file, here or in the landing worker.
        self.arguments = {
            "family": family,
            "specs": specs,
            "raw_root": raw_root,
            "run_id": run_id,
            "loaded_at": loaded_at,
            "pii_key": pii_key,
            "parser_version": parser_version,
        }
        self.previous = previous
        self.specs = specs
        self.raw_root = raw_root
        self.run_id = run_id
        self.loaded_at = loaded_at
        self.converter = RowConverter(loaded_at.date(), pii_key)
        self.files_by_hash: dict[str, str] = {}
        # Content of every landed row -> where it was first seen, to catch a row typed in two files.
        self.row_origins: dict[str, tuple[str, str, int]] = {}

    def land(
        self,
        paths: Iterable[Path],
        on_file: Callable[[int, int], None] | None = None,
        beside: Callable[[FamilyLoader, list[tuple[Path, str, str]]], list[Callable[[], FileLanding | None] | None]]
        | None = None,
    ) -> LandingBatch:
        """Land the files in their order. ``beside`` (landing/beside.py) may land some of them on
        their own first, side by side; each is then joined as if read here in its turn."""
        with paused_garbage_collection():
            return self._land(paths, on_file, beside)

    def land_alone(self, path: Path, source: str, sha: str) -> FileLanding:
        """The file landed by a fresh loader of this family, as if it were the only file."""
        loader = type(self)(**self.arguments)
        with paused_garbage_collection():
            loader._land_file(path, source, sha)
        return FileLanding(loader.batch, loader.row_origins, sha in loader.files_by_hash)

    def _join(self, landing: FileLanding, source: str, sha: str) -> bool:
        """Join a file landed on its own; False (nothing joined) when one of its rows was first
        seen in another file, which only a reading against the earlier files reports."""
        origins = self.row_origins
        if any(key in origins and origins[key][0] != source for key in landing.row_origins):
            return False
        if landing.claimed:
            self.files_by_hash[sha] = source
        for key, origin in landing.row_origins.items():
            origins.setdefault(key, origin)
        self.batch.join(landing.batch)
        return True

    def _land(self, paths: Iterable[Path], on_file, beside) -> LandingBatch:
        to_read = []
        # Rows already published are registered first, so a new file's copy of one of them is the duplicate.
        for path in paths:
            source, sha = self._relative(path), file_sha256(path)
            if self.previous is not None and (source, sha) in self.previous.sheets and sha not in self.files_by_hash:
                self._reuse_file(source, sha)
            else:
                to_read.append((path, source, sha))
        landed_alone = beside(self, to_read) if beside is not None else [None] * len(to_read)
        for number, ((path, source, sha), landing) in enumerate(zip(to_read, landed_alone, strict=True), start=1):
            alone = landing() if landing is not None else None
            if alone is None or sha in self.files_by_hash or not self._join(alone, source, sha):
                self._land_file(path, source, sha)
            if on_file:
                on_file(number, len(to_read))
        return self.batch

    def _reuse_file(self, source: str, sha: str) -> None:
        self.files_by_hash[sha] = source
        self.batch.reused_files.append((source, sha))
        self.batch.reused_from = str(self.previous.path)
        for sheet in self.previous.sheets[(source, sha)]:
            self.batch.sheets.append(
                SheetOutcome(
                    source,
                    sha,
                    sheet["sheet"],
                    sheet["target_table"],
                    sheet["rows_raw"],
                    sheet["rows_landed"],
                    sheet["rows_rejected"],
                    sheet["status"],
                    sheet["message"] or "",
                    sheet["rows_structure"] or 0,
                )
            )
        for key, sheet_name, number in self.previous.row_keys.get((source, sha), []):
            self.row_origins.setdefault(key, (source, sheet_name, number))

    def _relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.raw_root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def _reject_file(self, source: str, sha: str, reason: str) -> None:
        self._note(source, sha, "", "rejected_file", f"{source}: file rejected: {reason}.")

    def _note(self, source: str, sha: str, sheet: str, status: str, message: str) -> None:
        self.batch.sheets.append(SheetOutcome(source, sha, sheet, None, status=status, message=message))

    def _claim_file(self, path: Path, source: str, sha: str, suffixes: set[str], what: str) -> bool:
        """False, with a note, for a file of another kind or a copy of a file already landed."""
        if path.suffix.lower() not in suffixes:
            self._note(source, sha, "", "skipped_file", f"{source}: skipped: '{path.suffix}' files are not {what}.")
            return False
        if sha in self.files_by_hash:
            first = self.files_by_hash[sha]
            self._note(
                source, sha, "", "duplicate_file", f"{source}: skipped: same content as {first}, which was landed."
            )
            return False
        self.files_by_hash[sha] = source
        return True

    def _land_file(self, path: Path, source: str, sha: str) -> None:
        if not self._claim_file(path, source, sha, READABLE_SUFFIXES, "tables (use .xlsx or .csv)"):
            return
        try:
            sheets = read_sheets(path)
        except UnreadableFileError as error:
            self._reject_file(source, sha, str(error))
            return
        recognised = 0
        for sheet in sheets:
            if not any(not is_blank(cell) for row in sheet.rows for cell in row):
                continue
            if sheet.hidden:
                self._note(
                    source,
                    sha,
                    sheet.name,
                    "hidden_sheet_skipped",
                    f"{source}, sheet '{sheet.name}': hidden sheet not read.",
                )
                continue
            header_rows = [list(row) for row in sheet.rows[: HEADER_SEARCH_ROWS + 2]]
            fill_merged(header_rows, sheet.merged, rows_to=HEADER_SEARCH_ROWS + 2)
            match = find_header(
                header_rows,
                self.specs,
                sheet.name,
                sheet.parts.hidden_columns,
                lambda spec, rows, first: title_values(spec, title_lines(rows, first)),
                sheet.merged,
            )
            if match is None:
                self._refuse_sheet(source, sha, sheet, header_rows)
                continue
            above = entries_above_header(sheet.rows, match.first_header_row)
            if above:
                self.batch.sheets.append(
                    SheetOutcome(
                        source,
                        sha,
                        sheet.name,
                        match.spec.name,
                        status="unrecognised_sheet",
                        message=(
                            f"{source}, sheet '{sheet.name}': rows {above[0]}-{above[-1]} above the header in row "
                            f"{match.first_header_row + 1} look like entries (two tables in one sheet?): not read, "
                            "so that none is dropped; give each table its own sheet, or the same header."
                        ),
                    )
                )
                continue
            recognised += 1
            self._land_sheet(source, sha, sheet, match)
        if recognised == 0 and not any(s.source_file == source for s in self.batch.sheets):
            self._reject_file(source, sha, "it has no visible sheet with data")

    def _refuse_sheet(self, source: str, sha: str, sheet: Sheet, header_rows: list[list[object]]) -> None:
        """A sheet no table fits: a summary made of formulas is skipped with a note; any other
        sheet blocks, naming the headers found and the nearest table with what it lacks."""
        # Formulas in two columns or more on most rows: sums of other sheets. A register whose only
        # formula is its row number (=A5+1) is not one.
        parts = sheet.parts
        if (
            len(parts.formula_columns) >= 2
            and len(parts.formula_rows) * 2 >= sum(1 for row in sheet.rows if any(not is_blank(c) for c in row)) - 3
        ):
            self._note(
                source,
                sha,
                sheet.name,
                "summary_sheet_skipped",
                f"{source}, sheet '{sheet.name}': made of formulas over other sheets "
                f"({len(parts.formula_cells)} cells); "
                "not read, its figures come from the sheets it sums.",
            )
            return
        if is_summary_sheet(sheet.name, header_rows, sheet.rows):
            self._note(
                source,
                sha,
                sheet.name,
                "summary_sheet_skipped",
                f"{source}, sheet '{sheet.name}': a summary (its name or title says so, and it dates no entry); "
                "not read, its figures are counted from the registers themselves.",
            )
            return
        closest = closest_table(header_rows, self.specs, sheet.name, sheet.parts.hidden_columns, sheet.merged)
        if closest is None:
            detail = f"no row of its first {HEADER_SEARCH_ROWS} rows names the columns of any table"
        else:
            found = ", ".join(f"'{text}'" for text in closest.headers if text)
            detail = (
                f"headers found in row {closest.header_row_index + 1}: {found}. Closest table: {closest.spec.title_vi} "
                f"({closest.spec.name}), missing {', '.join(closest.missing)}"
            )
        self.batch.sheets.append(
            SheetOutcome(
                source,
                sha,
                sheet.name,
                None,
                status="unrecognised_sheet",
                message=(
                    f"{source}, sheet '{sheet.name}': no header row matches a known table: {detail}. "
                    "If a header is another spelling of a column, "
                    f"add it to {VOCABULARY_PATH.name} (dagster_project/landing/)."
                ),
            )
        )

    def _with_provenance(self, values: dict, source: str, sha: str, sheet: str, row_number: int, row_key: str) -> dict:
        values.update(
            _source_file=source,
            _sheet=sheet,
            _row_number=row_number,
            _file_sha256=sha,
            _loaded_at=self.loaded_at,
            _run_id=self.run_id,
            _row_key=row_key,
        )
        return values

    @staticmethod
    def _row_key(table: str, values: dict) -> str:
        # (name, value) pairs in the order of their names (names are unique, so values never decide)
        content = (table, *[(name, str(values[name])) for name in _key_names(tuple(values))])
        return hashlib.sha256(repr(content).encode()).hexdigest()[:32]

    def _duplicate_of_other_file(self, row_key: str, source: str, sheet: str, row_number: int) -> list[CellProblem]:
        origin = self.row_origins.setdefault(row_key, (source, sheet, row_number))
        if origin[0] == source:
            return []
        return [
            CellProblem(
                "*", None, f"{DUPLICATE_REASON_PREFIX}{origin[0]}, sheet '{origin[1]}', row {origin[2]}: counted once"
            )
        ]

    @staticmethod
    def _date_hint(
        spec: TableSpec, cells: list[object], positions: dict[str, int], problems: list[CellProblem]
    ) -> str | None:
        """The period a quarantined row belongs to, read from its first required date (a row
        also landed from another file is counted there, so it has none)."""
        if any(problem.reason.startswith(DUPLICATE_REASON_PREFIX) for problem in problems):
            return None
        column = next((c.name for c in spec.landed_columns if c.kind == "date" and c.required), None)
        position = positions.get(column) if column else None
        return date_hint(cells[position]) if position is not None and position < len(cells) else None

    def _land_sheet(self, source: str, sha: str, sheet: Sheet, match) -> None:
        spec = match.spec
        reading = SheetReader(sheet, match, self.converter).read()
        outcome = SheetOutcome(
            source, sha, sheet.name, spec.name, rows_raw=reading.rows_raw, rows_structure=len(reading.structure)
        )
        where = {"family": self.batch.family, "_source_file": source, "_sheet": sheet.name, "target_table": spec.name}
        self.batch.sheet_columns += [{**where, **column} for column in reading.columns]
        self.batch.structure_rows += [{**where, **row} for row in reading.structure]
        self.batch.total_checks += [{**where, **check} for check in reading.total_checks]
        self.batch.cell_notes += [
            {
                **where,
                "_row_number": row_number,
                "column_name": note.column,
                "raw_value": str(note.raw_value),
                "reason": note.reason,
            }
            for row_number, note in reading.notes
        ]
        rule = ROW_RULES.get(spec.name)
        rejected_rows: dict[int, list[CellProblem]] = dict(reading.rejected)
        accepted: list[tuple[int, dict]] = []
        for row_number, values in reading.entries:
            problems = rule(values) if rule is not None else []
            row_key = self._row_key(spec.name, values)
            if not problems:
                problems = self._duplicate_of_other_file(row_key, source, sheet.name, row_number)
            if problems:
                rejected_rows.setdefault(row_number, []).extend(problems)
            else:
                accepted.append((row_number, values, row_key))
        for row_number, values, row_key in accepted:
            if row_number in rejected_rows:
                continue  # one key of a wide row failed: the whole row waits for the fix
            values = {name: value.value if isinstance(value, Amount) else value for name, value in values.items()}
            self.batch.records[spec.name].append(
                self._with_provenance(values, source, sha, sheet.name, row_number, row_key)
            )
        landed_rows = {row_number for row_number, _, _ in accepted if row_number not in rejected_rows}
        outcome.rows_landed = len(landed_rows)
        outcome.rows_rejected = len(rejected_rows)
        for row_number in sorted(rejected_rows):
            problems = rejected_rows[row_number]
            hint = self._date_hint(spec, sheet.rows[row_number - 1], match.column_positions, problems)
            if hint is None and not any(p.reason.startswith(DUPLICATE_REASON_PREFIX) for p in problems):
                hint = reading.context_years.get(row_number)
            for problem in problems:
                self.batch.rejected_rows.append(
                    {
                        "run_id": self.run_id,
                        **{k: v for k, v in where.items() if k != "target_table"},
                        "_row_number": row_number,
                        "target_table": spec.name,
                        "column_name": problem.column,
                        "raw_value": None if problem.raw_value is None else str(problem.raw_value),
                        "reason": problem.reason,
                        "date_hint": hint,
                    }
                )
        if match.inferred:
            headers = ", ".join(
                f"'{match.header_texts[match.column_positions[name]]}' as {name}" for name in match.inferred
            )
            outcome.message = (
                f"{source}, sheet '{sheet.name}': read {headers} from the column's values; add the spelling to "
                f"{VOCABULARY_PATH.name} to confirm it."
            )
        mismatches = [check for check in reading.total_checks if check["status"] == "mismatch"]
        if outcome.rows_rejected:
            outcome.status = "landed_with_rejections"
            outcome.message = (
                outcome.message
                + (" " if outcome.message else "")
                + (
                    f"{source}, sheet '{sheet.name}': {outcome.rows_rejected} of "
                    f"{outcome.rows_raw - outcome.rows_structure} rows rejected (see quality.rejected_rows)."
                )
            )
        if mismatches:
            outcome.status = "total_mismatch"
            outcome.message = "\n".join(
                f"{source}, sheet '{sheet.name}', row {check['_row_number']}: "
                f"the total typed for {check['column_name']} is "
                f"{check['typed_value']:f}, the entries above it add up to {check['entries_value']:f} "
                f"({check['whole_sheet_value']:f} for the whole sheet); correct the total or the rows."
                for check in mismatches
            ) + (f" {outcome.message}" if outcome.message else "")
        self.batch.sheets.append(outcome)
