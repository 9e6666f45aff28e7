-- solieu schema 5: pages fetched from the web (`solieu fetch`).
--
-- Every response body is kept, compressed, so the pages can be parsed again (a better HTML
-- reader, a re-extraction) without fetching them again: `solieu fetch --reparse`. The ETag and
-- Last-Modified of the stored copy are sent back on the next fetch; a 304 keeps the copy.

CREATE TABLE fetched_pages ( -- Raw HTTP responses of `solieu fetch`, one row per URL asked for, body kept compressed so re-parsing never fetches again.
  id INTEGER PRIMARY KEY, -- Row id.
  url TEXT NOT NULL UNIQUE, -- The URL asked for (given on the command line, in a list, a sitemap or a feed), without its #fragment.
  final_url TEXT, -- The URL of the stored response after redirects; NULL when no page was ever received.
  status INTEGER, -- HTTP status of the stored response (200...); a later 304 leaves it as it was; NULL when no page was ever received.
  headers TEXT, -- Headers of the stored response as a JSON object, names in lower case.
  content_type TEXT, -- The stored response's Content-Type header.
  charset TEXT, -- The charset its body was read with (`utf-8`, `windows-1258`); NULL when it was not parsed as HTML.
  etag TEXT, -- ETag of the stored response, sent back as If-None-Match.
  last_modified TEXT, -- Last-Modified of the stored response, sent back as If-Modified-Since.
  fetched_at TEXT, -- When the stored body was received (UTC, ISO 8601); NULL when no page was ever received.
  checked_at TEXT NOT NULL, -- When the URL was last asked for, whatever the answer (UTC, ISO 8601).
  body BLOB, -- The body after HTTP content decoding, compressed as `body_encoding` says; NULL when no page was ever received.
  body_encoding TEXT CHECK (body_encoding IN ('br', 'gzip', 'deflate', 'identity')), -- How `body` is compressed: `br` (Brotli, node:zlib), `gzip`, `deflate` or `identity`.
  body_bytes INTEGER, -- Size of the body before compression, in bytes.
  outcome TEXT NOT NULL CHECK (outcome IN ('article', 'not-article', 'not-html', 'not-modified', 'failed')), -- The last fetch: `article` (stored as an article), `not-article` (a list or home page), `not-html`, `not-modified` (304: the stored copy stands), `failed` (see `error`).
  article_key TEXT, -- `articles.key` of the article made from the stored body (its canonical URL, else its final URL); NULL when it is not an article.
  error TEXT, -- Why the last fetch failed, as `code: message` (`http-error: ... HTTP 503 after 4 attempts`, `timeout: ...`, `robots-disallowed: ...`); NULL when it did not.
  attempts INTEGER NOT NULL DEFAULT 0, -- Requests made for this URL by the last fetch, retries included.
  run_id INTEGER -- The run (`runs.id`) that last asked for this URL.
) STRICT;
CREATE INDEX idx_fetched_pages_final_url ON fetched_pages(final_url);
CREATE INDEX idx_fetched_pages_article_key ON fetched_pages(article_key);
