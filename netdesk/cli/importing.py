"""``netdesk import FILE… [--event ID] [--format …] [--mapping M.json] [--dry-run]``,
``netdesk import --list`` and ``netdesk import --undo BATCH``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdesk.cli.argtypes import record_id
from netdesk.cli.context import Context
from netdesk.cli.summary import summary_lines
from netdesk.core.i18n import translate
from netdesk.core.transfer import IMPORT_FORMATS

if TYPE_CHECKING:
    from netdesk.core.transfer.planning import PlanRow


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "import",
        parents=[common],
        help=translate("cli", "add people from vCard, MECARD or CSV files; list or undo imports"),
        description=translate(
            "cli",
            "Read every file first, then add everyone in one go (all or nothing). Someone who"
            " is already known (UID, email, phone, or name at the same organisation) only has"
            " empty fields filled; differences are reported, never overwritten. A contact"
            " without a name is named after its email, organisation or phone (marked as a"
            " guess); records that cannot be used are reported with their place. Every import"
            " is a batch: --list shows them, --undo takes one back.",
        ),
        epilog=translate(
            "cli",
            "CSV columns are recognised by their headings (Google, Outlook, LinkedIn,"
            " Thunderbird, KAddressBook, attendee lists) or, without headings, by what they"
            " hold. --mapping takes a JSON object naming columns by heading or by number from"
            ' 1, for example {"E-mail": "email", "3": "organisation", "Notes": ""}; fields:'
            " full_name, given_name, family_name, organisation, department, title, email,"
            ' phone, url, notes ("" leaves a column out). Columns it does not name keep the'
            " mapping confirmed in the app for the same heading, or the guess.",
        ),
    )
    command.add_argument("files", nargs="*", metavar="FILE")
    command.add_argument(
        "--event", type=record_id, metavar="ID", help=translate("cli", "the event where you met")
    )
    command.add_argument("--format", choices=IMPORT_FORMATS, default="auto")
    command.add_argument(
        "--mapping",
        metavar="FILE.json",
        help=translate("cli", "a saved CSV column mapping (see below)"),
    )
    command.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what the import would do, write nothing"),
    )
    command.add_argument(
        "--list", action="store_true", help=translate("cli", "list past imports, newest first")
    )
    command.add_argument(
        "--undo",
        type=record_id,
        metavar="BATCH",
        help=translate("cli", "undo one import: remove who it added, restore who it merged into"),
    )
    command.set_defaults(handler=run_import, import_parser=command)


def run_import(ctx: Context) -> int:
    a = ctx.args
    chosen = [bool(a.files), a.list, a.undo is not None]
    if sum(chosen) != 1:
        a.import_parser.error(
            translate("cli", "give files to import, or --list, or --undo BATCH (one of them)")
        )
    if a.list:
        return _list(ctx)
    if a.undo is not None:
        return _undo(ctx, a.undo)
    # The readers load only when there is something to read.
    from netdesk.core.transfer.applying import apply_plan
    from netdesk.core.transfer.importing import plan_files
    from netdesk.core.transfer.mappings import load_spec

    spec = load_spec(a.mapping) if a.mapping else None
    ctx.store.events.require(a.event)
    if len(a.files) == 1 and a.format in ("auto", "json") and _is_archive(a.files[0]):
        return _import_archive(ctx, a.files[0])
    plan = plan_files(ctx.store, a.files, fmt=a.format, spec=spec, matched=a.dry_run)
    if a.dry_run:
        counts = plan.counts()
        lines = [
            f"{row.where}: {_action_words()[row.action]} {_row_text(row)}" for row in plan.rows
        ]
        lines += [f"{n['where']}: {n['reason']}" for n in plan.notes]
        lines.append(
            translate(
                "cli",
                "would add {new}, merge {merge}, fold {duplicate} duplicates, leave {unchanged}"
                " unchanged, skip {unusable}; nothing was written",
            ).format(**counts)
        )
        data = {
            "dry_run": True,
            "summary": counts,
            "rows": [_row_json(row) for row in plan.rows],
            "errors": plan.errors(),
        }
        ctx.emit(data, "\n".join(lines))
        return 0
    summary = apply_plan(ctx.store, plan, event_id=a.event)
    lines = summary_lines(
        summary,
        kept=translate("cli", "kept {field} '{current}' (file says '{scanned}')"),
        total=translate(
            "cli", "{created} added, {merged} merged, {unchanged} unchanged, {errors} skipped"
        ),
    )
    if summary.batch is not None:
        lines.append(
            translate("cli", "import {batch}: undo it with 'netdesk import --undo {batch}'").format(
                batch=summary.batch
            )
        )
    # Ten thousand people as JSON only when asked for: the text needs none of it.
    ctx.emit(summary.to_json() if ctx.json else None, "\n".join(lines))
    return 0


def _is_archive(path: str) -> bool:
    from netdesk.core.transfer import archive

    return archive.is_archive(Path(path))


def _import_archive(ctx: Context, path: str) -> int:
    """A netdesk archive is the whole database: recreated as it was, nothing to plan."""
    from netdesk.core.transfer import archive

    summary = archive.read(ctx.store, Path(path))
    text = translate("cli", "recreated {people} people and everything about them from {file}")
    ctx.emit(summary.to_json(), text.format(people=summary.count("created"), file=path))
    return 0


def _action_words() -> dict[str, str]:
    return {
        "new": translate("cli", "new"),
        "merge": translate("cli", "will merge into"),
        "duplicate": translate("cli", "same as row"),
        "unchanged": translate("cli", "unchanged"),
        "unusable": translate("cli", "skipped:"),
    }


def _row_text(row: PlanRow) -> str:
    if row.action in ("merge", "unchanged"):
        fields = ", ".join(f"{c.field} ({c.state})" for c in row.changes)
        return f"{row.person_id} {row.person_name}" + (f": {fields}" if fields else "")
    if row.action == "duplicate":
        return f"{row.duplicate_of} ({row.name})"
    if row.action == "unusable":
        return row.reason
    return row.name


def _row_json(row: PlanRow) -> dict[str, Any]:
    return {
        "row": row.number,
        "where": row.where,
        "action": row.action,
        "name": row.name,
        "reason": row.reason,
        "person_id": row.person_id,
        "duplicate_of": row.duplicate_of,
        "changes": [
            {"field": c.field, "current": c.current, "incoming": c.incoming, "state": c.state}
            for c in row.changes
        ],
    }


def _list(ctx: Context) -> int:
    from netdesk.core.transfer.batches import list_batches

    batches = list_batches(ctx.store)
    rows = [
        [
            str(b.id),
            b.imported_at,
            b.source,
            translate("cli", "{created} added, {merged} merged, {unchanged} unchanged").format(
                created=b.counts.get("created", 0),
                merged=b.counts.get("merged", 0),
                unchanged=b.counts.get("unchanged", 0),
            ),
            b.undone_at or "",
        ]
        for b in batches
    ]
    headers = [
        translate("cli", "id"),
        translate("cli", "when"),
        translate("cli", "file"),
        translate("cli", "counts"),
        translate("cli", "undone"),
    ]
    text = ctx.table(rows, headers) or translate("cli", "no imports yet")
    ctx.emit([b.to_json() for b in batches], text)
    return 0


def _undo(ctx: Context, batch_id: int) -> int:
    from netdesk.core.transfer.batches import undo_batch

    result = undo_batch(ctx.store, batch_id)
    lines = [
        translate("cli", "import {batch} undone: {removed} removed, {restored} restored").format(
            batch=batch_id, removed=len(result.removed), restored=len(result.restored)
        )
    ]
    lines += [
        translate("cli", "kept {id} {name}: edited since the import").format(id=pid, name=name)
        for pid, name in result.kept
    ]
    ctx.emit(result.to_json(), "\n".join(lines))
    return 0
