-- Places as of today: the July 2025 reform merged provinces (63 -> 34), abolished districts
-- and merged communes (10,035 -> 3,321). Figures keep the unit the article named (a 2023
-- figure of huyện Tam Dương stays with huyện Tam Dương, tỉnh Vĩnh Phúc); these views say where
-- that unit is now.

CREATE VIEW places_today AS -- Every unit with the unit(s) that hold it today: a pre-reform unit with each post-reform unit that took over all or part of it, a post-reform unit with itself.
SELECT
  p.code AS code, -- The unit (`places.code`).
  p.level AS level, -- Its level word.
  p.name AS name, -- Its name.
  p.province AS province, -- Its province (pre-reform for a pre-reform unit).
  n.code AS today_code, -- A unit in force that holds all or part of it (`places.code`, `2025:`...).
  n.level AS today_level, -- That unit's level word (tỉnh, thành phố, xã, phường, đặc khu).
  n.name AS today_name, -- That unit's name.
  n.province AS today_province, -- That unit's province (one of the 34).
  s.whole AS whole -- 1 when all of the unit is inside `today_code`; 0 when it was split and only a part is.
FROM places p
JOIN place_successions s ON s.code = p.code
JOIN places n ON n.code = s.successor_code
UNION ALL
SELECT
  p.code, p.level, p.name, p.province, p.code, p.level, p.name, p.province, 1
FROM places p
WHERE p.valid_until IS NULL;

CREATE VIEW figures_today AS -- Every figure with the province its place belongs to today (after the July 2025 reform), and the units in force that cover it.
SELECT
  f.id AS id, -- Figure id (`figures.id`).
  f.article_id AS article_id, -- The article (`articles.id`).
  f.place_name AS place_name, -- The unit the figure is about, as the article named it (`huyện Tam Dương`), or `Việt Nam`.
  f.place_code AS place_code, -- Its code (`places.code`); NULL when not known.
  f.province AS province, -- Its province before the reform (`Vĩnh Phúc`).
  coalesce(
    CASE WHEN p.valid_until IS NULL THEN p.province END,
    (SELECT n.name FROM place_successions s JOIN places n ON n.code = s.successor_code WHERE s.code = coalesce(p.province_code, op.code) LIMIT 1)
  ) AS today_province, -- The province (of the 34) that holds it today (`Phú Thọ` for Vĩnh Phúc); NULL for national figures and unknown places.
  CASE WHEN p.code IS NULL THEN NULL
       WHEN p.valid_until IS NULL THEN json_array(p.code)
       ELSE (SELECT json_group_array(s.successor_code) FROM place_successions s WHERE s.code = p.code) END AS today_codes -- JSON array of the units in force that cover its place (`places.code`); NULL when the place has no code.
FROM figures f
LEFT JOIN places p ON p.code = f.place_code
LEFT JOIN places op ON f.place_code IS NULL AND op.tier = 1 AND op.valid_until IS NOT NULL
  AND (op.name = f.province OR op.aliases LIKE '%"' || f.province || '"%');
