"""Ranked suggestions for partner names no spelling resolves (quality.unresolved_partners):
the steward picks one and adds the spelling to dbt/seeds/partner_aliases.csv; the next load
resolves it."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from dagster_project.parsing.text import normalize_label

# Below this a suggestion is noise more often than help.
MIN_SCORE = 70


@dataclass(frozen=True)
class Suggestion:
    partner_code: str
    spelling: str
    score: float


def rank_partners(name: str, spellings: dict[str, str], limit: int = 3) -> list[Suggestion]:
    """The partners whose known spellings (spelling -> partner code) come closest to ``name``,
    best first, one suggestion per partner."""
    matches = process.extract(
        name,
        list(spellings),
        scorer=fuzz.token_sort_ratio,
        processor=normalize_label,
        limit=limit * 4,
        score_cutoff=MIN_SCORE,
    )
    suggestions: list[Suggestion] = []
    for spelling, score, _ in matches:
        code = spellings[spelling]
        if all(existing.partner_code != code for existing in suggestions):
            suggestions.append(Suggestion(code, spelling, round(score, 1)))
    return suggestions[:limit]
