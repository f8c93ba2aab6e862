"""The store's tables (SQLite dialect; docs/store.md maps them to PostgreSQL).

Article-level tables are keyed by the content-derived page id, so re-ingesting the same
input finds the id and changes nothing.  Link-index tables (``lsh_bands``, ``story_keys``)
use the integer ``articles.rowid`` to stay small; they are derived data, rebuilt by ingest.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 3  # 2: carrier chain on sightings, participants and time on events; 3: place precision

TABLES = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents(
  id TEXT PRIMARY KEY, source TEXT, url TEXT, site TEXT, content_hash TEXT,
  status TEXT NOT NULL, error_stage TEXT, error_kind TEXT, error_message TEXT,
  run_id INTEGER, ingested TEXT);
CREATE TABLE IF NOT EXISTS articles(
  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, url TEXT, site TEXT, language TEXT,
  title TEXT, section TEXT, published TEXT, published_day INTEGER, modified TEXT,
  dateline_place TEXT, agency TEXT, authors TEXT, n_words INTEGER,
  dup_group TEXT, story_id TEXT, record TEXT NOT NULL, publisher TEXT);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE INDEX IF NOT EXISTS articles_group ON articles(dup_group);
CREATE TABLE IF NOT EXISTS entities(
  article_id TEXT NOT NULL, span_id TEXT, label TEXT, kind TEXT, norm TEXT, text TEXT,
  start INTEGER, "end" INTEGER, country TEXT, geonames_id INTEGER, lat REAL, lon REAL, precision TEXT);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE INDEX IF NOT EXISTS entities_norm ON entities(norm);
CREATE TABLE IF NOT EXISTS claims(
  id TEXT PRIMARY KEY, story_id TEXT, text TEXT, speaker TEXT, first_seen TEXT,
  first_article TEXT, n_sightings INTEGER, terms TEXT, nums TEXT, stance TEXT,
  names TEXT, lang TEXT);
CREATE INDEX IF NOT EXISTS claims_story ON claims(story_id);
CREATE TABLE IF NOT EXISTS claim_sightings(
  claim_id TEXT NOT NULL, article_id TEXT NOT NULL, span_id TEXT NOT NULL, text TEXT,
  speaker TEXT, cue TEXT, channel TEXT, outlet TEXT, site TEXT, published TEXT, hedged INTEGER,
  agency TEXT, publisher TEXT, carrier TEXT,
  PRIMARY KEY(article_id, span_id));
CREATE INDEX IF NOT EXISTS sightings_claim ON claim_sightings(claim_id);
CREATE TABLE IF NOT EXISTS claim_links(
  source_claim TEXT NOT NULL, target_claim TEXT NOT NULL, type TEXT NOT NULL,
  article_id TEXT NOT NULL, cue TEXT, cross_article INTEGER,
  PRIMARY KEY(source_claim, target_claim, type, article_id));
CREATE TABLE IF NOT EXISTS events(
  id TEXT PRIMARY KEY, story_id TEXT, type TEXT, place TEXT, place_key TEXT, first_seen TEXT,
  n_reports INTEGER, actor TEXT, target TEXT, actor_key TEXT, target_key TEXT, time TEXT, lang TEXT,
  n_mentions INTEGER);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);
CREATE TABLE IF NOT EXISTS event_reports(
  event_id TEXT NOT NULL, article_id TEXT NOT NULL, span_id TEXT NOT NULL, trigger TEXT,
  actor TEXT, target TEXT, place TEXT, time TEXT, negated INTEGER, hedged INTEGER,
  PRIMARY KEY(article_id, span_id));
CREATE TABLE IF NOT EXISTS event_figures(
  event_id TEXT NOT NULL, article_id TEXT NOT NULL, span_id TEXT NOT NULL, kind TEXT NOT NULL,
  value REAL, low REAL, high REAL, claimant TEXT, claim_id TEXT, site TEXT, published TEXT);
CREATE INDEX IF NOT EXISTS figures_event ON event_figures(event_id);
CREATE TABLE IF NOT EXISTS links(
  a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, score REAL, attrs TEXT,
  PRIMARY KEY(a, b, kind));
CREATE INDEX IF NOT EXISTS links_b ON links(b);
CREATE TABLE IF NOT EXISTS stories(
  id TEXT PRIMARY KEY, title TEXT, first_published TEXT, last_published TEXT,
  n_articles INTEGER, languages TEXT);
CREATE TABLE IF NOT EXISTS ingest_log(
  run_id INTEGER PRIMARY KEY, started TEXT, updated TEXT, finished TEXT, status TEXT,
  inputs TEXT, batches INTEGER, n_new INTEGER, n_skipped INTEGER, n_errors INTEGER);
CREATE TABLE IF NOT EXISTS fetch_log(
  url TEXT PRIMARY KEY, kind TEXT, status TEXT, http_status INTEGER, final_url TEXT, etag TEXT,
  last_modified TEXT, content_type TEXT, page_id TEXT, error_kind TEXT, error_message TEXT,
  warc_file TEXT, warc_offset INTEGER, meta TEXT, first_fetched TEXT, fetched TEXT, n_fetches INTEGER);
CREATE TABLE IF NOT EXISTS ingest_manifest(
  input TEXT PRIMARY KEY, size INTEGER, mtime REAL, status TEXT, n_records INTEGER, n_skipped INTEGER,
  run_id INTEGER, finished TEXT);
CREATE TABLE IF NOT EXISTS minhash(art INTEGER PRIMARY KEY, sig BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS lsh_bands(key INTEGER NOT NULL, art INTEGER NOT NULL,
  PRIMARY KEY(key, art)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_keys(key TEXT NOT NULL, day INTEGER NOT NULL, art INTEGER NOT NULL,
  w REAL, PRIMARY KEY(key, day, art)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS key_df(key TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
"""

# Read indexes for `dateline serve` (schema 3), created after the added columns exist (one
# reads events.time): date order and facet counts from an index instead of the large record
# rows; event coordinates by gazetteer id; disputes of a claim; events newest first; the
# figures a claim gives.
READ_INDEXES = """
CREATE INDEX IF NOT EXISTS articles_browse ON articles(published, site, language, section, id);
CREATE INDEX IF NOT EXISTS entities_geo ON entities(geonames_id);
CREATE INDEX IF NOT EXISTS claim_links_target ON claim_links(target_claim);
CREATE INDEX IF NOT EXISTS events_when ON events(coalesce(time, first_seen));
CREATE INDEX IF NOT EXISTS figures_claim ON event_figures(claim_id);
"""
READ_INDEX_NAMES = ["articles_browse", "entities_geo", "claim_links_target", "events_when", "figures_claim"]

# Full-text index: contentless (the text lives in articles.record); ``lemmas`` holds the
# lemmatised body in the article's language so inflected query words meet their forms.
FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, body, lemmas, content='', tokenize='unicode61 remove_diacritics 2');
"""

# Columns added after schema version 1, appended (ALTER TABLE ADD COLUMN) to older stores so a
# store written by the previous version keeps working; their old rows read NULL there.
ADDED_COLUMNS = {
    "articles": ["publisher TEXT"],
    "entities": ["precision TEXT"],
    "claim_sightings": ["agency TEXT", "publisher TEXT", "carrier TEXT"],
    "events": ["actor TEXT", "target TEXT", "actor_key TEXT", "target_key TEXT", "time TEXT", "lang TEXT",
               "n_mentions INTEGER"],
}


def _add_missing_columns(con: sqlite3.Connection) -> None:
    for table, cols in ADDED_COLUMNS.items():
        have = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
        for col in cols:
            if col.split()[0] not in have:
                con.execute(f"ALTER TABLE {table} ADD COLUMN {col}")


# Tables a user exports (index tables are derived and left out).
EXPORT_TABLES = ["documents", "articles", "entities", "claims", "claim_sightings", "claim_links",
                 "events", "event_reports", "event_figures", "links", "stories", "ingest_log", "fetch_log",
                 "ingest_manifest"]


def connect(path: str, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    else:
        con = sqlite3.connect(path, timeout=30, isolation_level=None)  # explicit BEGIN/COMMIT
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a commit survives a killed process
        con.executescript(TABLES + FTS)
        _add_missing_columns(con)
        con.executescript(READ_INDEXES)
        con.execute("INSERT OR REPLACE INTO meta VALUES('schema_version', ?)", (str(SCHEMA_VERSION),))
    con.row_factory = sqlite3.Row
    return con
