-- solieu schema, version 4: what makes the file answer questions by itself.
--
-- 1. Full-text search over articles (`articles_fts`, FTS5). SQLite's unicode61 tokenizer with
--    remove_diacritics 2 folds case and every tone and vowel mark (`THANH HÓA` = `thanh hoa` =
--    `Thanh Hoá`), but not the stroke of đ (a letter of its own to Unicode). So the index holds a
--    copy of the text with đ/Đ written d/D, and a query must be folded the same way:
--      WHERE articles_fts MATCH replace(replace('chuyển đổi số', 'đ', 'd'), 'Đ', 'D')
--    (`solieu search` does this for you). The copy has the same length as the text, so the
--    positions of highlight() are positions in `articles.text`.
--    The table is EXTERNAL-CONTENT: it stores only the index; its content is the view
--    `_articles_fts_source` (db/views/40_query.sql), the articles with đ folded, so highlight()
--    and snippet() work, `INSERT INTO articles_fts(articles_fts) VALUES('rebuild')` rebuilds the
--    index from the view and 'integrity-check' checks it.
--    Keeping it current: a NEW article is indexed by the Store hook (db/fts.ts), in the article's
--    transaction; the same insert run from an AFTER INSERT trigger measured twice the CPU time
--    (about 700 against 430 ms for the 4,000-article bench sample). A CHANGED title or text and a
--    DELETED article are handled by the triggers below ('delete' with the old values, then the
--    new ones), whoever writes. A program that inserts articles by itself indexes them with
--      INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM _articles_fts_source WHERE id = ...
--    or rebuilds the index ('rebuild' above); `solieu stats` shows how many articles are indexed.
-- 2. `figure_extractions.metric_key`: a normalized subject key (pipeline/link/metric-key.ts)
--    computed with the figures (pipeline/analyze.ts, on the worker threads) and written with
--    them, so a target and an actual about the same thing meet in the view `targets_vs_actuals`
--    even when their subjects are worded apart. Stored keys are computed again when the key
--    function changes (db/fts.ts refreshMetricKeys).
--    No index: each one costs every figure written, and the views match keys through the
--    automatic index SQLite builds for the query.
-- 3. `_tables` and `_columns`: the description of every table, view and column, parsed from the
--    trailing comments of their CREATE statements (db/docs.ts) each time the schema changes.

CREATE VIRTUAL TABLE articles_fts USING fts5( -- Full-text index of articles (title and text, đ folded to d; case and tone marks are folded by the tokenizer). Join `articles` on `articles.id = articles_fts.rowid`.
  title, -- The article's headline, đ written d.
  text, -- The article's text, đ written d: same length as `articles.text`, so highlight() positions are positions in it.
  content = '_articles_fts_source', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
  VALUES ('delete', old.id, replace(replace(old.title, 'đ', 'd'), 'Đ', 'D'), replace(replace(old.text, 'đ', 'd'), 'Đ', 'D'));
END;

-- Re-extraction rewrites every column of the row with the same text: only a real change reindexes.
CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, text ON articles
WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
  VALUES ('delete', old.id, replace(replace(old.title, 'đ', 'd'), 'Đ', 'D'), replace(replace(old.text, 'đ', 'd'), 'Đ', 'D'));
  INSERT INTO articles_fts (rowid, title, text)
  VALUES (new.id, replace(replace(new.title, 'đ', 'd'), 'Đ', 'D'), replace(replace(new.text, 'đ', 'd'), 'Đ', 'D'));
END;

-- Articles stored before this migration.
INSERT INTO articles_fts (rowid, title, text)
SELECT id, replace(replace(title, 'đ', 'd'), 'Đ', 'D'), replace(replace(text, 'đ', 'd'), 'Đ', 'D') FROM articles;

-- ALTER TABLE keeps the column text up to the end of its last token in the table's CREATE
-- statement, so its description sits between tokens (a trailing `--` comment would swallow the
-- closing parenthesis SQLite appends).
ALTER TABLE figure_extractions ADD COLUMN metric_key TEXT -- Normalized key of what the figure measures, `subject words|kind|unit` (`ty le ho ngheo|percent|%`): equal keys mean the same metric (pipeline/link/metric-key.ts). NULL when the subject leaves fewer than two words.
  DEFAULT NULL;

CREATE TABLE _tables ( -- Every table and view of this file with its description (generated from the schema's comments; `solieu schema` prints it).
  name TEXT PRIMARY KEY, -- Table or view name.
  type TEXT NOT NULL, -- `table`, `view` or `virtual table`.
  description TEXT -- What one row is, from the comment on the CREATE line.
) STRICT;

CREATE TABLE _columns ( -- Every column of every table and view with its description (generated from the schema's comments).
  table_name TEXT NOT NULL, -- The table or view (`_tables.name`).
  position INTEGER NOT NULL, -- Position of the column in its table, from 0.
  name TEXT NOT NULL, -- Column name.
  type TEXT, -- Declared type (`INTEGER`, `TEXT`, `REAL`); empty for view columns.
  description TEXT, -- What the column holds, from the trailing comment on its line.
  PRIMARY KEY (table_name, name)
) STRICT;
