"""The text `scan` and `import` print: one line per person touched, what was kept, a total."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netdesk.core.i18n import translate

if TYPE_CHECKING:
    from netdesk.core.transfer.scanning import ScanSummary


def summary_lines(summary: ScanSummary, *, kept: str, total: str) -> list[str]:
    """``kept`` and ``total`` are translated templates: the sentence each command uses for a
    difference that was kept, and for the closing count."""
    outcome = {
        "created": translate("cli", "added"),
        "merged": translate("cli", "merged"),
        "unchanged": translate("cli", "unchanged"),
    }
    lines = []
    for item in summary.items:
        lines.append(f"{item.where}: {outcome[item.outcome]} {item.person_id} {item.name}")
        for row in item.differences:
            lines.append(
                "  " + kept.format(field=row.field, current=row.current, scanned=row.scanned)
            )
        if item.name_guessed:
            lines.append("  " + translate("cli", "the name is a guess: please check it"))
        if item.restored:
            lines.append("  " + translate("cli", "brought back from the trash"))
        if item.possible_duplicates:
            lines.append(
                "  "
                + translate(
                    "cli", "may be the same person as {ids}: see 'netdesk person duplicates'"
                ).format(ids=", ".join(map(str, item.possible_duplicates)))
            )
    lines += [f"{error['where']}: {error['reason']}" for error in summary.errors]
    lines.append(
        total.format(
            created=summary.count("created"),
            merged=summary.count("merged"),
            unchanged=summary.count("unchanged"),
            errors=len(summary.errors),
        )
    )
    return lines
