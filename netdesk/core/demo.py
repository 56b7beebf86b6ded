"""Realistic, repeatable sample data: ``netdesk demo --people N``.

The same seed gives the same people, events and follow-ups (dates are laid out
relative to today, so 'overdue' stays meaningful). People arrive in batches,
each batch one transaction with the search index written in a single pass for
its id range: a killed run leaves whole batches or nothing of one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from netdesk.core.model import EVENT_KINDS
from netdesk.core.storage.store import Store

BATCH = 5_000

GIVEN = (
    "Jan Sanne Daan Fleur Pieter Anouk Joris Lotte Bram Noor Thijs Eva Willem Ilse Ruben "
    "Femke José María Zoë Chloé Søren Ørjan Björn Åsa Łukasz Małgorzata Jiří Zdeněk Tereza "
    "Ana João Mehmet Ayşe Yusuf Fatima Omar Leila Priya Arjun Ravi Ananya Wei Mei Hiroshi "
    "Yuki Min-jun Seo-yeon Kwame Amara Chinedu Nia Siobhán Seán Aoife Oisín Émilie François "
    "Hélène Mathieu Grzegorz Ewa Katarzyna Tomasz Dmitri Olga Nikolai Irina Giulia Lorenzo "
    "Francesca Marco Isabel Lucía Javier Carmen Lars Ingrid Henrik Astrid Mikko Aino Emma "
    "Liam Olivia Noah"
).split()
FAMILY = (
    "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|"
    "Peters|Hendriks|van Dijk|Dekker|Brouwer|Ørsted|Kierkegaard|Nørgaard|Lindqvist|Åberg|"
    "Kowalski|Wiśniewski|Nowak|Novák|Dvořák|Svoboda|Müller|Schröder|Groß|Weiß|Yılmaz|Öztürk|"
    "Demir|García|Fernández|López|Martínez|Núñez|Silva|Gonçalves|Rossi|Bianchi|Esposito|"
    "Dubois|Lefèvre|Moreau|O'Brien|O'Connor|Murphy|Nguyen|Tran|Kim|Park|Lee|Tanaka|Sato|"
    "Suzuki|Wang|Li|Zhang|Chen|Patel|Sharma|Singh|Okafor|Mensah|Abebe|Haddad|Khalil|Ivanova|"
    "Petrov|Virtanen|Johansson|Andersen|Hansen|Smith|Brown|Taylor|Wilson|Evans"
).split("|")
ORGANISATIONS = (
    "Waterschap Rivierenland|Waterschap Vallei en Veluwe|Hoogheemraadschap Delfland|"
    "Wetterskip Fryslân|Gemeente Utrecht|Gemeente Zwolle|Provincie Gelderland|"
    "Rijkswaterstaat|Arcadis|Royal HaskoningDHV|Witteveen+Bos|Deltares|TU Delft|"
    "Wageningen University|Ørsted|Vattenfall|Eneco|Alliander|Stedin|ING|Rabobank|ABN AMRO|"
    "Triodos Bank|Philips|ASML|Signify|Heijmans|BAM|VolkerWessels|Boskalis|Van Oord|KPN|"
    "Booking.com|Adyen|Mollie|Bol.com|Coolblue|Randstad|Unilever|Heineken|DSM-Firmenich|"
    "Shell|TenneT|Gasunie|Kadaster|CBS|UWV|Belastingdienst|Erasmus MC|UMC Utrecht|Radboudumc|"
    "Siemens|Bosch|Société Générale|Crédit Agricole|Banco Santander|Nordea|Zürich Insurance|"
    "Straße & Co"
).split("|")
DEPARTMENTS = (
    "Commercial banking|Retail banking|Facilities|IT|HR|Risk|Treasury|Legal|Marketing|Sales|"
    "Operations|Asset management|Engineering|Procurement|Finance|Strategy|Customer service|"
    "Research|Data & analytics|Communications|Sustainability|Pumping stations|Water quality"
).split("|")
TITLES = (
    "Engineer|Senior engineer|Asset manager|Project manager|Programme director|Consultant|"
    "Account manager|Relationship manager|Head of facilities|CFO|CTO|Team lead|"
    "Policy advisor|Data scientist|Architect|Recruiter|Researcher|Founder|Partner|"
    "Operations manager"
).split("|")
PLACES = (
    "Utrecht|Amsterdam|Rotterdam|Den Haag|Eindhoven|Zwolle|Arnhem|Nijmegen|Delft|Leiden|"
    "Groningen|Antwerpen|Gent|Brussel|Köln|Düsseldorf|London|Copenhagen"
).split("|")
EVENT_NAMES = {
    "breakfast": ("Business Breakfast", "Ondernemersontbijt", "Breakfast Club", "BNI ontbijt"),
    "workshop": ("Workshop Asset Management", "Networking Skills Workshop", "Design Sprint"),
    "conference": (
        "Aqua Nederland",
        "Smart Cities Summit",
        "Water Innovation Days",
        "FinTech Week",
    ),
    "away-day": ("Department Away-Day", "Heidag", "Strategy Away-Day"),
    "meetup": ("Python Meetup", "Data Drinks", "Startup Meetup", "Sustainability Meetup"),
    "internal": ("All-hands", "Cross-department Lunch", "Innovation Market", "New Joiners Lunch"),
    "other": ("Alumni Reunion", "Charity Run", "Trade Mission"),
}
CONTEXTS = (
    "cycle ride, rants about the facilities team",
    "same ageing pumping station problem as us",
    "sat next to me at breakfast, wants an intro to Commercial banking",
    "asked about our asset-management approach",
    "looking for a mentor in data engineering",
    "runs the water-quality lab, open to sharing test results",
    "hiring two engineers, could help {org}",
    "met at the coffee queue, talked about hybrid work",
    "gave a great talk on predictive maintenance",
    "wants to pilot our dashboard",
    "knows everyone at {org}",
    "breakout table, discussed pump failures",
    "offered to review our tender documents",
    "new in the role, wants to meet peers",
    "organises the next regional meetup",
    "interested in a joint funding proposal",
)
FOLLOWUP_TEXTS = (
    ("email", "Send the slides from the talk"),
    ("send-info", "Share the pumping-station maintenance report"),
    ("introduce", "Introduce to someone in Commercial banking"),
    ("meet", "Coffee to compare notes"),
    ("call", "Call about the pilot"),
    ("connect", "Connect on LinkedIn"),
    ("email", "Thank-you note"),
)
EXCHANGE_NOTES = (
    ("gave", "referral", "Referred a contractor for their pumps"),
    ("gave", "advice", "Tips on tendering"),
    ("gave", "information", "Sent our maintenance checklist"),
    ("received", "introduction", "Introduced me to their CFO"),
    ("received", "information", "Shared their failure data"),
    ("received", "help", "Reviewed our proposal"),
)
INTERNAL_ORG = "Rivierland Bank"
# Challenges and offers, in English and Dutch and written as people write them: the
# variants of one topic ("Ageing pumping stations", "ageing pumping station") fold to one.
TOPICS = (
    ("Ageing pumping stations", "ageing pumping station", "Ageing pumping-stations"),
    ("Asset management", "asset management"),
    ("Data literacy", "data literacy"),
    ("Predictive maintenance", "predictive maintenance"),
    ("Pompstations renoveren", "pompstation renoveren"),
    ("Klimaatadaptatie",),
    ("Energietransitie",),
    ("Hybrid work", "hybrid working"),
    ("Tendering", "tenders"),
    ("Water quality testing",),
    ("Hiring engineers", "hiring engineer"),
    ("Cybersecurity",),
    ("Dijkversterking",),
    ("Circulaire inkoop",),
    ("Mentoring",),
    ("Sensor data",),
    ("Funding proposals", "funding proposal"),
    ("Stakeholder management",),
)
MY_TOPICS = (
    ("Ageing pumping stations", "challenge"),
    ("Data literacy", "challenge"),
    ("Asset management", "offer"),
    ("Mentoring", "offer"),
    ("Energietransitie", "interest"),
)
INTRODUCTION_OUTCOMES = (
    "",
    "They met for coffee and share failure data now",
    "Joint pilot started",
    "Not a fit after all",
    "",
)


@dataclass(frozen=True)
class DemoSummary:
    people: int
    events: int
    encounters: int
    followups: int


ProgressFn = Callable[[int, int], None]


def fill(
    store: Store,
    people: int,
    *,
    seed: int = 2026,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
) -> DemoSummary:
    """Add ``people`` sample people (and events, encounters, follow-ups…) to ``store``."""
    rng = random.Random(seed)
    # Topics draw from their own stream, so the people of a seed stay who they were.
    topic_rng = random.Random(seed + 16)
    today = today or dt.date.today()
    event_days = _add_events(store, rng, today, count=max(12, min(400, people // 250)))
    done = encounters = followups = 0
    while done < people:
        size = min(BATCH, people - done)
        e, f = _add_batch(store, rng, today, event_days, size, topic_rng)
        encounters += e
        followups += f
        done += size
        if progress:
            progress(done, people)
    _add_mine_and_attendees(store, topic_rng, today, event_days)
    return DemoSummary(people, len(event_days), encounters, followups)


def _add_events(
    store: Store, rng: random.Random, today: dt.date, *, count: int
) -> list[tuple[int, dt.date]]:
    """Events of every kind spread over the last two years and the coming weeks."""
    days: list[tuple[int, dt.date]] = []
    with store.transaction():
        for n in range(count):
            kind = EVENT_KINDS[n % len(EVENT_KINDS)]
            start = today - dt.timedelta(days=rng.randint(-21, 730))
            length = rng.choice((0, 0, 0, 1, 2)) if kind in ("conference", "away-day") else 0
            name = f"{rng.choice(EVENT_NAMES[kind])} {start.year}"
            event_id = store.events.add(
                name,
                start,
                kind=kind,
                ends_on=start + dt.timedelta(days=length),
                location=rng.choice(PLACES),
                organiser=rng.choice(ORGANISATIONS),
                goals=(
                    rng.choice(
                        (
                            "Meet 2 peers with the pumping-station problem",
                            "Meet someone from Commercial banking",
                            "Give three introductions",
                        )
                    ),
                ),
            )
            days.append((event_id, start))
    return days


def _add_batch(
    store: Store,
    rng: random.Random,
    today: dt.date,
    event_days: list[tuple[int, dt.date]],
    size: int,
    topic_rng: random.Random,
) -> tuple[int, int]:
    conn = store.conn
    past_events = [(e, d) for e, d in event_days if d <= today] or event_days
    with store.transaction():
        first = (conn.execute("SELECT max(id) FROM people").fetchone()[0] or 0) + 1
        enc_first = (conn.execute("SELECT max(id) FROM encounters").fetchone()[0] or 0) + 1
        people, contacts, tags, provenance = [], [], [], []
        encounters, links, followups, exchanges, interactions = [], [], [], [], []
        pid, eid = first, enc_first
        while pid < first + size:
            event_id, day = rng.choice(past_events)
            group = min(rng.choice((1, 1, 1, 2, 3, 4)), first + size - pid)
            met_at = f"{day.isoformat()}T{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:00Z"
            org = rng.choice(ORGANISATIONS)
            context = rng.choice(CONTEXTS).format(org=org)
            encounters.append((eid, event_id, met_at, context, rng.choice(("qr", "manual"))))
            for _ in range(group):
                internal = rng.random() < 0.2
                organisation = INTERNAL_ORG if internal else org
                given, family = rng.choice(GIVEN), rng.choice(FAMILY)
                name = f"{given} {family}"
                people.append(
                    (
                        pid,
                        name,
                        given,
                        family,
                        organisation,
                        rng.choice(DEPARTMENTS),
                        rng.choice(TITLES),
                        int(internal),
                        met_at,
                        met_at,
                    )
                )
                email = _email(given, family, organisation, pid)
                contacts.append((pid, "email", email, "work", email.lower(), 0))
                if rng.random() < 0.7:
                    digits = rng.randint(10_000_000, 99_999_999)
                    # normalize("phone", …) of a Dutch mobile number, without parsing
                    # 70,000 of them (a third of the demo's time at 100,000 people).
                    e164 = f"+316{digits}"
                    contacts.append((pid, "phone", f"+31 6 {digits}", "mobile", e164, 1))
                provenance.append((pid, "full_name", name, "demo", event_id, "", met_at))
                for tag in rng.sample(
                    ("water", "pumps", "finance", "data", "mentor", "speaker", "hiring", "peer"),
                    k=rng.choice((0, 0, 1, 2)),
                ):
                    tags.append((pid, tag))
                links.append((eid, pid))
                _extras(rng, pid, event_id, day, today, followups, exchanges, interactions)
                pid += 1
            eid += 1
        # One index statement for the whole batch instead of a trigger per row.
        with store.meta.search_index_paused(first, pid - 1):
            _insert_all(
                conn,
                people,
                contacts,
                tags,
                provenance,
                encounters,
                links,
                followups,
                exchanges,
                interactions,
            )
            _add_topics(conn, topic_rng, first, pid - 1, {p: e for e, p in links}, encounters)
        store.touched("people", "events", "encounters", "followups", "topics")
    return len(encounters), len(followups)


def _add_topics(conn, rng, first, last, person_encounter, encounters) -> None:
    """A challenge for about one person in eight, an offer for one in twelve, an interest
    for one in twenty; those whose meeting was about pumping stations mostly have that."""
    from netdesk.core.topics.keys import topic_key

    ids = {}
    for variants in TOPICS:
        key = topic_key(variants[0])
        conn.execute("INSERT OR IGNORE INTO topics (label, key) VALUES (?, ?)", (variants[0], key))
        ids[variants[0]] = conn.execute("SELECT id FROM topics WHERE key = ?", (key,)).fetchone()[0]
    context_of = {
        eid: (event_id, met_at, context) for eid, event_id, met_at, context, _ in encounters
    }
    rows = []
    for pid in range(first, last + 1):
        event_id, met_at, context = context_of[person_encounter[pid]]
        for role, chance in (("challenge", 0.125), ("offer", 0.08), ("interest", 0.05)):
            if rng.random() >= chance:
                continue
            topic = rng.choice(TOPICS)[0]
            if role == "challenge" and "pumping station" in context and rng.random() < 0.8:
                topic = TOPICS[0][0]
            rows.append((pid, ids[topic], role, event_id, met_at))
    conn.executemany(
        "INSERT OR IGNORE INTO person_topics (person_id, topic_id, role, event_id, added_at)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def _add_mine_and_attendees(store, rng, today, event_days) -> None:
    """The user's own topics, attendee lists for the coming events (some people already
    known, as an imported list would hold), and a few introductions with their outcomes."""
    from netdesk.core.topics import peers, topics

    with store.transaction():
        for label, role in MY_TOPICS:
            topics.add_mine(store, label, role)
        last_id = store.scalar("SELECT max(id) FROM people") or 0
        coming = [e for e, d in event_days if d >= today]
        if not coming:  # always one event ahead, so that there is something to brief
            coming.append(
                store.events.add(
                    f"Aqua Nederland {today.year}",
                    today + dt.timedelta(days=9),
                    kind="conference",
                    location="Gorinchem",
                    organiser="Waterschap Rivierenland",
                    goals=(
                        "Meet 2 peers with the pumping-station problem",
                        "Give three introductions",
                    ),
                )
            )
        for event_id in coming:
            chosen = {rng.randint(1, last_id) for _ in range(min(40, last_id))}
            store.conn.executemany(
                "INSERT OR IGNORE INTO event_attendees (event_id, person_id, source, added_at)"
                " VALUES (?, ?, 'import', ?)",
                [(event_id, pid, f"{today.isoformat()}T08:00:00Z") for pid in sorted(chosen)],
            )
        made = 0
        for match in peers.all_matches(store, limit=12, per_topic=3):
            if made >= len(INTRODUCTION_OUTCOMES) or rng.random() < 0.5:
                continue
            day = today - dt.timedelta(days=rng.randint(3, 80))
            intro = store.introductions.add(
                match.need.person_id,
                match.offer.person_id,
                f"{match.offer.full_name} offers what {match.need.full_name} needs: {match.topic}",
                made_on=day,
            )
            outcome = INTRODUCTION_OUTCOMES[made]
            if outcome:
                store.introductions.set_outcome(intro, outcome)
            made += 1
        store.touched("topics")


def _email(given: str, family: str, organisation: str, pid: int) -> str:
    return f"{_local_part(given, family)}.{pid}@{_domain(organisation)}.example"


@cache
def _local_part(given: str, family: str) -> str:
    from netdesk.core.people.search import fold

    return ".".join(fold(part) for part in (given, family.replace("'", "").replace(" ", "")))


@cache
def _domain(organisation: str) -> str:
    from netdesk.core.people.search import fold

    return "".join(ch for ch in fold(organisation) if ch.isalnum())[:18] or "example"


def _extras(rng, pid, event_id, day, today, followups, exchanges, interactions) -> None:
    """Follow-ups (open, overdue, done), exchanges and interactions for some people."""
    if rng.random() < 0.18:
        action, text = rng.choice(FOLLOWUP_TEXTS)
        due = day + dt.timedelta(days=rng.choice((1, 7, 30)))
        status, done_on = ("open", None)
        if due < today and rng.random() < 0.85:
            status, done_on = "done", (due + dt.timedelta(days=rng.randint(0, 5))).isoformat()
        elif due < today and rng.random() < 0.6:
            # Most of what is still open was put off: spread it over today and the weeks ahead,
            # as a user's list looks, rather than piling everything up as overdue.
            due = today + dt.timedelta(days=rng.choice((0, 0, 1, 2, 3, 5, 9, 14, 21, 40)))
        followups.append(
            (
                pid,
                event_id,
                action,
                text,
                due.isoformat(),
                status,
                done_on,
                f"{day.isoformat()}T12:00:00Z",
            )
        )
    if rng.random() < 0.1:
        direction, kind, note = rng.choice(EXCHANGE_NOTES)
        exchanges.append((pid, event_id, direction, kind, note, day.isoformat()))
    if rng.random() < 0.1:
        interactions.append((pid, event_id, day.isoformat(), "met", "Talked at the event"))


def _insert_all(
    conn, people, contacts, tags, provenance, encounters, links, followups, exchanges, interactions
) -> None:
    conn.executemany(
        "INSERT INTO people (id, full_name, given_name, family_name, organisation, department,"
        " title, internal, source, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)",
        people,
    )
    conn.executemany(
        "INSERT INTO contact_points (person_id, kind, value, label, normalized, position)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        contacts,
    )
    for tag in {t for _, t in tags}:
        conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (tag,))
    tag_ids = dict(conn.execute("SELECT name, id FROM tags"))
    conn.executemany(
        "INSERT OR IGNORE INTO person_tags (person_id, tag_id) VALUES (?, ?)",
        [(pid, tag_ids[t]) for pid, t in tags],
    )
    conn.executemany(
        "INSERT INTO provenance (person_id, field, value, source, event_id, origin, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        provenance,
    )
    conn.executemany(
        "INSERT INTO encounters (id, event_id, met_at, context, how) VALUES (?, ?, ?, ?, ?)",
        encounters,
    )
    conn.executemany("INSERT INTO encounter_people (encounter_id, person_id) VALUES (?, ?)", links)
    conn.executemany(
        "INSERT INTO followups (person_id, event_id, action, text, due_on, status, done_on,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        followups,
    )
    conn.executemany(
        "INSERT INTO exchanges (person_id, event_id, direction, kind, note, happened_on)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        exchanges,
    )
    conn.executemany(
        "INSERT INTO interactions (person_id, event_id, happened_on, kind, note)"
        " VALUES (?, ?, ?, ?, ?)",
        interactions,
    )
