-- debrief knowledge base schema. Generated: python -m debrief.store.db

CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

CREATE INDEX idx_companies_mentioned_company ON companies_mentioned(company_id);

CREATE INDEX idx_debriefs_company ON debriefs(company_id);

CREATE INDEX idx_debriefs_contact ON debriefs(contact_id);

CREATE INDEX idx_debriefs_recorded_at ON debriefs(recorded_at);

CREATE INDEX idx_debriefs_status ON debriefs(status);

CREATE INDEX idx_follow_ups_debrief ON follow_ups(debrief_id);

CREATE UNIQUE INDEX idx_follow_ups_habit ON follow_ups(debrief_id, habit_key)
            WHERE habit_key IS NOT NULL;

CREATE INDEX idx_follow_ups_open ON follow_ups(done_at, due);

CREATE INDEX idx_insights_category ON insights(category);

CREATE INDEX idx_insights_debrief ON insights(debrief_id);

CREATE INDEX idx_people_company ON people_mentioned(company COLLATE NOCASE);

CREATE INDEX idx_people_debrief ON people_mentioned(debrief_id);

CREATE INDEX idx_people_key ON people_mentioned(key);

CREATE INDEX idx_segments_debrief ON segments(debrief_id, idx);

CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('person', 'company')),
            heard_key TEXT NOT NULL,
            name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (kind, heard_key)
        );

CREATE TABLE companies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE
        );

CREATE TABLE companies_mentioned (
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            company_id INTEGER NOT NULL REFERENCES companies(id),
            PRIMARY KEY (debrief_id, company_id)
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
        , heard_contact TEXT, heard_company TEXT, heard_contact_how TEXT);

CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            due TEXT,
            done_at TEXT,
            start_char INTEGER,
            end_char INTEGER
        , kind TEXT, habit_key TEXT, person TEXT, direction TEXT NOT NULL DEFAULT 'mine'
            CHECK (direction IN ('mine', 'theirs')), dismissed_at TEXT, source_text TEXT);

CREATE TABLE id_high_water (name TEXT PRIMARY KEY, last_id INTEGER NOT NULL);

CREATE TABLE insight_terms (
            insight_id INTEGER PRIMARY KEY REFERENCES insights(id) ON DELETE CASCADE,
            terms TEXT NOT NULL,
            version TEXT NOT NULL
        );

CREATE TABLE insight_vectors (
            insight_id INTEGER PRIMARY KEY REFERENCES insights(id) ON DELETE CASCADE,
            model TEXT NOT NULL,
            scale REAL NOT NULL,
            vector BLOB NOT NULL
        );

CREATE TABLE insights (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            category TEXT,
            text TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL
        );

CREATE VIRTUAL TABLE insights_fts USING fts5(
            text, content='insights', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        );

CREATE TABLE pending_scrubs (id INTEGER PRIMARY KEY, debrief_id INTEGER NOT NULL, audio_path TEXT, requested_at TEXT NOT NULL);

CREATE TABLE people_mentioned (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            company TEXT,
            relation TEXT NOT NULL CHECK (relation IN ('referral', 'mentioned'))
        , heard TEXT, heard_how TEXT);

CREATE TABLE person_settings (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            stay_in_touch_days INTEGER CHECK (stay_in_touch_days > 0)
        );

CREATE TABLE query_vectors (
            key TEXT PRIMARY KEY,
            vector BLOB NOT NULL,
            used_at INTEGER NOT NULL
        );

CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            text TEXT NOT NULL
        , words TEXT);

CREATE TABLE transcripts (
            debrief_id INTEGER PRIMARY KEY REFERENCES debriefs(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            language TEXT,
            engine TEXT,
            model TEXT,
            settings TEXT,
            created_at TEXT NOT NULL
        );

CREATE VIRTUAL TABLE transcripts_fts USING fts5(
            text, content='transcripts', content_rowid='debrief_id',
            tokenize='porter unicode61 remove_diacritics 2'
        );

CREATE TABLE "user_fields" (
            entity TEXT NOT NULL CHECK (entity IN ('debrief', 'follow_up')),
            entity_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            item TEXT NOT NULL DEFAULT '',
            value TEXT,
            set_at TEXT NOT NULL,
            PRIMARY KEY (entity, entity_id, field, item)
        );

CREATE TABLE vector_epoch (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            n INTEGER NOT NULL
        );

CREATE TABLE vector_packs (
            model TEXT PRIMARY KEY,
            epoch INTEGER NOT NULL,
            ids BLOB NOT NULL,
            scales BLOB NOT NULL,
            vectors BLOB NOT NULL
        );

CREATE TRIGGER debriefs_high_water_ai AFTER INSERT ON debriefs BEGIN
            UPDATE id_high_water SET last_id = max(last_id, NEW.id) WHERE name = 'debriefs';
        END;

CREATE TRIGGER follow_ups_high_water_ai AFTER INSERT ON follow_ups BEGIN
            UPDATE id_high_water SET last_id = max(last_id, NEW.id) WHERE name = 'follow_ups';
        END;

CREATE TRIGGER insight_vectors_ad AFTER DELETE ON insight_vectors BEGIN
            UPDATE vector_epoch SET n = n + 1 WHERE id = 1;
        END;

CREATE TRIGGER insight_vectors_ai AFTER INSERT ON insight_vectors BEGIN
            UPDATE vector_epoch SET n = n + 1 WHERE id = 1;
        END;

CREATE TRIGGER insight_vectors_au AFTER UPDATE ON insight_vectors BEGIN
            UPDATE vector_epoch SET n = n + 1 WHERE id = 1;
        END;

CREATE TRIGGER insights_ad AFTER DELETE ON insights BEGIN
            INSERT INTO insights_fts(insights_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

CREATE TRIGGER insights_ai AFTER INSERT ON insights BEGIN
            INSERT INTO insights_fts(rowid, text) VALUES (new.id, new.text);
        END;

CREATE TRIGGER insights_au AFTER UPDATE OF text ON insights BEGIN
            INSERT INTO insights_fts(insights_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO insights_fts(rowid, text) VALUES (new.id, new.text);
        END;

CREATE TRIGGER insights_high_water_ai AFTER INSERT ON insights BEGIN
            UPDATE id_high_water SET last_id = max(last_id, NEW.id) WHERE name = 'insights';
        END;

CREATE TRIGGER transcripts_ad AFTER DELETE ON transcripts BEGIN
            INSERT INTO transcripts_fts(transcripts_fts, rowid, text)
                VALUES ('delete', old.debrief_id, old.text);
        END;

CREATE TRIGGER transcripts_ai AFTER INSERT ON transcripts BEGIN
            INSERT INTO transcripts_fts(rowid, text) VALUES (new.debrief_id, new.text);
        END;

CREATE TRIGGER transcripts_au AFTER UPDATE OF text ON transcripts BEGIN
            INSERT INTO transcripts_fts(transcripts_fts, rowid, text)
                VALUES ('delete', old.debrief_id, old.text);
            INSERT INTO transcripts_fts(rowid, text) VALUES (new.debrief_id, new.text);
        END;

CREATE TRIGGER vector_packs_drop_ad AFTER DELETE ON insight_vectors BEGIN
            DELETE FROM vector_packs;
        END;

CREATE TRIGGER vector_packs_drop_ai AFTER INSERT ON insight_vectors BEGIN
            DELETE FROM vector_packs;
        END;

CREATE TRIGGER vector_packs_drop_au AFTER UPDATE ON insight_vectors BEGIN
            DELETE FROM vector_packs;
        END;

CREATE VIEW debriefs_named AS SELECT d.*, c.name AS contact, c.title AS title, co.name AS company FROM debriefs d LEFT JOIN contacts c ON c.id = d.contact_id LEFT JOIN companies co ON co.id = d.company_id;
