"""Follow-ups as tasks (CalDAV VTODO) on the chosen task list, two-way for done and due.

Open follow-ups of living people go up as tasks, so the phone's reminders app shows
what is owed. Ticking a task off on the phone marks the follow-up done here (with the
day it was completed); a new due date on either side moves the other. The task's text
is netdesk's: the phone may edit it, but only done and due come back. A task deleted on
the phone is not sent again; a follow-up deleted here deletes its task (``If-Match``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import icalendar

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.formats.ics import PRODID
from netdesk.core.storage.changes import Kind
from netdesk.core.sync import account, writes
from netdesk.core.sync.addressbook import MAX_RETRIES, remote_changes
from netdesk.core.sync.dav import Resource, canonical_path
from netdesk.core.sync.merge import merge

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store
    from netdesk.core.sync.account import SyncCollection
    from netdesk.core.sync.engine import Run

CALENDAR_TYPE = "text/calendar"
TASK_FIELDS = ("done", "due")


def _followups(store: Store) -> dict[int, dict[str, Any]]:
    rows = store.rows(
        "SELECT f.id, f.person_id, f.text, f.due_on, f.status, f.done_on, p.full_name"
        " AS person_name FROM followups f JOIN people p ON p.id = f.person_id"
        " AND p.deleted_at IS NULL"
    )
    return {row["id"]: row for row in rows}


def task_state(row: dict[str, Any]) -> dict[str, Any]:
    return {"done": row["status"] == "done", "due": row["due_on"]}


def _uid(store: Store, followup_id: int) -> str:
    return f"followup-{followup_id}@netdesk-{account.client_id(store) or 'local'}"


def _title(row: dict[str, Any]) -> str:
    return f"{row['person_name']}: {row['text']}" if row["person_name"] else row["text"]


def _todo(calendar: icalendar.Calendar) -> icalendar.Todo | None:
    return next(iter(calendar.walk("VTODO")), None)


def parse_task(text: str) -> tuple[str, dict[str, Any], str] | None:
    """(UID, {done, due}, completed day) of the first VTODO in ``text``, or None."""
    try:
        todo = _todo(icalendar.Calendar.from_ical(text))
    except ValueError:
        return None
    if todo is None:
        return None
    due = todo.get("due")
    day = due.dt if due is not None else None
    if isinstance(day, dt.datetime):
        day = day.date()
    completed = todo.get("completed")
    done_on = ""
    if completed is not None:
        when = completed.dt
        done_on = (when.date() if isinstance(when, dt.datetime) else when).isoformat()
    state = {
        "done": str(todo.get("status", "")).upper() == "COMPLETED" or bool(done_on),
        "due": day.isoformat() if day else "",
    }
    return str(todo.get("uid", "")), state, done_on


def serialise_task(row: dict[str, Any], uid: str, server_text: str = "") -> str:
    """The task for follow-up ``row``; with ``server_text`` the server's own task with
    only netdesk's properties replaced (an alarm set on the phone stays)."""
    calendar = None
    if server_text:
        try:
            calendar = icalendar.Calendar.from_ical(server_text)
        except ValueError:
            calendar = None
    todo = _todo(calendar) if calendar is not None else None
    if calendar is None or todo is None:
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        todo = icalendar.Todo()
        todo.add("uid", uid)
        calendar.add_component(todo)
    for name in ("dtstamp", "summary", "due", "status", "completed", "last-modified"):
        todo.pop(name, None)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    todo.add("dtstamp", now)
    todo.add("last-modified", now)
    todo.add("summary", _title(row))
    todo.add("due", dt.date.fromisoformat(row["due_on"]))
    if row["status"] == "done":
        todo.add("status", "COMPLETED")
        day = dt.date.fromisoformat((row["done_on"] or now_utc())[:10])
        todo.add("completed", dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC))
    else:
        todo.add("status", "NEEDS-ACTION")
    return calendar.to_ical().decode("utf-8")


def apply_task_fields(
    store: Store, followup_id: int, state: dict[str, Any], done_on: str = ""
) -> None:
    """Take done and due from the phone, through the follow-ups' own operations."""
    followup = store.followups.get(followup_id)
    with store.transaction():
        if state.get("due") and state["due"] != followup.due_on.isoformat():
            store.followups.update(followup_id, due_on=state["due"])
        if "done" in state and state["done"] != (followup.status == "done"):
            if state["done"]:
                day = dt.date.fromisoformat(done_on) if done_on else dt.date.today()
                store.followups.done(followup_id, on=day)
            else:
                store.followups.reopen(followup_id)


def save_task(
    store: Store, collection_id: int, href: str, *, uid: str, etag: str, followup_id: int,
    state: dict[str, Any] | None, done_on: str, base: dict[str, Any],
    conflict: tuple[dict, dict] | None = None,
) -> None:  # fmt: skip
    """Write what a task brought (``state`` None: nothing) and its link, in one transaction."""
    with store.transaction() as conn:
        if state is not None:
            apply_task_fields(store, followup_id, state, done_on)
        conn.execute(
            "DELETE FROM sync_conflicts WHERE collection_id = ? AND href = ?",
            (collection_id, href),
        )
        writes.save_link(
            store, collection_id, href, uid=uid, etag=etag, followup_id=followup_id, base=base,
            stamp="",
        )  # fmt: skip
        if conflict is not None:
            conn.execute(
                "INSERT INTO sync_conflicts (collection_id, href, followup_id, local, remote,"
                " remote_etag, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (collection_id, href, followup_id, json.dumps(conflict[0]),
                 json.dumps(conflict[1]), etag, now_utc()),
            )  # fmt: skip
        store.touched(Kind.FOLLOWUPS, Kind.SYNC)


def mark_gone(store: Store, collection_id: int, href: str) -> None:
    """Deleted on the phone: keep the link with no ETag, so the follow-up is not sent again."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE sync_items SET etag = '' WHERE collection_id = ? AND href = ?",
            (collection_id, href),
        )
        store.touched(Kind.SYNC)


def sync_tasks(run: Run, collection: SyncCollection) -> str | None:
    store = run.store
    rows = store.rows(
        "SELECT href, uid, etag, followup_id, base FROM sync_items WHERE collection_id = ?",
        (collection.id,),
    )
    links = {row["href"]: {**row, "base": json.loads(row["base"])} for row in rows}
    changed, removed, token = remote_changes(run, collection, links)
    followups = _followups(store)
    prefix = f"@netdesk-{account.client_id(store) or 'local'}"
    fetch = [h for h, e in changed.items() if links.get(h, {}).get("etag") != e]
    for resource in run.client.multiget(collection.url, fetch, kind="tasks"):
        parsed = parse_task(resource.data)
        if parsed is None:
            continue
        uid, _state, _done = parsed
        link = links.get(resource.href)
        if link is None and uid.startswith("followup-") and uid.endswith(prefix):
            # Our own upload from an interrupted run: link it up.
            followup_id = int(uid[len("followup-") : -len(prefix)] or 0)
            if followup_id in followups:
                link = {"uid": uid, "followup_id": followup_id, "base": None}
        if link is None or link["followup_id"] not in followups:
            continue  # a task of the phone's own: not netdesk's to keep
        _merge_task(run, collection, resource, link, followups[link["followup_id"]])
    for href in removed:
        if links[href]["etag"]:
            run.write(mark_gone, collection.id, href)
            run.counts.deleted += 1
    _send_tasks(run, collection)
    return token


def _merge_task(
    run: Run, collection: SyncCollection, resource: Resource, link: dict, row: dict
) -> None:
    for _attempt in range(MAX_RETRIES):
        parsed = parse_task(resource.data)
        if parsed is None:
            return
        _uid_found, remote, done_on = parsed
        ours = task_state(row)
        merged = merge(link["base"], ours, remote, TASK_FIELDS)
        if merged.conflicts:
            agreed = dict(remote)
            for name in merged.conflicts:
                agreed[name] = (link["base"] or ours)[name]
            names = merged.conflicts
            run.write(
                save_task, collection.id, resource.href, uid=link["uid"], etag=resource.etag,
                followup_id=row["id"], state=None, done_on="", base=agreed,
                conflict=({n: ours[n] for n in names}, {n: remote[n] for n in names}),
            )  # fmt: skip
            run.counts.conflicts += 1
            return
        etag = resource.etag
        if merged.record != remote:
            after = {**row, "status": "done" if merged.record["done"] else "open",
                     "due_on": merged.record["due"] or row["due_on"]}  # fmt: skip
            text = serialise_task(after, link["uid"], resource.data)
            new = run.put(resource.href, text, content_type=CALENDAR_TYPE, etag=resource.etag)
            if new is None:
                again = run.client.get(resource.href)
                if again is None:
                    return
                resource = again
                continue
            etag = new
            run.counts.sent += 1
        changes = {k: v for k, v in merged.record.items() if ours.get(k) != v}
        if changes:
            run.counts.received += 1
        run.write(
            save_task, collection.id, resource.href, uid=link["uid"], etag=etag,
            followup_id=row["id"], state=changes or None, done_on=done_on,
            base=dict(merged.record),
        )  # fmt: skip
        return
    raise NetdeskError("sync-busy-card", href=resource.href)


def _send_tasks(run: Run, collection: SyncCollection) -> None:
    store = run.store
    followups = _followups(store)  # read again: the pass from the server changed some
    current = {
        row["href"]: {**row, "base": json.loads(row["base"])}
        for row in store.rows(
            "SELECT href, uid, etag, followup_id, base FROM sync_items WHERE collection_id = ?",
            (collection.id,),
        )
    }
    conflicted = {
        href
        for (href,) in store.conn.execute(
            "SELECT href FROM sync_conflicts WHERE collection_id = ?", (collection.id,)
        )
    }
    linked = {row["followup_id"] for row in current.values()}
    home = canonical_path(run.client.url(collection.url)).rstrip("/")
    for href, link in current.items():
        if not link["etag"] or href in conflicted:
            continue  # deleted on the phone, or waiting for the user
        row = followups.get(link["followup_id"]) if link["followup_id"] else None
        if row is None:
            # Deleted here (a follow-up of someone in the trash waits instead).
            deleted_here = link["followup_id"] is None
            if deleted_here and run.delete(href, link["etag"]) is not None:
                run.write(writes.remove_link, collection.id, href)
                run.counts.deleted += 1
            continue
        if task_state(row) != {k: link["base"].get(k) for k in TASK_FIELDS}:
            found = run.client.get(href)
            if found is not None:
                _merge_task(run, collection, found, link, row)
    for followup_id, row in followups.items():
        if followup_id in linked or row["status"] == "done":
            continue
        uid = _uid(store, followup_id)
        href = f"{home}/{uid.replace('@', '-')}.ics"
        etag = run.put(href, serialise_task(row, uid), content_type=CALENDAR_TYPE, etag=None)
        if etag is None:
            found = run.client.get(href)
            if found is not None:
                _merge_task(run, collection, found, {"uid": uid, "base": None}, row)
            continue
        run.counts.sent += 1
        run.write(
            save_task, collection.id, href, uid=uid, etag=etag, followup_id=followup_id,
            state=None, done_on="", base=task_state(row),
        )  # fmt: skip
