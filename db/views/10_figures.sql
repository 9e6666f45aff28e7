-- The public query surface for figures. Views are dropped and created again whenever their
-- text changes, so they can evolve without migrations; their columns are a stable promise.

CREATE VIEW figures_extracted AS -- Figures exactly as the extractors found them, with quote and sentence cut from the article text.
SELECT
  e.id AS id, -- Figure id.
  e.article_id AS article_id, -- The article (`articles.id`).
  e.kind AS kind, -- percent, count, ratio, money, quantity or rank.
  e.value AS value, -- The number (bottom of a range; numerator of a ratio; money in units of its currency).
  e.total AS total, -- Denominator of a ratio.
  e.value_max AS value_max, -- Top of a range.
  e.unit AS unit, -- `%`, currency with rate (`VND/kg`), measure (`ha`) or counted noun (`người`).
  e.qualifier AS qualifier, -- exact, approx, at_least, more_than, at_most, less_than, range.
  e.modality AS modality, -- actual or target.
  e.change AS change, -- up, down, or NULL for a level.
  e.subject AS subject, -- What the figure measures.
  e.place_name AS place_name, -- The unit it is about, with level word (`huyện Tam Dương`), or `Việt Nam`.
  e.place_code AS place_code, -- Official code of that unit.
  e.province AS province, -- Province before the 2025 reform.
  e.year AS year, -- Year described.
  e.period AS period, -- Finer period (`2023-H1`, `2023-05`).
  substr(a.text, e.char_start + 1, e.char_end - e.char_start) AS quote, -- The figure as written: `substr(articles.text, char_start + 1, char_end - char_start)`.
  e.char_start AS char_start, -- Start of the quote in `articles.text` (code points from 0).
  e.char_end AS char_end, -- End of the quote (exclusive).
  substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence, -- The sentence holding the figure.
  e.is_repeat AS is_repeat, -- 1 in a verbatim repeat of an earlier passage.
  e.extractor AS extractor, -- Which extractor found it.
  e.extractor_version AS extractor_version -- Extractor version.
FROM figure_extractions e
JOIN articles a ON a.id = e.article_id
WHERE e.extractor <> 'review';

-- Reviewed values: `review_state` (db/migrations/0003_reviews.sql) holds every field of each
-- reviewed figure, so one LEFT JOIN on its primary key serves all columns; figures nobody has
-- reviewed have no row there and show the extraction. Figures a reviewer added are rows of
-- `figure_extractions` with extractor `review`: here (status `added`), not in `figures_extracted`.
CREATE VIEW figures_reviewed AS -- Every current figure with reviewers' corrections applied and its review status, rejected figures included (the review queue).
SELECT
  e.id AS id, -- Figure id.
  e.article_id AS article_id, -- The article (`articles.id`).
  IIF(s.figure_id IS NULL, e.kind, s.kind) AS kind, -- percent, count, ratio, money, quantity or rank.
  IIF(s.figure_id IS NULL, e.value, s.value) AS value, -- The number, as reviewed.
  IIF(s.figure_id IS NULL, e.total, s.total) AS total, -- Denominator of a ratio.
  IIF(s.figure_id IS NULL, e.value_max, s.value_max) AS value_max, -- Top of a range.
  IIF(s.figure_id IS NULL, e.unit, s.unit) AS unit, -- Unit.
  IIF(s.figure_id IS NULL, e.qualifier, s.qualifier) AS qualifier, -- exact, approx, at_least, more_than, at_most, less_than, range.
  IIF(s.figure_id IS NULL, e.modality, s.modality) AS modality, -- actual or target.
  IIF(s.figure_id IS NULL, e.change, s.change) AS change, -- up, down, or NULL for a level.
  IIF(s.figure_id IS NULL, e.subject, s.subject) AS subject, -- What the figure measures.
  IIF(s.figure_id IS NULL, e.place_name, s.place_name) AS place_name, -- The unit it is about, with level word.
  IIF(s.figure_id IS NULL, e.place_code, s.place_code) AS place_code, -- Official code of that unit.
  IIF(s.figure_id IS NULL, e.province, s.province) AS province, -- Province before the 2025 reform.
  IIF(s.figure_id IS NULL, e.year, s.year) AS year, -- Year described.
  IIF(s.figure_id IS NULL, e.period, s.period) AS period, -- Finer period.
  substr(a.text, IIF(s.figure_id IS NULL, e.char_start, s.char_start) + 1, IIF(s.figure_id IS NULL, e.char_end - e.char_start, s.char_end - s.char_start)) AS quote, -- The figure as written (after any span fix).
  IIF(s.figure_id IS NULL, e.char_start, s.char_start) AS char_start, -- Start of the quote in `articles.text` (code points from 0).
  IIF(s.figure_id IS NULL, e.char_end, s.char_end) AS char_end, -- End of the quote (exclusive).
  substr(a.text, IIF(s.figure_id IS NULL, e.sentence_start, s.sentence_start) + 1, IIF(s.figure_id IS NULL, e.sentence_end - e.sentence_start, s.sentence_end - s.sentence_start)) AS sentence, -- The sentence holding the figure.
  IIF(s.figure_id IS NULL, e.sentence_start, s.sentence_start) AS sentence_start, -- Start of that sentence (code points).
  IIF(s.figure_id IS NULL, e.sentence_end, s.sentence_end) AS sentence_end, -- End of that sentence (exclusive).
  e.is_repeat AS is_repeat, -- 1 in a verbatim repeat of an earlier passage.
  COALESCE(s.status, 'pending') AS review_status, -- pending (nobody has looked), accepted, corrected, added (by a reviewer), rejected.
  s.reviewer AS reviewer, -- Who made the last review decision; NULL when pending.
  s.reviewed_at AS reviewed_at, -- When (UTC, ISO 8601); NULL when pending.
  s.note AS review_note, -- The last reviewer's note on the figure.
  e.extractor AS extractor, -- Which extractor found it, or `review`.
  e.extractor_version AS extractor_version -- Extractor version (`review` for an added figure).
FROM figure_extractions e
JOIN articles a ON a.id = e.article_id
LEFT JOIN review_state s ON s.figure_id = e.id;

CREATE VIEW figures AS -- Every figure with its citation: THE table to query. Shows reviewers' corrections and the figures they added; rejected figures are left out (see `figures_reviewed`, `figures_extracted`).
SELECT
  id, -- Figure id.
  article_id, -- The article (`articles.id`).
  kind, -- percent, count, ratio, money, quantity or rank.
  value, -- The number (bottom of a range; numerator of a ratio; money in units of its currency).
  total, -- Denominator of a ratio.
  value_max, -- Top of a range.
  unit, -- `%`, currency with rate (`VND/kg`), measure (`ha`) or counted noun (`người`).
  qualifier, -- exact, approx, at_least, more_than, at_most, less_than, range.
  modality, -- actual or target.
  change, -- up, down, or NULL for a level.
  subject, -- What the figure measures.
  place_name, -- The unit it is about, with level word (`huyện Tam Dương`), or `Việt Nam`.
  place_code, -- Official code of that unit.
  province, -- Province before the 2025 reform.
  year, -- Year described.
  period, -- Finer period (`2023-H1`, `2023-05`).
  quote, -- The figure as written in the article.
  char_start, -- Start of the quote in `articles.text` (code points from 0).
  char_end, -- End of the quote (exclusive).
  sentence, -- The sentence holding the figure.
  is_repeat, -- 1 in a verbatim repeat of an earlier passage.
  review_status, -- pending, accepted, corrected or added (`solieu review`); rejected figures are not here.
  reviewer, -- Who last reviewed the figure; NULL when pending.
  reviewed_at -- When it was last reviewed (UTC, ISO 8601); NULL when pending.
FROM figures_reviewed
WHERE review_status <> 'rejected';
