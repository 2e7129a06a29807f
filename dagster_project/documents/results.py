"""What a narrative extraction gives: the figures it publishes, the numbers it queues for a
person with the reason, and those it sets apart (numbers no indicator counts). Each keeps the
words it was read from and where they are in the document."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from dagster_project.documents.reader import Block

EXTRACTION_METHOD = "narrative"
# Why a table's column under a note saying both estimated and official waits (and what else gives its values).
NOTE_SAYS_BOTH = "its note says estimated and official, or its notes disagree"
# Why a value followed by words saying two sources give it differently waits ("…, chưa thống nhất với số của Tổ …").
DISAGREED = "two sources give it differently"
# The start of the evidence of a figure no words date: the report's own period, from its title.
OF_THE_REPORT = "report period, "


@dataclass(frozen=True)
class Written:
    """A figure as written: the words, the sentence, and where both are in the document."""

    value_as_written: str
    excerpt: str
    char_start: int
    char_end: int
    excerpt_start: int
    block: Block


@dataclass(frozen=True, kw_only=True)
class Figure(Written):
    indicator_code: str
    period_code: str
    value: Decimal
    unit: str
    qualifier: str
    period_evidence: str
    rule: str

    def withheld(self, reason: str) -> ReviewItem:
        """This figure, not published after all, as a review item with the reason."""
        return ReviewItem(
            **{name: getattr(self, name) for name in Written.__dataclass_fields__},
            reason=reason,
            candidates=self.indicator_code,
            period_code=self.period_code,
            value=self.value,
            unit=self.unit,
            qualifier=self.qualifier,
        )


@dataclass(frozen=True, kw_only=True)
class ReviewItem(Written):
    reason: str
    candidates: str
    period_code: str | None
    value: Decimal | None
    unit: str | None
    qualifier: str


@dataclass
class Extraction:
    period_code: str | None
    period_evidence: str
    figures: list[Figure] = field(default_factory=list)
    review: list[ReviewItem] = field(default_factory=list)
    # Numbers no indicator counts: kept with the reason, apart from the review queue.
    set_aside: list[ReviewItem] = field(default_factory=list)
    # The same figure written again with the same value (a table and a sentence): one figure.
    repeated: list[Figure] = field(default_factory=list)
