"""Note search in 1,000,000 notes, through the desk's own search.

Budget (DESIGN.md, "Performance budgets"): note search in 1,000,000 notes, p95 at most
50 ms, absolute (PostgreSQL full text search, SQLite FTS5). No baseline.

What it does: makes a throw-away database, migrates it, seeds the demo desk's agencies,
services, counters and staff, then bulk-loads ``--notes`` notes in one case per 20
notes, with consent rows for about a third of the cases. The note text is Finnish desk
language drawn from a vocabulary of a few hundred words and their inflected forms with a
Zipf-like frequency, 20-80 words a note, and now and then one rare word. About 60 % of
the notes are shared with the desk, the rest in one agency's partition. Everything
comes from ``random.Random(--seed)``, so two runs load the same notes.

The load goes around the desk (writing a million notes through it would take hours):
on PostgreSQL one ``COPY`` per table with ``session_replication_role = replica`` (no
foreign key checks, no change-log trigger; the rows are consistent by construction) and
the full-text GIN index built after the load from its own definition; on SQLite
``executemany`` in large transactions with the FTS insert trigger dropped, then the FTS5
``rebuild`` command and the trigger put back from its own stored SQL. The load ends
with ``VACUUM (ANALYZE)`` on PostgreSQL (what autovacuum would do); SQLite is left as
the desk leaves it (no ANALYZE).

Then ``CaseDesk.search(actor, query)`` is timed as the console calls it (its
transaction, the SQL and the audit event it writes) for five kinds of query (a common
word, a rare word, two words, the start of a word, a word found nowhere) as three
readers: a desk advisor, Kela's specialist and Vero's specialist, round-robin after a
warm-up. It prints p50, p95 and max per reader and for all searches, the budget
verdict, and the hits per query (a common word fills the 50-row limit).

Run (each run makes its own throw-away database and drops it at the end)::

    python -m benchmarks.search                          # fresh PostgreSQL database
    python -m benchmarks.search --database sqlite        # fresh SQLite file
    python -m benchmarks.search --database postgresql+psycopg://user@host/empty_db
    python -m benchmarks.search --notes 2000 --samples 20 --database sqlite   # a quick look

A URL is used as given and must point to an empty database (it is filled and left
filled). ``--explain`` adds the query plan of each search with the time of its SQL
alone: on PostgreSQL EXPLAIN ANALYZE of the plan made for the words and of the generic
plan a prepared statement may switch to (psycopg prepares after the fifth run), on
SQLite EXPLAIN QUERY PLAN. It exits 0: it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import accumulate, islice
from pathlib import Path
from typing import Any

BUDGET_MS = 50.0  # p95 of all searches, absolute
DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
NOTES_PER_CASE = 20
WARM_UP_ROUNDS = 2  # every reader runs every query this often before timing
EXPLAIN_REPEATS = 20
LOAD_BATCH = 50_000  # rows per SQLite transaction
SHARED_SHARE = 0.60
# The other 40 %: each agency's partition, by how much the desk serves it.
PARTITION_WEIGHTS = {
    "kela": 0.12,
    "pori": 0.08,
    "vero": 0.07,
    "dvv": 0.05,
    "tyollisyys": 0.05,
    "poliisi": 0.03,
}
CONSENT_SHARE = 0.35  # cases with at least one consent row
CONSENT_AGENCY_WEIGHTS = {"kela": 4, "vero": 3, "tyollisyys": 2, "dvv": 1, "pori": 1}
RARE_SHARE = 0.03  # notes with one word of RARE_WORDS
AMEND_SHARE = 0.02  # notes that amend the case's previous note
SPAN = timedelta(days=3 * 365)  # the notes were written over three years ...
END = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)  # ... up to this moment

# (reader, username, counter): a desk advisor (no agency), Kela's and Vero's specialists.
READERS = (
    ("desk advisor", "aino.virtanen", "T1"),
    ("Kela specialist", "paivi.lehtonen", "R1"),
    ("Vero specialist", "markku.salonen", "R2"),
)
# (kind, query). PostgreSQL stems words (finnish configuration), SQLite's FTS5 matches
# every word as a prefix, so the same query can find different notes on each.
QUERIES = (
    ("common word", "hakemus"),
    ("rare word", "perunkirjoitus"),
    ("two words", "passi kadonnut"),
    ("start of a word", "toimeentulo"),
    ("no match", "kvanttitietokone"),
)


def words_of(text: str) -> tuple[str, ...]:
    """The words of ``text`` in order, each once (the phrases below repeat a few)."""
    return tuple(dict.fromkeys(text.split()))


# Desk words roughly from the most to the least frequent: the i-th has weight
# 1 / (i + 3), so "asiakas" is in nearly every note and the last ones in a few percent.
VOCABULARY = words_of(
    """
asiakas ja hakemus on Kela liite ei päätös asiakkaan asioi ohjattiin hakemuksen kävi
että liitteet puuttuu neuvottiin tulot asumistuki vuokra tiliote myös vielä kysyi
asiakkaalle hakemusta päätöksen lomake verkkopalvelussa Vero verokortti toimeentulotuki
palkka jo nyt tarvitsee käsittely käsittelyssä odottaa halusi pyysi kerrottiin
liitteitä liitteen asumistuen lomakkeen muutos osoite muuttoilmoitus DVV passi tukea
tuen ajanvaraus soitto takaisin toimitettava toimittaa täydennettävä täydennyspyyntö
tulostettiin skannattiin lähetettiin annettiin tehtiin tehty sovittiin tarkistettiin
kanssa mukaan jälkeen ennen tänään huomenna viikolla kuussa maanantaina tiistaina
keskiviikkona torstaina perjantaina aamulla iltapäivällä klo puhelimitse paikan päällä
henkilökortti poliisi lupa työnhaku työnhakija työttömyysturva työllisyyspalvelut
Kelan Kelaan Kelasta Kelalle Verohallinto verotus veroilmoitus veroehdotus verokortin
verokorttia muuttoilmoituksen osoitteen osoitteenmuutos passin passia kadonnut
varastettu vanhentunut uusi uusiminen hakemukseen hakemuksessa hakemuksia päätöstä
päätökseen päätöksestä hylätty hyväksytty myönnetty keskeytetty vireillä kesken
oikaisuvaatimus valitus muutoksenhaku takaisinperintä maksatus maksu maksupäivä erääntyy
lasku laskun toimeentulotuen toimeentulotukea toimeentulotukihakemus perustoimeentulotuki
asumistukea asumistukihakemus yleinen vuokrasopimus vuokranantaja vuokrasopimuksen
vastike sähkö vesimaksu tulotiedot tulorekisteri palkkatodistus palkkalaskelma tiliotteet
tiliotteita pankkitunnukset tunnistautuminen valtuutus OmaKela OmaVero verkkoasiointi
sähköposti puhelin puhelinnumero yhteystiedot yhteydenotto soittopyyntö takaisinsoitto
lapsilisä lapsilisän äitiysavustus vanhempainpäiväraha kotihoidontuki varhaiskasvatus
varhaiskasvatuspaikka päivähoito koulu opintotuki opintolaina eläke eläkkeen kansaneläke
takuueläke sairauspäiväraha kuntoutus kuntoutustuki lääkärintodistus B-lausunto
työttömyyspäiväraha ansiopäiväraha peruspäiväraha työmarkkinatuki työkyvyttömyys
työsuhde työnantaja irtisanominen lomautus lomautettu määräaikainen osa-aikainen
yrittäjä yritys toiminimi Y-tunnus ennakkovero ennakkoperintä kirjanpito tilitoimisto
tulkki tulkkaus tulkin ruotsiksi englanniksi arabiaksi venäjäksi somaliksi viroksi
ukrainaksi selkokielellä ohjeet ohjeistettiin ohjaus neuvonta palveluohjaus
henkilöllisyys henkilöllisyystodistus oleskelulupa oleskeluluvan kotikunta
kotikuntamerkintä rekisteröinti ulkomaalainen kansalaisuus maahanmuutto Migri
syntymä avioliitto avioero ero kuolema perintö perintövero lahjavero huoltaja
huoltajuus lapsi lapset puoliso perhe yksinhuoltaja avopuoliso tapaaminen
edunvalvoja edunvalvonta valtakirja valtakirjan allekirjoitus allekirjoitettu
allekirjoittaa kopio alkuperäinen todistus todistuksen asiakirja asiakirjat
kuitti tosite selvitys selvityksen selvitetään selvitettävä tarkistus tarkistetaan
tilanne tilanteen tilanteesta kiireellinen kiire odotusaika jono vuoronumero
palvelupiste tiski neuvontapiste asiointi asioinut asioimaan etäasiointi videoyhteys
Pori Porin kaupunki kunta sosiaalitoimisto sosiaalityöntekijä aikuissosiaalityö
terveysasema hyvinvointialue neuvola kirjasto kela.fi vero.fi Suomi.fi
vuokravakuus vakuus takuu maksusitoumus maksusitoumuksen ruoka-apu laskuja velat
velkaneuvonta maksuvaikeudet ulosotto ulosoton maksusuunnitelma maksuaika eräpäivä
muuttaa muuttanut muutto muuttopäivä uusi osoite vanha osoite postiosoite
henkilötunnus syntymäaika nimi sukunimi etunimi yhteyshenkilö omainen
asiakas kertoi asiakas halusi asiakas ymmärsi ei ymmärtänyt sovittu aika seuraava
käynti uusi aika tarvittaessa myöhemmin jatkossa odottaa päätöstä käsittelyaika
viikkoa kuukautta päivää vuotta vuodesta alkaen asti saakka voimassa voimassaolo
"""
)

# Words that turn up in about 3 % of the notes, one of these at a time: each one is in
# some 0.04 % of them (about 400 of a million).
RARE_WORDS = words_of(
    """
perunkirjoitus perukirja kuolinpesä edunvalvontavaltuutus holhoustoimi kaksoiskansalaisuus
nimenmuutos aselupa venelupa kalastuslupa metsästyskortti kiinteistövero ajoneuvovero
autovero tulliselvitys sotilasavustus asevelvollisuus siviilipalvelus kutsunta elatustuki
elatusapu elatussopimus isyydentunnustaminen adoptio sijaishuolto huostaanotto perhehoito
omaishoidontuki vammaistuki hoitotuki ruokavaliokorvaus rintamalisä sotilaseläke
leskeneläke lapseneläke hautausavustus muuttoavustus asumisoikeus takausvastuu
velkajärjestely maksuhäiriömerkintä luottotiedot kaupparekisteri yhdistysrekisteri
osakeyhtiö kommandiittiyhtiö starttiraha palkkatuki työkokeilu koulutuskokeilu
uravalmennus kotoutumissuunnitelma kotoutumiskoulutus turvapaikka pakolaisstatus
oleskelukortti työlupa opiskelijaviisumi viisumi matkustusasiakirja muukalaispassi
merimieseläke yrittäjäeläke maatalousyrittäjä apurahansaaja veronpalautus jäännösvero
kotitalousvähennys matkakulut tulonhankkimiskulut pääomatulot osinko vuokratulo
arvonlisävero arvonlisäverorekisteri ennakkoperintärekisteri kotitalousvähennyksen
"""
)


# ---------------------------------------------------------------- small helpers
def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear between the closest ranks."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def ms(seconds: float) -> str:
    if seconds != seconds:  # NaN
        return "–"
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def say(text: str) -> None:
    print(text, flush=True)


# ---------------------------------------------------------------- the throw-away database
@dataclass
class Target:
    """The database under test and how to reach it without SQLAlchemy."""

    url: str  # SQLAlchemy URL
    dialect: str
    libpq: str = ""  # PostgreSQL conninfo for raw psycopg
    sqlite_path: str = ""


@contextlib.contextmanager
def throwaway_database(choice: str, server: str, folder: Path) -> Iterator[Target]:
    from sqlalchemy.engine import make_url

    if choice == "sqlite":
        path = folder / "bench.sqlite3"
        yield Target(f"sqlite:///{path}", "sqlite", sqlite_path=str(path))
        return
    if choice != "postgresql":
        url = make_url(choice)
        if url.get_backend_name() == "sqlite":
            yield Target(choice, "sqlite", sqlite_path=url.database or "")
            return
        libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
        yield Target(
            url.set(drivername="postgresql+psycopg").render_as_string(False), "postgresql", libpq
        )
        return
    import psycopg

    admin = make_url(server)
    admin_libpq = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"tiski_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_libpq, autocommit=True, connect_timeout=5) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = admin.set(drivername="postgresql+psycopg", database=name)
    try:
        yield Target(
            url.render_as_string(hide_password=False),
            "postgresql",
            url.set(drivername="postgresql").render_as_string(hide_password=False),
        )
    finally:
        with psycopg.connect(admin_libpq, autocommit=True, connect_timeout=5) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# ---------------------------------------------------------------- what gets loaded
@dataclass(frozen=True)
class DemoPeople:
    """The demo desk's rows the generated notes point at."""

    agencies: dict[str, int]  # code -> id
    services: dict[int, list[int]]  # agency id -> its service ids
    counters: list[int]
    advisors: list[int]  # advisors and guides: they write most shared notes
    readers: list[int]  # everyone who may write a note
    specialists: dict[int, list[int]]  # agency id -> its specialists


@dataclass
class Corpus:
    """Cases, consents and (lazily) notes, all decided by one seeded random source."""

    notes: int
    seed: int
    people: DemoPeople
    first_case_id: int
    first_note_id: int
    cases: list[tuple[Any, ...]] = field(default_factory=list)
    consents: list[tuple[Any, ...]] = field(default_factory=list)
    _case_of_note: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        self._rng = rng
        case_count = max(1, self.notes // NOTES_PER_CASE)
        # Notes come in the order they were written; a visitor comes back now and then,
        # so a note goes to one of the 30 most recently opened cases.
        self._case_of_note = [
            max(0, i * case_count // self.notes - rng.randrange(30)) for i in range(self.notes)
        ]
        last_note = [-1] * case_count
        for i, case in enumerate(self._case_of_note):
            last_note[case] = i
        advisors = self.people.advisors
        for case in range(case_count):
            opened = self.written_at(case * self.notes // case_count)
            last = self.written_at(last_note[case]) if last_note[case] >= 0 else opened
            self.cases.append(
                (self.first_case_id + case, opened, rng.choice(advisors), last, False)
            )
        agencies = [
            (self.people.agencies[code], weight)
            for code, weight in CONSENT_AGENCY_WEIGHTS.items()
            if code in self.people.agencies
        ]
        consent_id = 1
        for case_id, opened, _by, _last, _hold in self.cases:
            if not agencies or rng.random() >= CONSENT_SHARE:
                continue
            chosen = {
                rng.choices([a for a, _ in agencies], [w for _, w in agencies])[0]
                for _ in range(rng.randint(1, 2))
            }
            for agency_id in sorted(chosen):
                granted = rng.random() < 0.85
                at = opened + timedelta(minutes=1)
                self.consents.append(
                    (consent_id, case_id, agency_id, granted, rng.choice(advisors), at)
                )
                consent_id += 1
                if rng.random() < 0.10:  # changed their mind later
                    self.consents.append(
                        (
                            consent_id,
                            case_id,
                            agency_id,
                            not granted,
                            rng.choice(advisors),
                            at + timedelta(days=7),
                        )
                    )
                    consent_id += 1

    def written_at(self, index: int) -> datetime:
        return END - SPAN + SPAN * (index / max(1, self.notes))

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """Note rows: id, case_id, visit_id, service_id, counter_id, author_id,
        written_at, partition_agency_id, amends_id, client_id, body."""
        rng = self._rng
        people = self.people
        writer = NoteWriter(rng)
        partitions = [
            (people.agencies[code], weight)
            for code, weight in PARTITION_WEIGHTS.items()
            if code in people.agencies
        ]
        choices: list[int | None] = [None, *(a for a, _ in partitions)]
        weights = [SHARED_SHARE, *(w for _, w in partitions)]
        cum = list(accumulate(weights))
        all_services = [s for services in people.services.values() for s in services]
        previous: dict[int, int] = {}
        for i, case in enumerate(self._case_of_note):
            note_id = self.first_note_id + i
            case_id = self.first_case_id + case
            partition = rng.choices(choices, cum_weights=cum)[0]
            if partition is None:
                author = (
                    rng.choice(people.advisors)
                    if rng.random() < 0.9
                    else rng.choice(people.readers)
                )
                service = rng.choice(all_services) if rng.random() < 0.8 else None
            else:
                own = people.specialists.get(partition)
                author = rng.choice(own if own and rng.random() < 0.5 else people.advisors)
                service = rng.choice(people.services.get(partition) or all_services)
            amends = previous.get(case_id) if rng.random() < AMEND_SHARE else None
            previous[case_id] = note_id
            yield (
                note_id,
                case_id,
                None,
                service,
                rng.choice(people.counters),
                author,
                self.written_at(i),
                partition,
                amends,
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                writer.body(),
            )


class NoteWriter:
    """Finnish note text: Zipf-distributed desk words in short sentences."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cum = list(accumulate(1.0 / (rank + 3) for rank in range(len(VOCABULARY))))

    def body(self) -> str:
        rng = self.rng
        count = rng.randint(20, 80)
        words = rng.choices(VOCABULARY, cum_weights=self.cum, k=count)
        if rng.random() < RARE_SHARE:
            words[rng.randrange(count)] = rng.choice(RARE_WORDS)
        sentences = []
        start = 0
        while start < count:
            end = min(count, start + rng.randint(4, 12))
            first = words[start]
            sentences.append(" ".join([first[0].upper() + first[1:], *words[start + 1 : end]]))
            start = end
        return ". ".join(sentences) + "."


# ---------------------------------------------------------------- setup
@dataclass(frozen=True)
class Loaded:
    notes: int
    cases: int
    consents: int
    seconds: float
    parts: str  # where the load time went


def seed_desk(url: str) -> DemoPeople:
    """Migrate, seed the demo desk (no visitors) and read back who and what it has."""
    from dataclasses import replace

    from sqlalchemy import select

    from console.core.demo import load_demo_desk
    from console.desk.desk import Desk, demo_data_file
    from console.store.database import Database
    from console.store.models import Agency, Counter, Service, Staff
    from console.store.schema import upgrade

    database = Database(url)
    try:
        upgrade(database)
        demo = replace(load_demo_desk(demo_data_file()), visits=())
        if not Desk(database).seed_demo(demo):
            raise SystemExit(
                "The database is not empty: give an empty database (the benchmark fills it)."
            )
        with database.session() as session:
            agencies = {code: i for code, i in session.execute(select(Agency.code, Agency.id))}
            services: dict[int, list[int]] = {}
            for service_id, agency_id in session.execute(
                select(Service.id, Service.agency_id).order_by(Service.id)
            ):
                services.setdefault(agency_id, []).append(service_id)
            counters = list(session.scalars(select(Counter.id).order_by(Counter.id)))
            staff = session.execute(
                select(Staff.id, Staff.role, Staff.agency_id).order_by(Staff.id)
            ).all()
    finally:
        database.dispose()
    readers = [s.id for s in staff if s.role != "it"]
    specialists: dict[int, list[int]] = {}
    for member in staff:
        if member.role == "specialist" and member.agency_id is not None:
            specialists.setdefault(member.agency_id, []).append(member.id)
    advisors = [s.id for s in staff if s.role in ("advisor", "guide")] or readers
    return DemoPeople(agencies, services, counters, advisors, readers, specialists)


def load_notes(target: Target, notes: int, seed: int) -> Loaded:
    people = seed_desk(target.url)
    if target.dialect == "postgresql":
        return load_postgresql(target, notes, seed, people)
    return load_sqlite(target, notes, seed, people)


def load_postgresql(target: Target, notes: int, seed: int, people: DemoPeople) -> Loaded:
    import psycopg

    begun = time.perf_counter()
    with psycopg.connect(target.libpq, autocommit=True, connect_timeout=5) as connection:
        first_case = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM visitor_case")
        first_note = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM note")
        corpus = Corpus(notes, seed, people, _one(first_case), _one(first_note))
        # Rebuilt after the load from its own definition: one CREATE INDEX is many times
        # faster than a million GIN inserts.
        index = connection.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'note' AND indexname = %s",
            ("ix_note_search",),
        ).fetchone()
        connection.execute("SET maintenance_work_mem = '1GB'")
        try:
            # No foreign key checks and no change-log trigger during the load.
            connection.execute("SET session_replication_role = replica")
        except psycopg.errors.InsufficientPrivilege:
            say("not a superuser: loading with foreign key checks and the change-log trigger")
        with connection.transaction():
            if index:
                connection.execute("DROP INDEX ix_note_search")
            cursor = connection.cursor()
            with cursor.copy(
                "COPY visitor_case (id, opened_at, opened_by_id, last_activity_at, legal_hold)"
                " FROM STDIN"
            ) as copy:
                for row in corpus.cases:
                    copy.write_row(row)
            with cursor.copy(
                "COPY consent (id, case_id, agency_id, granted, recorded_by_id, recorded_at)"
                " FROM STDIN"
            ) as copy:
                for row in corpus.consents:
                    copy.write_row(row)
            with cursor.copy(
                "COPY note (id, case_id, visit_id, service_id, counter_id, author_id,"
                " written_at, partition_agency_id, amends_id, client_id, body) FROM STDIN"
            ) as copy:
                for row in corpus.rows():
                    copy.write_row(row)
            copied = time.perf_counter()
            if index:
                connection.execute(index[0])
            # The desk's own inserts go on after the loaded ids.
            for statement in (
                "SELECT setval(pg_get_serial_sequence('visitor_case', 'id'), max(id))"
                " FROM visitor_case",
                "SELECT setval(pg_get_serial_sequence('consent', 'id'), max(id)) FROM consent",
                "SELECT setval(pg_get_serial_sequence('note', 'id'), max(id)) FROM note",
            ):
                connection.execute(statement)
        indexed = time.perf_counter()
        connection.execute("SET session_replication_role = DEFAULT")
        for table in ("visitor_case", "consent", "note"):
            connection.execute(f"VACUUM (ANALYZE) {table}")
    done = time.perf_counter()
    return Loaded(
        notes,
        len(corpus.cases),
        len(corpus.consents),
        done - begun,
        f"generate and COPY {copied - begun:.0f} s, full-text GIN index"
        f" {indexed - copied:.0f} s, VACUUM (ANALYZE) {done - indexed:.0f} s",
    )


def load_sqlite(target: Target, notes: int, seed: int, people: DemoPeople) -> Loaded:
    begun = time.perf_counter()
    connection = sqlite3.connect(target.sqlite_path, isolation_level=None)
    try:
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=OFF",
            "PRAGMA cache_size=-262144",  # 256 MB
            "PRAGMA temp_store=MEMORY",
        ):
            connection.execute(pragma)
        first_case = _one(connection.execute("SELECT coalesce(max(id), 0) + 1 FROM visitor_case"))
        first_note = _one(connection.execute("SELECT coalesce(max(id), 0) + 1 FROM note"))
        corpus = Corpus(notes, seed, people, first_case, first_note)
        trigger = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            ("tiski_note_fts_insert",),
        ).fetchone()
        connection.execute("BEGIN")
        if trigger:
            connection.execute("DROP TRIGGER tiski_note_fts_insert")
        connection.executemany(
            "INSERT INTO visitor_case (id, opened_at, opened_by_id, last_activity_at, legal_hold)"
            " VALUES (?, ?, ?, ?, ?)",
            ((row[0], _naive(row[1]), row[2], _naive(row[3]), row[4]) for row in corpus.cases),
        )
        connection.executemany(
            "INSERT INTO consent (id, case_id, agency_id, granted, recorded_by_id, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            ((*row[:5], _naive(row[5])) for row in corpus.consents),
        )
        connection.execute("COMMIT")
        rows = ((*row[:6], _naive(row[6]), *row[7:]) for row in corpus.rows())
        while True:
            batch = list(islice(rows, LOAD_BATCH))
            if not batch:
                break
            connection.execute("BEGIN")
            connection.executemany(
                "INSERT INTO note (id, case_id, visit_id, service_id, counter_id, author_id,"
                " written_at, partition_agency_id, amends_id, client_id, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch,
            )
            connection.execute("COMMIT")
        inserted = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO note_fts (note_fts) VALUES ('rebuild')")
        # What Tiski does at start-up: the search word list from the index.
        connection.execute("INSERT OR IGNORE INTO note_term (term) SELECT term FROM note_fts_vocab")
        if trigger:
            connection.execute(trigger[0])
        connection.execute("COMMIT")
        indexed = time.perf_counter()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    done = time.perf_counter()
    return Loaded(
        notes,
        len(corpus.cases),
        len(corpus.consents),
        done - begun,
        f"generate and INSERT {inserted - begun:.0f} s, FTS5 rebuild {indexed - inserted:.0f} s,"
        f" checkpoint {done - indexed:.0f} s",
    )


def _one(result: Any) -> int:
    row = result.fetchone()
    return int(row[0])


def _naive(moment: datetime) -> str:
    """How SQLAlchemy stores a UTC time on SQLite."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


# ---------------------------------------------------------------- the measurement
@dataclass
class Searches:
    """Every timed search, by reader and by query."""

    latencies: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    hits: dict[tuple[str, str], int] = field(default_factory=dict)
    matching: dict[str, int] = field(default_factory=dict)  # notes matching, any reader
    audited: int = 0  # search events in the audit trail afterwards
    calls: int = 0
    plans: list[str] = field(default_factory=list)

    def of_reader(self, reader: str) -> list[float]:
        return [t for (r, _q), times in self.latencies.items() if r == reader for t in times]

    def of_query(self, kind: str) -> list[float]:
        return [t for (_r, q), times in self.latencies.items() if q == kind for t in times]

    def every(self) -> list[float]:
        return [t for times in self.latencies.values() for t in times]


def run_searches(target: Target, samples: int, explain: bool) -> Searches:
    from sqlalchemy import func, select

    from console.core.cases import AuditAction
    from console.desk.desk import Desk
    from console.store.database import Database
    from console.store.models import AuditEvent

    database = Database(target.url)
    result = Searches()
    try:
        desk = Desk(database)
        actors = {
            name: desk.sign_in_by_username(user, counter).actor for name, user, counter in READERS
        }
        combos = [(reader, kind, query) for kind, query in QUERIES for reader in actors]
        for _ in range(WARM_UP_ROUNDS):
            for reader, kind, query in combos:
                hits = desk.cases.search(actors[reader], query)
                result.hits[reader, kind] = len(hits)
                result.calls += 1
        for number in range(samples):
            reader, kind, query = combos[number % len(combos)]
            begun = time.perf_counter()
            desk.cases.search(actors[reader], query)
            result.latencies.setdefault((reader, kind), []).append(time.perf_counter() - begun)
            result.calls += 1
        with database.session() as session:
            result.audited = int(
                session.scalar(
                    select(func.count())
                    .select_from(AuditEvent)
                    .where(AuditEvent.action == AuditAction.SEARCH_RUN)
                )
                or 0
            )
        for kind, query in QUERIES:
            result.matching[kind] = matching_notes(database, target.dialect, query)
        if explain:
            result.plans = explain_searches(database, desk, actors, combos)
    finally:
        database.dispose()
    return result


def matching_notes(database: Any, dialect: str, query: str) -> int:
    """How many notes match ``query`` for any reader, as the desk's search matches them."""
    from sqlalchemy import text

    from console.store.search_queries import search_words

    words = search_words(query)
    with database.session() as session:
        if dialect == "postgresql":
            sql = "SELECT count(*) FROM note WHERE search_vector @@ plainto_tsquery('finnish', :q)"
            return int(session.scalar(text(sql), {"q": " ".join(words)}) or 0)
        match = " ".join('"' + word.replace('"', "") + '"*' for word in words)
        sql = "SELECT count(*) FROM note_fts WHERE note_fts MATCH :q"
        return int(session.scalar(text(sql), {"q": match}) or 0)


def explain_searches(
    database: Any, desk: Any, actors: dict[str, Any], combos: Sequence[tuple[str, str, str]]
) -> list[str]:
    """The plan of each search's SQL as the desk sent it, and that SQL's time alone."""
    from sqlalchemy import event

    captured: list[tuple[str, Any]] = []

    def capture(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
    ) -> None:
        if "FROM note" in statement and "ORDER BY" in statement:
            captured.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        plans = []
        for reader, kind, query in combos:
            captured.clear()
            desk.cases.search(actors[reader], query)
            if not captured:
                continue
            statement, parameters = captured[-1]
            plans.append(explain_one(database, statement, parameters, f"{reader}, {kind}"))
        return plans
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)


def explain_one(database: Any, statement: str, parameters: Any, title: str) -> str:
    """One search's SQL: its time alone, then its plan (both plans on PostgreSQL)."""
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        times = []
        for _ in range(EXPLAIN_REPEATS):
            begun = time.perf_counter()
            cursor.execute(statement, parameters)
            cursor.fetchall()
            times.append(time.perf_counter() - begun)
        if database.dialect == "postgresql":
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
            lines = ["custom plan (planned for these words):"]
            lines += ["  " + row[0] for row in cursor.fetchall()]
            lines.append("generic plan (what a prepared statement may switch to):")
            lines += ["  " + line for line in generic_plan(cursor, statement, parameters)]
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            depth: dict[int, int] = {0: 0}
            lines = []
            for node, parent, _unused, detail in cursor.fetchall():
                depth[node] = depth.get(parent, 0) + 1
                lines.append("  " * depth[parent] + detail)
        raw.rollback()
    finally:
        raw.close()
    # psycopg prepares a statement on the server after its fifth run; from then on
    # PostgreSQL may use the generic plan for it.
    head = f"--- {title}: the SQL alone, {EXPLAIN_REPEATS} runs, p50 {ms(percentile(times, 50))}"
    return "\n".join([head, *("    " + line for line in lines)])


def generic_plan(cursor: Any, statement: str, parameters: dict[str, Any]) -> list[str]:
    """EXPLAIN ANALYZE of ``statement`` prepared, under ``force_generic_plan``."""
    import re

    from psycopg import sql

    names = list(dict.fromkeys(re.findall(r"%\((\w+)\)s", statement)))
    numbered = re.sub(r"%\((\w+)\)s", lambda m: f"${names.index(m.group(1)) + 1}", statement)
    cursor.execute("PREPARE tiski_bench_search AS " + numbered)
    cursor.execute("SET LOCAL plan_cache_mode = force_generic_plan")
    arguments = sql.SQL(", ").join(sql.Literal(parameters[name]) for name in names)
    cursor.execute(
        sql.SQL("EXPLAIN (ANALYZE, BUFFERS) EXECUTE tiski_bench_search ({})").format(arguments)
    )
    lines = [str(row[0]) for row in cursor.fetchall()]
    cursor.execute("DEALLOCATE tiski_bench_search")
    return lines


# ---------------------------------------------------------------- the report
def verdict(ok: bool) -> str:
    return "PASS" if ok else "OVER"


def print_rows(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*rows[0]))
    print("  ".join("-" * w for w in widths))
    for row in rows[1:]:
        print(line.format(*row))


def print_report(target: Target, loaded: Loaded, searches: Searches, total: float) -> None:
    print()
    print(
        f"Tiski note search on {target.dialect}: {loaded.notes:,} notes in {loaded.cases:,}"
        f" cases ({loaded.consents:,} consent rows), {os.cpu_count()} cores,"
        f" Python {sys.version.split()[0]}"
    )
    print(f"load: {loaded.seconds:.0f} s ({loaded.parts})")
    print()
    rows = [["searches", "samples", "p50", "p95", "max", "budget (p95)", "verdict"]]
    for reader, user, counter in READERS:
        times = searches.of_reader(reader)
        p95 = percentile(times, 95)
        rows.append(
            [
                f"{reader} ({user} at {counter})",
                str(len(times)),
                ms(percentile(times, 50)),
                ms(p95),
                ms(max(times, default=float("nan"))),
                f"≤ {BUDGET_MS:.0f} ms",
                verdict(p95 * 1000 <= BUDGET_MS),
            ]
        )
    every = searches.every()
    p95 = percentile(every, 95)
    rows.append(
        [
            "all readers (the budget)",
            str(len(every)),
            ms(percentile(every, 50)),
            ms(p95),
            ms(max(every, default=float("nan"))),
            f"≤ {BUDGET_MS:.0f} ms",
            verdict(p95 * 1000 <= BUDGET_MS),
        ]
    )
    print_rows(rows)
    print()
    names = [reader for reader, _user, _counter in READERS]
    rows = [["query", "matching notes", *(f"hits: {n}" for n in names), "p50", "p95", "max"]]
    for kind, query in QUERIES:
        times = searches.of_query(kind)
        rows.append(
            [
                f"{kind}: {query!r}",
                f"{searches.matching.get(kind, 0):,}",
                *(str(searches.hits.get((n, kind), 0)) for n in names),
                ms(percentile(times, 50)),
                ms(percentile(times, 95)),
                ms(max(times, default=float("nan"))),
            ]
        )
    print_rows(rows)
    print()
    print(
        f"{searches.calls} searches through CaseDesk.search (warm-up included),"
        f" {searches.audited} search events in the audit trail; the limit is 50 hits;"
        f" whole run {total:.0f} s"
    )
    for plan in searches.plans:
        print()
        print(plan)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--database",
        default="postgresql",
        help="'postgresql' (default: a fresh throw-away database on --server), 'sqlite' "
        "(a fresh file in a temporary folder) or the URL of an empty database",
    )
    parser.add_argument("--server", default=DEFAULT_SERVER, help="where throw-away databases go")
    parser.add_argument("--notes", type=int, default=1_000_000, help="notes to load")
    parser.add_argument("--samples", type=int, default=300, help="timed searches in all")
    parser.add_argument("--seed", type=int, default=1, help="the random source of the notes")
    parser.add_argument("--explain", action="store_true", help="print each search's plan")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with (
        tempfile.TemporaryDirectory(prefix="tiski-bench-") as folder,
        throwaway_database(args.database, args.server, Path(folder)) as target,
    ):
        begun = time.perf_counter()
        say(f"database: {target.dialect}, loading {args.notes:,} notes ...")
        loaded = load_notes(target, args.notes, args.seed)
        say(f"loaded in {loaded.seconds:.0f} s ({loaded.parts}); searching ...")
        searches = run_searches(target, args.samples, args.explain)
        print_report(target, loaded, searches, time.perf_counter() - begun)
    return 0


if __name__ == "__main__":
    # No keyring look-ups: the benchmark's databases have no password, and PostgreSQL's
    # own pgpass covers any other. Set before anything imports keyring.
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    sys.exit(main())
