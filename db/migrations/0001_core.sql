-- solieu schema, version 1: articles, the figures extracted from them, places they name,
-- what went wrong while reading inputs, and the runs that wrote it all.
-- Every column carries a trailing comment: `solieu schema` and the README are generated from them.

CREATE TABLE articles ( -- One row per article: its own words as stored, and where it came from.
  id INTEGER PRIMARY KEY, -- Row id; figures and mentions point here.
  key TEXT NOT NULL UNIQUE, -- Identity of the article in its input: a file's path, `dump path#record id`, or a fetched URL. Re-ingesting the same key updates the row instead of adding one.
  external_id TEXT, -- The dump record's own `id`, or the file's name without extension (never a path).
  source TEXT NOT NULL, -- Where it was read: the file or dump path as given, or the URL fetched.
  url TEXT, -- The article's URL when the input gives one (canonical URL for HTML pages).
  title TEXT, -- Headline, when the input gives one.
  published TEXT, -- Publication date, ISO, possibly partial (`2023-08`, `2022-08-30`); NULL when unknown, never the day of the run.
  published_from TEXT, -- Where `published` came from: `input` (the dump's date field), `header` (a date line in the text), `html` (page metadata).
  text TEXT NOT NULL, -- The article's own words in Unicode NFC, page furniture removed. Offsets of figures and mentions count code points in this text.
  content_hash TEXT NOT NULL, -- SHA-256 of the input text as read (hex): an unchanged article is skipped, the same text under another key is a duplicate.
  extra TEXT, -- Fields of the input record that solieu does not use, as JSON.
  extractor_version TEXT NOT NULL, -- Version of solieu's extractors that produced this article's figures.
  run_id INTEGER, -- The run (`runs.id`) that last wrote this article.
  ingested_at TEXT NOT NULL -- When the article was last written (UTC, ISO 8601).
) STRICT;
CREATE INDEX idx_articles_content_hash ON articles(content_hash);
CREATE INDEX idx_articles_external_id ON articles(external_id);
CREATE INDEX idx_articles_published ON articles(published);

CREATE TABLE figure_extractions ( -- Figures as the extractors found them; the `figures` view is what users query.
  id INTEGER PRIMARY KEY, -- Figure id, stable until the article is re-extracted.
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, -- The article (`articles.id`).
  seq INTEGER NOT NULL, -- Order of the figure in its article, from 0.
  kind TEXT NOT NULL CHECK (kind IN ('percent', 'count', 'ratio', 'money', 'quantity', 'rank')), -- What sort of figure: percent, count, ratio, money, quantity or rank.
  value REAL NOT NULL, -- The number: a percent as written (99.86), money in units of its currency (3.5e12 for `3.500 tỷ đồng`), the numerator of a ratio, the bottom of a range.
  total REAL, -- Denominator of a ratio (213 in `199/213 thôn`), or the field size of a rank (`5/63`).
  value_max REAL, -- Top of a range (25 in `20-25%`); NULL otherwise.
  unit TEXT, -- `%`; a currency code with its rate (`VND`, `USD`, `VND/kg`); a measure (`ha`, `tấn/ha`); or the counted noun as written (`người`, `xã`).
  qualifier TEXT NOT NULL CHECK (qualifier IN ('exact', 'approx', 'at_least', 'more_than', 'at_most', 'less_than', 'range')), -- Bound the text puts on the figure: exact, approx (khoảng, gần), at_least (trở lên), more_than (trên, hơn), at_most (tối đa), less_than (dưới), range.
  modality TEXT NOT NULL CHECK (modality IN ('actual', 'target')), -- `actual` (reached, as of a date) or `target` (a plan, goal, quota or forecast).
  change TEXT CHECK (change IN ('up', 'down')), -- `up` or `down` where the figure is a change (`tăng 5%`), NULL for a level.
  subject TEXT, -- What the figure measures: a short phrase of its sentence (`tỷ lệ sử dụng văn bản điện tử ký số của UBND cấp xã`).
  place_name TEXT, -- The administrative unit the figure is about, with its level word (`huyện Tam Dương`); `Việt Nam` for a nation-wide figure.
  place_code TEXT, -- Official code of that unit (`places.code`); NULL when not known or ambiguous.
  province TEXT, -- Province of that unit as it was before the July 2025 reform (`Vĩnh Phúc`); NULL when ambiguous or national.
  year INTEGER, -- The year the figure describes (as-of year, or the target year); NULL when unknown.
  period TEXT, -- A finer period where the text gives one: `2023-05`, `2023-H1`, `2022-Q2`, `2022-08-30`.
  char_start INTEGER NOT NULL, -- Start of the figure's quote in `articles.text`, in code points from 0.
  char_end INTEGER NOT NULL, -- End (exclusive) of the quote, in code points.
  sentence_start INTEGER NOT NULL, -- Start of the sentence holding the figure, in code points.
  sentence_end INTEGER NOT NULL, -- End (exclusive) of that sentence, in code points.
  is_repeat INTEGER NOT NULL DEFAULT 0 CHECK (is_repeat IN (0, 1)), -- 1 when the figure sits in a verbatim repeat of an earlier passage (a repeated lead): do not count it twice.
  extractor TEXT NOT NULL, -- The extractor that found it (`percent`, `money`, ...), or `review` for a figure a reviewer added.
  extractor_version TEXT NOT NULL -- Version of solieu's extractors that found it.
) STRICT;
CREATE INDEX idx_figure_extractions_article_id ON figure_extractions(article_id, seq);
CREATE INDEX idx_figure_extractions_kind ON figure_extractions(kind);
CREATE INDEX idx_figure_extractions_province ON figure_extractions(province);

CREATE TABLE place_mentions ( -- Every administrative unit an article names, with its span and, where the text decides, its official code.
  id INTEGER PRIMARY KEY, -- Row id.
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, -- The article (`articles.id`).
  char_start INTEGER NOT NULL, -- Start of the mention in `articles.text`, in code points.
  char_end INTEGER NOT NULL, -- End (exclusive) of the mention, in code points.
  quote TEXT NOT NULL, -- The mention as written (`huyện Tam Dương`, `TP.HCM`).
  level TEXT, -- Level word of the unit: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu.
  name TEXT NOT NULL, -- The unit's name without its level word, as the gazetteer spells it (`Tam Dương`).
  code TEXT, -- Official code (`places.code`); NULL when the text cannot decide between several units.
  province TEXT, -- Province of the unit before the July 2025 reform; NULL when ambiguous.
  candidates TEXT, -- JSON array of candidate codes when the mention is ambiguous (several `huyện Vĩnh Thạnh`), else NULL.
  via TEXT NOT NULL -- How the mention was found: `level-word`, `bare`, `list`, `dateline`, `credit`, `parenthesis`.
) STRICT;
CREATE INDEX idx_place_mentions_article_id ON place_mentions(article_id);
CREATE INDEX idx_place_mentions_code ON place_mentions(code);

CREATE TABLE ingest_errors ( -- Inputs that could not be read as articles: what, where and why. The rest of the run went on.
  id INTEGER PRIMARY KEY, -- Row id.
  run_id INTEGER, -- The run (`runs.id`) that met the error.
  source TEXT NOT NULL, -- The file, dump or URL.
  line INTEGER, -- Line number in a JSON Lines dump (from 1), or the record number in a WARC file; NULL for whole files.
  external_id TEXT, -- The record's id, when it could be read.
  reason TEXT NOT NULL, -- Short reason: `missing`, `unreadable`, `invalid-utf8`, `binary`, `empty`, `malformed-json`, `no-text`, `fetch-failed`, `processing-failed`...
  detail TEXT, -- The full message.
  at TEXT NOT NULL -- When (UTC, ISO 8601).
) STRICT;
CREATE INDEX idx_ingest_errors_run_id ON ingest_errors(run_id);

CREATE TABLE runs ( -- One row per `solieu` command that wrote to the file: when, on what, with what result.
  id INTEGER PRIMARY KEY, -- Run id.
  command TEXT NOT NULL, -- `ingest`, `fetch`, `reextract`...
  inputs TEXT NOT NULL, -- JSON array of the paths or URLs given.
  options TEXT, -- JSON object of the options given.
  version TEXT NOT NULL, -- solieu's version and extractor version.
  started_at TEXT NOT NULL, -- Start (UTC, ISO 8601).
  ended_at TEXT, -- End; NULL while running or when the process was killed.
  status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'interrupted')), -- running, completed, failed (a fatal error), interrupted (Ctrl-C); a run left `running` by a killed process is marked `interrupted` by the next run.
  articles_seen INTEGER NOT NULL DEFAULT 0, -- Articles read from the inputs.
  articles_new INTEGER NOT NULL DEFAULT 0, -- Articles stored for the first time.
  articles_changed INTEGER NOT NULL DEFAULT 0, -- Articles whose text changed and were stored again.
  articles_unchanged INTEGER NOT NULL DEFAULT 0, -- Articles skipped because they were stored unchanged.
  articles_reextracted INTEGER NOT NULL DEFAULT 0, -- Unchanged articles whose figures were extracted again (`--reextract`).
  duplicates INTEGER NOT NULL DEFAULT 0, -- Articles skipped because the same text is stored under another key.
  figures INTEGER NOT NULL DEFAULT 0, -- Figures written.
  errors INTEGER NOT NULL DEFAULT 0, -- Rows written to `ingest_errors`.
  skipped_files INTEGER NOT NULL DEFAULT 0 -- Files in folders that are not articles (README, .tsv, .json), skipped with a note.
) STRICT;
