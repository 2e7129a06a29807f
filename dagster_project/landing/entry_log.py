"""What a sheet's reading keeps of its entry rows for the totals typed among them: each row's
numbers, its words, and running sums of the numbers."""

from __future__ import annotations

from decimal import Decimal

from dagster_project.parsing.text import normalize_label

_ZERO = Decimal(0)


def entry_words(cells: list[object]) -> set[str]:
    """The normalised texts of a row's cells, which a total's label may name (``Cộng cam kết``)."""
    return {label for label in map(normalize_label, (cell for cell in cells if isinstance(cell, str))) if label}


class EntryLog:
    """The rows below a header that are entries or rows in quarantine, in order: the numbers of
    each entry by column position (None for a row in quarantine), and the sums of every number
    column (and the count of entries, position -1) at each boundary (the sheet's start, a section,
    a total), so a total is checked against any earlier start in one step. A row's words are
    normalised only when a total's label names what it adds up, which most sheets never do."""

    def __init__(self):
        self.numbers: list[dict[int, Decimal] | None] = []
        self.boundaries: list[int] = [0]  # index into numbers where a section or subtotal starts
        self.quarantined = 0
        self._cells: list[list[object]] = []
        self._words: list[set[str]] = []
        self._sums: dict[int, Decimal] = {}
        self._sums_at: dict[int, dict[int, Decimal]] = {0: {}}

    def add_entry(self, numbers: dict[int, Decimal], cells: list[object]) -> None:
        self.numbers.append(numbers)
        self._cells.append(cells)
        sums = self._sums
        sums[-1] = sums.get(-1, _ZERO) + 1
        for position, value in numbers.items():
            sums[position] = sums.get(position, _ZERO) + value

    def add_quarantined(self) -> None:
        self.numbers.append(None)
        self._cells.append([])
        self.quarantined += 1

    def mark_boundary(self) -> None:
        """The entries after this point start a new section or follow a total."""
        self.boundaries.append(len(self.numbers))
        self._sums_at[len(self.numbers)] = dict(self._sums)

    def since(self, start: int, position: int) -> Decimal:
        """The sum of a column over the entries from boundary ``start`` on."""
        return self._sums.get(position, _ZERO) - self._sums_at[start].get(position, _ZERO)

    def words(self) -> list[set[str]]:
        """Each row's words (empty for a row in quarantine), in the order of ``numbers``."""
        for cells in self._cells[len(self._words) :]:
            self._words.append(entry_words(cells))
        return self._words
