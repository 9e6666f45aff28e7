-- Views for the common questions (README "Query the file directly"), and the content of the
-- full-text index. They read the public `figures` view, so reviewers' corrections show here too.

CREATE VIEW _articles_fts_source AS -- Internal: what `articles_fts` indexes, the articles with đ/Đ written d/D (same length as the text, so positions carry over).
SELECT
  id, -- The article (`articles.id`) = `articles_fts.rowid`.
  replace(replace(title, 'đ', 'd'), 'Đ', 'D') AS title, -- Headline, đ folded.
  replace(replace(text, 'đ', 'd'), 'Đ', 'D') AS text -- Text, đ folded.
FROM articles;

CREATE VIEW figures_cited AS -- Every figure with its citation in full: the article's source, URL, title and date, the places the article names, and the metric key. One row per row of `figures`.
SELECT
  f.id AS id, -- Figure id (`figures.id`).
  f.article_id AS article_id, -- The article (`articles.id`).
  f.kind AS kind, -- percent, count, ratio, money, quantity or rank.
  f.value AS value, -- The number (bottom of a range; numerator of a ratio; money in units of its currency).
  f.total AS total, -- Denominator of a ratio.
  f.value_max AS value_max, -- Top of a range.
  f.unit AS unit, -- `%`, currency with rate (`VND/kg`), measure (`ha`) or counted noun (`người`).
  f.qualifier AS qualifier, -- exact, approx, at_least, more_than, at_most, less_than, range.
  f.modality AS modality, -- actual or target.
  f.change AS change, -- up, down, or NULL for a level.
  f.subject AS subject, -- What the figure measures.
  e.metric_key AS metric_key, -- Normalized subject key (`subject words|kind|unit`): equal keys mean the same metric.
  f.place_name AS place_name, -- The unit the figure is about, with level word (`huyện Tam Dương`), or `Việt Nam`.
  f.place_code AS place_code, -- Official code of that unit.
  f.province AS province, -- Province before the 2025 reform.
  f.year AS year, -- Year described.
  f.period AS period, -- Finer period (`2023-H1`, `2023-05`).
  f.quote AS quote, -- The figure as written in the article.
  f.sentence AS sentence, -- The sentence holding the figure.
  f.char_start AS char_start, -- Start of the quote in `articles.text` (code points from 0).
  f.char_end AS char_end, -- End of the quote (exclusive).
  f.is_repeat AS is_repeat, -- 1 in a verbatim repeat of an earlier passage.
  a.external_id AS external_id, -- The article's own id in its dump, or its file name.
  a.title AS title, -- The article's headline.
  a.published AS published, -- The article's publication date (ISO, possibly partial).
  a.source AS source, -- Where the article was read: file, dump or URL.
  a.url AS url, -- The article's URL, when known.
  (SELECT group_concat(n, '; ') FROM (
    SELECT DISTINCT trim(coalesce(m.level || ' ', '') || m.name) AS n FROM place_mentions m WHERE m.article_id = f.article_id ORDER BY m.char_start
  )) AS article_places -- Every administrative unit the article names, with level word, in order of first mention (`huyện Tam Dương; tỉnh Vĩnh Phúc`).
FROM figures f
JOIN articles a ON a.id = f.article_id
LEFT JOIN figure_extractions e ON e.id = f.id;

CREATE VIEW figures_by_place AS -- One row per place that figures are about (`place_code`, else `place_name`; NULL = no place found): how many figures of each kind, targets, actuals, articles and years.
SELECT
  place_code, -- Official code of the unit; NULL when not known.
  place_name, -- The unit with its level word (`huyện Tam Dương`), or `Việt Nam`; NULL for figures without a place.
  province, -- Province before the 2025 reform.
  figures, -- Figures about this place (repeats of a lead paragraph not counted).
  articles, -- Articles these figures come from.
  percent, -- Figures of kind percent.
  count, -- Figures of kind count.
  ratio, -- Figures of kind ratio.
  money, -- Figures of kind money.
  quantity, -- Figures of kind quantity.
  rank, -- Figures of kind rank.
  targets, -- Figures that are targets.
  actuals, -- Figures that are actuals.
  first_year, -- Earliest year described.
  last_year, -- Latest year described.
  (SELECT count(*) FROM place_mentions m WHERE m.code = g.place_code) AS mentions -- Mentions of this unit (by code) in all articles.
FROM (
  SELECT
    place_code, max(place_name) AS place_name, max(province) AS province,
    count(*) AS figures, count(DISTINCT article_id) AS articles,
    sum(kind = 'percent') AS percent, sum(kind = 'count') AS count, sum(kind = 'ratio') AS ratio,
    sum(kind = 'money') AS money, sum(kind = 'quantity') AS quantity, sum(kind = 'rank') AS rank,
    sum(modality = 'target') AS targets, sum(modality = 'actual') AS actuals,
    min(year) AS first_year, max(year) AS last_year
  FROM figures
  WHERE is_repeat = 0
  GROUP BY coalesce(place_code, place_name)
) g;

-- A target meets the actuals of the same place (code, else name), metric key and direction of
-- change; the latest of them (year, then period, then the article's date) stands beside it.
CREATE VIEW targets_vs_actuals AS -- Each target figure beside the latest actual figure for the same place and metric (equal `metric_key`); the actual columns are NULL when none is stored.
-- MATERIALIZED: without it SQLite expands `t` at each use, and the self-join took 75 s on 4,000
-- articles instead of half a second.
WITH t AS MATERIALIZED (
  SELECT f.*, e.metric_key, coalesce(f.place_code, f.place_name) AS place_key, a.url, a.published
  FROM figures f JOIN articles a ON a.id = f.article_id JOIN figure_extractions e ON e.id = f.id
  WHERE f.is_repeat = 0
    AND (f.modality = 'target' OR (e.metric_key IS NOT NULL AND (f.place_code IS NOT NULL OR f.place_name IS NOT NULL)))
),
pairs AS MATERIALIZED (
  SELECT tg.id AS target_id, ac.*,
    row_number() OVER (PARTITION BY tg.id ORDER BY ac.year DESC NULLS LAST, ac.period DESC NULLS LAST, ac.published DESC NULLS LAST, ac.id DESC) AS nth
  FROM t tg JOIN t ac
    ON ac.metric_key = tg.metric_key AND ac.place_key = tg.place_key AND ac.change IS tg.change
   AND ac.modality = 'actual'
  WHERE tg.modality = 'target'
)
SELECT
  tg.id AS target_id, -- The target figure (`figures.id`).
  tg.metric_key AS metric_key, -- The metric both figures measure (`figures_cited.metric_key`).
  tg.place_name AS place_name, -- The unit both figures are about.
  tg.place_code AS place_code, -- Its official code.
  tg.province AS province, -- Its province before the 2025 reform.
  tg.subject AS subject, -- What the target measures, as worded.
  tg.kind AS kind, -- Kind of both figures.
  tg.unit AS unit, -- Unit of both figures.
  tg.change AS change, -- up or down when both are changes, else NULL.
  tg.value AS target_value, -- The target.
  tg.value_max AS target_value_max, -- Top of a target range.
  tg.qualifier AS target_qualifier, -- Bound of the target (at_least, ...).
  tg.year AS target_year, -- Year the target is for.
  tg.quote AS target_quote, -- The target as written.
  tg.sentence AS target_sentence, -- The sentence stating the target.
  tg.url AS target_url, -- URL of the target's article.
  ac.id AS actual_id, -- The latest actual figure (`figures.id`); NULL when none.
  ac.value AS actual_value, -- Its value.
  ac.qualifier AS actual_qualifier, -- Its bound.
  ac.year AS actual_year, -- Year it describes.
  ac.period AS actual_period, -- Finer period it describes.
  ac.subject AS actual_subject, -- What it measures, as worded.
  ac.quote AS actual_quote, -- The actual as written.
  ac.sentence AS actual_sentence, -- The sentence reporting it.
  ac.url AS actual_url, -- URL of its article.
  ac.published AS actual_published, -- Publication date of its article.
  CASE WHEN ac.value IS NOT NULL AND tg.value <> 0 THEN round(ac.value / tg.value, 4) END AS progress -- actual_value / target_value (1.0 = target reached, for a target to reach); NULL without an actual.
FROM t tg
LEFT JOIN pairs ac ON ac.target_id = tg.id AND ac.nth = 1
WHERE tg.modality = 'target';
