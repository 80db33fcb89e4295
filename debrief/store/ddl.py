"""The DDL helpers the migrations write their statements with: a column added, a table of
what one insight derives, a trigger, the three triggers of every change, an FTS5 index kept
in sync.

SQLite keeps each statement's text in the schema, so every database must be given the same
text: these lay a statement out as the SQL scripts they replaced did (``_BODY``, ``_END``),
and ``schemas/schema.sql`` stays byte for byte what it was. Split out of
:mod:`debrief.store.migrations` at stop 44 (docs/extraction-history.md, "house51"), which
keeps the migrations themselves in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def add_columns(db: sqlite_utils.Database, table: str, *columns: str) -> None:
    """Add ``columns`` (each a column definition as SQL: name, type, constraints) to
    ``table``. SQLite keeps each definition's text in the table's schema, so a migration
    must give the same text for every database to end with the same schema."""
    for column in columns:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column}")


#: How the migrations written as SQL scripts laid out a statement's lines; the helpers that
#: replaced them lay theirs out the same, as SQLite keeps the text in the schema.
_BODY = "\n            "
_END = "\n        "


def create_insight_table(db: sqlite_utils.Database, table: str, *columns: str) -> None:
    """A table of what is derived from one insight (``columns``: SQL column definitions),
    keyed by the insight's id and dropped with it."""
    key = "insight_id INTEGER PRIMARY KEY REFERENCES insights(id) ON DELETE CASCADE"
    db.execute(f"CREATE TABLE {table} ({_BODY}{(',' + _BODY).join((key, *columns))}{_END})")


def create_trigger(
    db: sqlite_utils.Database, name: str, event: str, table: str, *statements: str
) -> None:
    """Trigger ``name`` running ``statements`` (SQL, without their ``;``) after ``event``
    (``INSERT``, ``DELETE``, ``UPDATE [OF column]``) on ``table``."""
    body = "".join(f"{_BODY}{statement};" for statement in statements)
    db.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN{body}{_END}END")


def on_every_change(db: sqlite_utils.Database, table: str, prefix: str, action: str) -> None:
    """Triggers ``{prefix}_ai``, ``_ad`` and ``_au`` doing ``action`` (one SQL statement)
    after every insert, delete and update of ``table``."""
    for suffix, event in (("ai", "INSERT"), ("ad", "DELETE"), ("au", "UPDATE")):
        create_trigger(db, f"{prefix}_{suffix}", event, table, action)


def create_fts(db: sqlite_utils.Database, table: str, key: str) -> None:
    """``{table}_fts``, an external-content FTS5 index of ``table``'s ``text`` (rowid
    ``key``) kept in sync by triggers. Porter stemming makes "promoted" find "promotion";
    unicode61 folds case and accents."""
    fts = f"{table}_fts"
    db.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({_BODY}text, content='{table}', "
        f"content_rowid='{key}',{_BODY}tokenize='porter unicode61 remove_diacritics 2'{_END})"
    )
    add = f"INSERT INTO {fts}(rowid, text) VALUES (new.{key}, new.text)"
    drop = f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.{key}, old.text)"
    if len(_BODY) + len(drop) > 100:  # the script this replaced kept lines within 100 columns
        drop = drop.replace(" VALUES", f"{_BODY}    VALUES")
    create_trigger(db, f"{table}_ai", "INSERT", table, add)
    create_trigger(db, f"{table}_ad", "DELETE", table, drop)
    create_trigger(db, f"{table}_au", "UPDATE OF text", table, drop, add)
