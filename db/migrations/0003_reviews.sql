-- solieu schema 3: reviewers' decisions.
--
-- `reviews` is the history and the only source of truth: append-only (the triggers below refuse
-- UPDATE and DELETE). Each row names its figure by a stable anchor (article, span, kind and value
-- as extracted), because figure ids change whenever an article is extracted again.
--
-- `review_links` and `review_state` are DERIVED from `reviews` and the current figures; they can be
-- thrown away and rebuilt (`solieu review relink`). db/review-state.ts rebuilds an article's rows
-- after every review and after every re-extraction (the Store hook in db/reviews.ts):
--   reviews --(anchor matched to the current figures)--> review_links --(decisions applied)--> review_state
-- and the `figures` view (db/views/10_figures.sql) reads `review_state`.

CREATE TABLE reviews ( -- Every reviewer decision, oldest first: append-only history, never updated or deleted.
  id INTEGER PRIMARY KEY, -- Review id.
  action_id INTEGER NOT NULL, -- Rows written by one reviewer action (a correction of several fields at once) share the id of its first row; `undo` names an action.
  article_id INTEGER NOT NULL REFERENCES articles(id), -- The article of the figure (`articles.id`); an article with reviews cannot be deleted.
  figure_id INTEGER, -- `figure_extractions.id` of the figure when it was reviewed. Ids change on re-extraction: the anchor below is what identifies the figure; `review_links.figure_id` is where it is now.
  anchor_start INTEGER NOT NULL, -- Anchor: start of the figure's quote in `articles.text` when reviewed, as extracted (code points).
  anchor_end INTEGER NOT NULL, -- Anchor: end (exclusive) of that quote.
  anchor_quote TEXT NOT NULL, -- Anchor: the quote as it stood then (lets the anchor follow the text when the article itself changes).
  anchor_kind TEXT NOT NULL, -- Anchor: kind as extracted (before any correction).
  anchor_value REAL NOT NULL, -- Anchor: value as extracted (before any correction); re-attachment requires the same value.
  anchor_version TEXT NOT NULL, -- Extractor version that produced the figure, or `review` for a figure a reviewer added.
  decision TEXT NOT NULL CHECK (decision IN ('accept', 'correct', 'reject', 'add', 'undo')), -- accept (the figure is right as shown), correct (one field changed), reject (not a figure: it leaves `figures`), add (a figure the extractors missed), undo (withdraws the action `undoes`).
  field TEXT CHECK (field IN ('value', 'total', 'value_max', 'unit', 'kind', 'qualifier', 'modality', 'change', 'subject', 'place', 'year', 'span')), -- For `correct`: the field changed; `place` sets place_name, place_code and province together; `span` moves the quote. NULL for other decisions.
  old_value TEXT, -- For `correct`: the field as `figures` showed it before (numbers as plain digits; place and span as JSON); NULL when it was empty.
  new_value TEXT, -- For `correct`: the value set, written like `old_value` (NULL clears the field). For `add`: the whole figure as a JSON object.
  undoes INTEGER, -- For `undo`: the `action_id` withdrawn; NULL otherwise.
  reviewer TEXT NOT NULL, -- Who decided (`--reviewer`, $SOLIEU_REVIEWER or $USER).
  at TEXT NOT NULL, -- When (UTC, ISO 8601).
  via TEXT NOT NULL CHECK (via IN ('cli', 'web', 'import')), -- Where: the command line, the review page, or a spreadsheet import.
  note TEXT -- The reviewer's note (why rejected, source of a correction); NULL when none.
) STRICT;
CREATE INDEX idx_reviews_article_id ON reviews(article_id);
CREATE INDEX idx_reviews_action_id ON reviews(action_id);

-- History is kept: corrections are made by adding rows, mistakes undone by an `undo` row.
CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews is append-only: record a new review (or an undo) instead'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews is append-only: record an undo instead of deleting'); END;

CREATE TABLE review_links ( -- Derived: the current figure each review applies to, re-made after every re-extraction; a review whose figure is gone stays here as `orphaned`, never dropped.
  review_id INTEGER PRIMARY KEY REFERENCES reviews(id), -- The review (`reviews.id`).
  article_id INTEGER NOT NULL, -- Its article (`articles.id`).
  figure_id INTEGER REFERENCES figure_extractions(id) ON DELETE SET NULL, -- The current figure it applies to; NULL when orphaned or undone.
  status TEXT NOT NULL CHECK (status IN ('attached', 'moved', 'orphaned', 'undone')), -- attached (same span and kind as when last linked), moved (re-attached to a figure whose span, kind or text position moved), orphaned (no current figure matches; kept and tried again at each re-extraction), undone (an added figure withdrawn by undo).
  seen_start INTEGER NOT NULL, -- Start of the figure it was last attached to, as extracted (code points); matching starts from here.
  seen_end INTEGER NOT NULL, -- End (exclusive) of that figure.
  seen_quote TEXT NOT NULL, -- Quote of that figure.
  seen_kind TEXT NOT NULL, -- Kind of that figure as extracted.
  seen_value REAL NOT NULL, -- Value of that figure as extracted.
  linked_version TEXT NOT NULL, -- Extractor version of that figure (`review` for an added figure).
  run_id INTEGER, -- The run (`runs.id`) whose re-extraction last re-made this link; NULL when made by a review.
  linked_at TEXT NOT NULL, -- When the link was last made (UTC, ISO 8601).
  detail TEXT -- What moved (`span 120-126 -> 119-126; kind count -> ratio`) or why orphaned; NULL when attached as is.
) STRICT;
CREATE INDEX idx_review_links_figure_id ON review_links(figure_id);
CREATE INDEX idx_review_links_article_id ON review_links(article_id);

CREATE TABLE review_state ( -- Derived: each reviewed figure as reviewers left it (every field), read by the `figures` view; one row per current figure that has reviews.
  figure_id INTEGER PRIMARY KEY REFERENCES figure_extractions(id) ON DELETE CASCADE, -- The current figure (`figure_extractions.id`).
  article_id INTEGER NOT NULL, -- Its article (`articles.id`).
  status TEXT NOT NULL CHECK (status IN ('accepted', 'corrected', 'rejected', 'added')), -- accepted (reviewed, as extracted), corrected (some field differs from the extraction), rejected (hidden from `figures`), added (a figure a reviewer added).
  kind TEXT NOT NULL CHECK (kind IN ('percent', 'count', 'ratio', 'money', 'quantity', 'rank')), -- Kind after review.
  value REAL NOT NULL, -- Value after review.
  total REAL, -- Denominator after review.
  value_max REAL, -- Top of range after review.
  unit TEXT, -- Unit after review.
  qualifier TEXT NOT NULL CHECK (qualifier IN ('exact', 'approx', 'at_least', 'more_than', 'at_most', 'less_than', 'range')), -- Qualifier after review.
  modality TEXT NOT NULL CHECK (modality IN ('actual', 'target')), -- Modality after review.
  change TEXT CHECK (change IN ('up', 'down')), -- Change after review.
  subject TEXT, -- Subject after review.
  place_name TEXT, -- Place after review.
  place_code TEXT, -- Place code after review.
  province TEXT, -- Province after review.
  year INTEGER, -- Year after review.
  period TEXT, -- Period: as extracted, cleared when a corrected year contradicts it.
  char_start INTEGER NOT NULL, -- Start of the quote after review (a span fix moves it), code points.
  char_end INTEGER NOT NULL, -- End (exclusive) of the quote after review.
  sentence_start INTEGER NOT NULL, -- Start of the sentence holding the reviewed quote.
  sentence_end INTEGER NOT NULL, -- End (exclusive) of that sentence.
  reviewer TEXT NOT NULL, -- Who made the last decision on the figure.
  reviewed_at TEXT NOT NULL, -- When (UTC, ISO 8601).
  note TEXT -- The last note written on the figure.
) STRICT;
CREATE INDEX idx_review_state_article_id ON review_state(article_id);
