-- solieu schema 6: how the full-text index (`articles_fts`, migration 0004) grows.
--
-- Settings of the index, stored in the file (`articles_fts_config`); no table or column changes.
-- FTS5 writes what a transaction indexed as a new segment of the index and merges segments as
-- they pile up. Its defaults suit small writes; a batch run indexes ~500 articles a transaction
-- (db/fts.ts). Measured writing the bench dump's 20,000 articles, these two settings take the
-- index's statements from ~1.7 to ~1.2 s, and all the writing from ~4.6 to ~4.4 s of CPU:
-- - `hashsize` 4 MB (default 1 MB): the memory FTS5 gathers a transaction's terms in before it
--   writes them out as a segment. A batch's terms fit in it, so a batch makes one segment, not a
--   few small ones to merge at once.
-- - `automerge` 0 (default 4): no merging a little after every write. Segments are merged only
--   when 16 of one size pile up (`crisismerge`, left at 16), which merges each term's entries
--   fewer times. A search reads at most ~15 segments of each size: measured, no slower.
-- To merge the whole index into one segment: INSERT INTO articles_fts(articles_fts) VALUES('optimize');

INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 4194304);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 0);
