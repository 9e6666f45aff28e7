-- solieu schema, version 2: the gazetteer. Every administrative unit of Vietnam before the
-- July 2025 reform (63 provinces, 696 districts, 10,047 communes, as of 1 March 2025 plus 12
-- communes the reform's mapping still lists) and after it (34 provinces, 3,321 communes), so
-- `figures.place_code` and `place_mentions.code` can be joined to names, levels and parents.
--
-- Codes are those of the General Statistics Office (GSO): 2 digits for a province, 3 for a
-- district, 5 for a commune. The reform reused them (`08` is Tuyên Quang before and after, but
-- a larger one after; `00004` was Phường Trúc Bạch and is now Phường Ba Đình), so the key of a
-- post-reform unit carries the prefix `2025:` (`2025:08`, `2025:00004`) while `gso_code` keeps
-- the bare official code. Pre-reform codes are used bare: they are what 2017-2025 articles name.
--
-- Rows are written by db/seed.ts from data/gazetteer.json whenever the file's version differs
-- from the one recorded in `_meta` (key `places_version`); do not edit them by hand.

CREATE TABLE places ( -- Every administrative unit before (until 2025-06-30) and after (from 2025-07-01) the 2025 reform, from the official GSO lists.
  code TEXT PRIMARY KEY, -- The unit's key: its GSO code for a pre-reform unit (`26`, `247`, `08869`), `2025:` and the code for a post-reform one (`2025:25`). `figures.place_code` and `place_mentions.code` hold these.
  gso_code TEXT NOT NULL, -- The official GSO code as published (the same digits for a post-reform unit, without `2025:`).
  level TEXT NOT NULL CHECK (level IN ('tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu')), -- The unit's level word: tỉnh, thành phố (a centrally-run city, or a city inside a province), huyện, quận, thị xã, xã, phường, thị trấn, đặc khu.
  name TEXT NOT NULL, -- Its name without the level word (`Tam Dương`, `1` for Quận 1), tone marks placed the old way (`Hòa`, `Thủy`) as the press writes them.
  full_name TEXT NOT NULL, -- Level word and name as the list writes them (`Huyện Tam Dương`).
  name_key TEXT NOT NULL, -- The name without marks, lower case, words separated by one space (`tam duong`): look names up with it.
  parent_code TEXT, -- The unit it belongs to (`places.code`): the district of a pre-reform commune, the province of a district or of a post-reform commune; NULL for a province.
  province_code TEXT NOT NULL, -- Its province (`places.code`); a province's own code.
  province TEXT NOT NULL, -- Its province's name (pre-reform for a pre-reform unit: `Vĩnh Phúc`, not Phú Thọ).
  tier INTEGER NOT NULL CHECK (tier IN (1, 2, 3)), -- 1 province, 2 district, 3 commune.
  valid_from TEXT, -- First day of validity (ISO date): `2025-07-01` for post-reform units; NULL for pre-reform units (valid before the lists began).
  valid_until TEXT, -- Last day of validity: `2025-06-30` for pre-reform units; NULL for units in force.
  successor_codes TEXT, -- Pre-reform units: JSON array of the post-reform units (`places.code`) that took over its area (`["2025:25"]`); see `place_successions` for which ones took all of it.
  aliases TEXT -- Other written forms solieu recognizes (`["Sài Gòn", "HCMC", "TPHCM"]`, `["Thừa Thiên Huế"]`), JSON array; NULL when none.
) STRICT;
CREATE INDEX idx_places_name_key ON places(name_key);
CREATE INDEX idx_places_parent_code ON places(parent_code);
CREATE INDEX idx_places_province_code ON places(province_code);

CREATE TABLE place_successions ( -- Which post-reform units took over each pre-reform unit on 1 July 2025 (from the dvhcvn mapping of the 34 resolutions), one row per link.
  id INTEGER PRIMARY KEY, -- Row id.
  code TEXT NOT NULL REFERENCES places(code), -- The pre-reform unit (`places.code`).
  successor_code TEXT NOT NULL REFERENCES places(code), -- A post-reform unit that took over all or part of it (`places.code`, `2025:`...).
  whole INTEGER NOT NULL CHECK (whole IN (0, 1)) -- 1 when all of the old unit went into this one; 0 when it was split and this unit took a part.
) STRICT;
CREATE INDEX idx_place_successions_code ON place_successions(code);
CREATE INDEX idx_place_successions_successor_code ON place_successions(successor_code);
