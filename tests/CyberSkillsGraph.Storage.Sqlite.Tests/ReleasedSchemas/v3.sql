-- Schema version 3 as released: what a database made then holds. Never edit; add a file for a new version.
CREATE TABLE regions (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX regions_dataset ON regions (dataset);
CREATE TABLE frameworks (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX frameworks_dataset ON frameworks (dataset);
CREATE TABLE competences (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX competences_dataset ON competences (dataset);
CREATE TABLE roles (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX roles_dataset ON roles (dataset);
CREATE TABLE standards (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX standards_dataset ON standards (dataset);
CREATE TABLE mappings (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX mappings_dataset ON mappings (dataset);
CREATE TABLE providers (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX providers_dataset ON providers (dataset);
CREATE TABLE training_programmes (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX training_programmes_dataset ON training_programmes (dataset);
CREATE TABLE demand (key TEXT PRIMARY KEY NOT NULL, dataset TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX demand_dataset ON demand (dataset);
CREATE TABLE datasets (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
INSERT INTO meta (name, value) VALUES ('revision', 0);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  revision INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  before TEXT,
  after TEXT);
CREATE INDEX audit_actor ON audit (actor, revision);
CREATE INDEX audit_key ON audit (key, revision);
CREATE TABLE changes (revision INTEGER PRIMARY KEY NOT NULL, body TEXT);
PRAGMA user_version = 3;
