"""The knowledge base's schema, migration by migration.

Migrations are small named functions registered in order with ``@migration``; sqlite-utils'
``Migrations`` set applies them (:func:`debrief.store.db.migrate`), each in one transaction,
and records their names in ``_sqlite_migrations``. A new one is a function decorated
``@migration`` appended at the end of this module (names are never changed or reordered:
existing databases know them by name); then regenerate ``schemas/schema.sql`` with
``python -m debrief.store.db``. Opening the knowledge base and applying these is
:mod:`debrief.store.db`; the helpers they write their statements with (a column, a trigger,
an FTS5 index, laid out as SQLite keeps them) are :mod:`debrief.store.ddl`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from debrief.store.ddl import (
    add_columns,
    create_fts,
    create_insight_table,
    create_trigger,
    on_every_change,
)
from debrief.store.ids import NUMBERED

if TYPE_CHECKING:
    import sqlite_utils


#: A migration: a small named function that changes the schema (or its data) in place. It
#: is given sqlite-utils' ``Database``, on the knowledge base's connection.
Migration = Callable[["sqlite_utils.Database"], None]
#: debrief's migrations, in the order they are applied.
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Register ``fn`` as the next migration, under its function name."""
    if any(m.__name__ == fn.__name__ for m in MIGRATIONS):
        raise ValueError(f"migration {fn.__name__!r} is already registered")
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_core(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE companies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE
        );
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            title TEXT,
            company_id INTEGER REFERENCES companies(id),
            UNIQUE (key, company_id)
        );
        CREATE TABLE debriefs (
            id INTEGER PRIMARY KEY,
            recorded_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('audio', 'recording', 'text')),
            original_name TEXT,
            audio_path TEXT,
            audio_hash TEXT UNIQUE,
            duration REAL,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'transcribed', 'extracted', 'failed')),
            error TEXT,
            contact_id INTEGER REFERENCES contacts(id),
            company_id INTEGER REFERENCES companies(id),
            contact_override TEXT,
            company_override TEXT,
            call_minutes INTEGER,
            pipeline_version TEXT
        );
        CREATE INDEX idx_debriefs_recorded_at ON debriefs(recorded_at);
        CREATE INDEX idx_debriefs_status ON debriefs(status);
        CREATE INDEX idx_debriefs_company ON debriefs(company_id);
        CREATE INDEX idx_debriefs_contact ON debriefs(contact_id);
        CREATE TABLE transcripts (
            debrief_id INTEGER PRIMARY KEY REFERENCES debriefs(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            language TEXT,
            engine TEXT,
            model TEXT,
            settings TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX idx_segments_debrief ON segments(debrief_id, idx);
        CREATE TABLE insights (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            category TEXT,
            text TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL
        );
        CREATE INDEX idx_insights_debrief ON insights(debrief_id);
        CREATE INDEX idx_insights_category ON insights(category);
        CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            due TEXT,
            done_at TEXT,
            start_char INTEGER,
            end_char INTEGER
        );
        CREATE INDEX idx_follow_ups_debrief ON follow_ups(debrief_id);
        CREATE INDEX idx_follow_ups_open ON follow_ups(done_at, due);
        CREATE TABLE people_mentioned (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            company TEXT,
            relation TEXT NOT NULL CHECK (relation IN ('referral', 'mentioned'))
        );
        CREATE INDEX idx_people_debrief ON people_mentioned(debrief_id);
        CREATE INDEX idx_people_key ON people_mentioned(key);
        CREATE TABLE companies_mentioned (
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            company_id INTEGER NOT NULL REFERENCES companies(id),
            PRIMARY KEY (debrief_id, company_id)
        );
        """
    )


@migration
def m002_fts(db: sqlite_utils.Database) -> None:
    create_fts(db, "insights", "id")
    create_fts(db, "transcripts", "debrief_id")


@migration
def m003_insight_terms(db: sqlite_utils.Database) -> None:
    # Cache of the lemmatised terms of an insight (debrief.review.themes): computing them
    # needs spaCy, which takes seconds to load. Dropped with its insight.
    create_insight_table(db, "insight_terms", "terms TEXT NOT NULL", "version TEXT NOT NULL")


@migration
def m004_kb_view_indexes(db: sqlite_utils.Database) -> None:
    # The company view: "mentioned in other calls" looks companies_mentioned up by company,
    # and "people said to work there" looks people_mentioned up by company name prefix
    # (LIKE 'stripe%' uses a NOCASE index).
    db.execute("CREATE INDEX idx_companies_mentioned_company ON companies_mentioned(company_id)")
    db.execute("CREATE INDEX idx_people_company ON people_mentioned(company COLLATE NOCASE)")


@migration
def m005_debriefs_named(db: sqlite_utils.Database) -> None:
    # The join nearly every read repeats: a debrief with its contact's name and title and
    # its company's name. SQLite expands d.* when a query runs, so columns added to
    # debriefs later appear here too.
    db.execute(
        "CREATE VIEW debriefs_named AS SELECT d.*, c.name AS contact, c.title AS title,"
        " co.name AS company FROM debriefs d"
        " LEFT JOIN contacts c ON c.id = d.contact_id"
        " LEFT JOIN companies co ON co.id = d.company_id"
    )


def relative_audio_path(stored: str) -> str:
    """The form a stored ``audio_path`` takes from m006 on: relative to the data home.

    debrief only ever writes recordings into ``<home>/recordings/``, so an absolute path
    ending in ``recordings/<name>`` means that file in whichever home holds the database
    (a copied or moved home then points at its own copy, never at the original's). Any
    other path is left as it is (and ``delete`` will not remove it: it is outside the home).
    """
    path = PurePosixPath(stored)
    if path.is_absolute() and path.parent.name == "recordings" and path.name:
        return f"recordings/{path.name}"
    return stored


@migration
def m006_relative_audio_paths(db: sqlite_utils.Database) -> None:
    # Issue 17.1: absolute paths made `delete` in a copied home remove the original's audio.
    rows = db.execute("SELECT id, audio_path FROM debriefs WHERE audio_path IS NOT NULL")
    for debrief_id, stored in rows.fetchall():
        relative = relative_audio_path(stored)
        if relative != stored:
            db.execute("UPDATE debriefs SET audio_path = ? WHERE id = ?", [relative, debrief_id])


@migration
def m007_pending_scrubs(db: sqlite_utils.Database) -> None:
    # Issue 17.3: a delete records its scrub in the same transaction that removes the rows;
    # the row goes only once the FTS indexes, free pages, WAL and audio file are clean, so a
    # crash in between is finished by the next command that opens the knowledge base.
    db.execute(
        "CREATE TABLE pending_scrubs (id INTEGER PRIMARY KEY, debrief_id INTEGER NOT NULL,"
        " audio_path TEXT, requested_at TEXT NOT NULL)"
    )


@migration
def m008_user_fields(db: sqlite_utils.Database) -> None:
    # Issue 17.7: fields the user set by hand, which extraction never overwrites.
    # entity: 'debrief' (fields contact, company, title) or 'follow_up' (text, due, done_at);
    # value is what the user set (NULL: the user cleared it). A later "user edits" feature
    # marks any field here; save_extraction honours it.
    db.execute(
        "CREATE TABLE user_fields ("
        " entity TEXT NOT NULL CHECK (entity IN ('debrief', 'follow_up')),"
        " entity_id INTEGER NOT NULL, field TEXT NOT NULL, value TEXT, set_at TEXT NOT NULL,"
        " PRIMARY KEY (entity, entity_id, field))"
    )
    for field, column, table, stamp in (
        ("contact", "contact_override", "debriefs", "updated_at"),
        ("company", "company_override", "debriefs", "updated_at"),
        ("done_at", "done_at", "follow_ups", "done_at"),
    ):
        entity = "debrief" if table == "debriefs" else "follow_up"
        db.execute(
            "INSERT INTO user_fields (entity, entity_id, field, value, set_at)"
            f" SELECT ?, id, ?, {column}, {stamp} FROM {table} WHERE {column} IS NOT NULL",
            [entity, field],
        )


@migration
def m009_follow_up_habits(db: sqlite_utils.Database) -> None:
    # Issue 14: follow-ups debrief generates (thank-you, reach out to a referral, tell the
    # referrer, stay in touch) and what the contact offered. kind NULL: spoken by the user.
    # habit_key identifies a generated item within its call, so re-generation (reextract)
    # updates it in place and its id, done state and user edits survive.
    add_columns(
        db,
        "follow_ups",
        "kind TEXT",
        "habit_key TEXT",
        "person TEXT",
        # the line break is in the databases made before add_columns: kept, so all agree
        "direction TEXT NOT NULL DEFAULT 'mine'"
        "\n            CHECK (direction IN ('mine', 'theirs'))",
        "dismissed_at TEXT",
    )
    db.executescript(
        """
        CREATE UNIQUE INDEX idx_follow_ups_habit ON follow_ups(debrief_id, habit_key)
            WHERE habit_key IS NOT NULL;
        CREATE TABLE person_settings (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            stay_in_touch_days INTEGER CHECK (stay_in_touch_days > 0)
        );
        """
    )


@migration
def m010_insight_vectors(db: sqlite_utils.Database) -> None:
    # Sentence vectors of insights for search by meaning (debrief.embed): int8 components
    # times ``scale`` (384 bytes a vector instead of 1,536), tagged with the model that made
    # them so a model change re-embeds. Dropped with their insight. vector_epoch counts
    # changes, so a process can keep the vectors in memory and know when to reload them.
    create_insight_table(
        db, "insight_vectors", "model TEXT NOT NULL", "scale REAL NOT NULL", "vector BLOB NOT NULL"
    )
    db.executescript(
        """
        CREATE TABLE vector_epoch (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            n INTEGER NOT NULL
        );
        INSERT INTO vector_epoch (id, n) VALUES (1, 0);
        """
    )
    on_every_change(
        db, "insight_vectors", "insight_vectors", "UPDATE vector_epoch SET n = n + 1 WHERE id = 1"
    )


@migration
def m011_names(db: sqlite_utils.Database) -> None:
    # Issue 12: what speech recognition heard is kept beside the name it resolved to;
    # follow-ups keep the text extraction gave them (source_text) so a re-extraction finds
    # one the user reworded; aliases remember renames, merges and corrections so the same
    # mishearing resolves next time. The user's corrections of extracted items that are
    # filed again on every extraction (an insight moved or dropped, a follow-up dropped) go
    # into m008's user_fields, keyed by the text extraction gave them (``item``): one store
    # of everything the user set.
    add_columns(db, "debriefs", "heard_contact TEXT", "heard_company TEXT")
    add_columns(db, "people_mentioned", "heard TEXT")
    add_columns(db, "follow_ups", "source_text TEXT")
    db.executescript(
        """
        UPDATE follow_ups SET source_text = text;
        CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('person', 'company')),
            heard_key TEXT NOT NULL,
            name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (kind, heard_key)
        );
        CREATE TABLE user_fields_new (
            entity TEXT NOT NULL CHECK (entity IN ('debrief', 'follow_up')),
            entity_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            item TEXT NOT NULL DEFAULT '',
            value TEXT,
            set_at TEXT NOT NULL,
            PRIMARY KEY (entity, entity_id, field, item)
        );
        INSERT INTO user_fields_new (entity, entity_id, field, value, set_at)
            SELECT entity, entity_id, field, value, set_at FROM user_fields;
        DROP TABLE user_fields;
        ALTER TABLE user_fields_new RENAME TO user_fields;
        """
    )


@migration
def m012_vector_packs(db: sqlite_utils.Database) -> None:
    # Issue 16: a search is a new process, and reading 10,000 vectors row by row cost more
    # than the rest of the search. A pack holds every vector of one model as three blobs
    # (ids, scales, int8 components) read in one row (debrief.store.vectors.matrix); it is
    # rebuilt by the next search after any change. The triggers drop packs on every change
    # of a vector, so a deleted insight's vector does not outlive it in a pack (and
    # secure_delete zeroes the freed pages); ``epoch`` (vector_epoch when it was built)
    # guards against a pack built from a read that a concurrent change overtook.
    # query_vectors: the vectors of recent search questions (float32), so a repeated question
    # skips the model; keyed by a hash of the model and the normalised question (no text is
    # kept), the least recently used dropped beyond debrief.store.vectors.QUERY_CACHE rows.
    db.executescript(
        """
        CREATE TABLE vector_packs (
            model TEXT PRIMARY KEY,
            epoch INTEGER NOT NULL,
            ids BLOB NOT NULL,
            scales BLOB NOT NULL,
            vectors BLOB NOT NULL
        );
        CREATE TABLE query_vectors (
            key TEXT PRIMARY KEY,
            vector BLOB NOT NULL,
            used_at INTEGER NOT NULL
        );
        """
    )
    on_every_change(db, "insight_vectors", "vector_packs_drop", "DELETE FROM vector_packs")


@migration
def m013_heard_words(db: sqlite_utils.Database) -> None:
    # Each segment keeps its words as Whisper heard them, with how sure it was of each
    # (JSON ``[[word, probability], ...]``; NULL when the engine gave none): a name filed
    # from words it was unsure of is shown as "heard unsure" until the user corrects it
    # (debrief.store.unsure.unsure_names_of). Kept with the transcript, so `reextract`
    # finds them again; deleted and scrubbed with it.
    add_columns(db, "segments", "words TEXT")


@migration
def m014_heard_how(db: sqlite_utils.Database) -> None:
    # How each heard name was replaced, kept at filing (debrief.store.heard_how.SPELLING or
    # RESOLVED): `show` reads whether a name is only re-spelled (still a guess) instead of
    # running the spelling repair again each time. Names filed before are judged once here.
    from debrief.store.heard_how import judge_heard_how

    add_columns(db, "debriefs", "heard_contact_how TEXT")
    add_columns(db, "people_mentioned", "heard_how TEXT")
    judge_heard_how(db)


@migration
def m015_fold_letters_in_keys(db: sqlite_utils.Database) -> None:
    # Keys dropped letters NFKD leaves whole ("Øresund" keyed "resund"), so "Oresund" missed
    # it; they now fold them (debrief.names.PLAIN_LETTERS). Rows keyed before are re-keyed,
    # and rows that now share a key merged as `debrief merge` does (debrief.store.rekey).
    from debrief.store.rekey import rekey_folded_letters

    rekey_folded_letters(db)


@migration
def m016_join_apostrophes_in_keys(db: sqlite_utils.Database) -> None:
    # Keys split a word at its apostrophe ("O'Malley & Sons" keyed "o malley sons"), so
    # "omalley" (typed without one) missed it in `company`, `person`, `search` and `ask`;
    # they now drop it (debrief.names.joined). Rows keyed before are re-keyed, and rows that
    # now share a key merged as `debrief merge` does (debrief.store.rekey).
    from debrief.store.rekey import rekey_apostrophes

    rekey_apostrophes(db)


@migration
def m017_drop_inner_and_in_company_keys(db: sqlite_utils.Database) -> None:
    # A company's "&" was no word of its key and its "and" one ("O'Malley & Sons" keyed
    # "omalley sons", "Omalley and Sons" "omalley and sons"): one company said both ways was
    # two. The key now drops an "and" between words (debrief.names.inner_and); rows keyed
    # before are re-keyed and merged as `debrief merge` does (debrief.store.rekey).
    from debrief.store.rekey import rekey_ands

    rekey_ands(db)


@migration
def m018_ids_never_reused(db: sqlite_utils.Database) -> None:
    # qa62: SQLite gives a new row max(id) + 1, so the call filed after deleting the newest
    # took its id, and "call #5" in an older note, export or to-do list named another call
    # (its follow-ups' and insights' numbers, typed to `done` or `insight`, the same).
    # The highest id each table ever gave is kept here (a trigger raises it on every
    # insert, whoever inserts) and new rows take the next (next_id). Rebuilding the tables
    # as AUTOINCREMENT would drop and cascade every call's rows; this keeps data and ids as
    # they are. A database made before starts from its highest ids, or a call's deletion
    # still being scrubbed if higher (earlier deletions left no trace).
    db.execute("CREATE TABLE id_high_water (name TEXT PRIMARY KEY, last_id INTEGER NOT NULL)")
    for table in NUMBERED:
        db.execute(
            "INSERT INTO id_high_water (name, last_id)"
            f" SELECT ?, (SELECT coalesce(max(id), 0) FROM {table})",
            [table],
        )
        create_trigger(
            db,
            f"{table}_high_water_ai",
            "INSERT",
            table,
            f"UPDATE id_high_water SET last_id = max(last_id, NEW.id) WHERE name = '{table}'",
        )
    db.execute(
        "UPDATE id_high_water SET last_id = max(last_id,"
        " (SELECT coalesce(max(debrief_id), 0) FROM pending_scrubs)) WHERE name = 'debriefs'"
    )
