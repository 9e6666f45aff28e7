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
JOIN articles a ON a.id = e.article_id;

CREATE VIEW figures AS -- Every figure with its citation: THE table to query. Shows what extractors found (reviewers' corrections are applied here once the review issue lands).
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
  is_repeat -- 1 in a verbatim repeat of an earlier passage.
FROM figures_extracted;
