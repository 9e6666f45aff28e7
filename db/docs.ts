/**
 * The schema documents itself. Every table, view and column carries a comment in its CREATE
 * statement (SQLite keeps that text, comments included, in sqlite_master):
 *
 *   CREATE TABLE articles ( -- One row per article...        <- the table's description
 *     id INTEGER PRIMARY KEY, -- Row id; figures...          <- a column's description
 *   CREATE VIEW figures AS -- Every figure with its citation  <- the view's description
 *     e.kind AS kind, -- percent, count, ...                 <- a view column's (its alias)
 *   ALTER TABLE t ADD COLUMN k TEXT -- description           <- needs a token after it on the
 *     DEFAULT NULL;                                              next line (see 0004_query.sql)
 *
 * readDocs() parses them; writeDocs() stores them in `_tables` and `_columns` whenever the
 * schema changes (db/open.ts); `solieu schema`, the README's schema section
 * (`npm run docs`) and test/schema-docs.test.ts all start from readDocs().
 */
import type { DB } from './open.js';

export type ColumnDoc = { name: string; position: number; type: string; description: string | null };
export type RelationType = 'table' | 'view' | 'virtual table';
export type RelationDoc = { name: string; type: RelationType; description: string | null; columns: ColumnDoc[] };

type MasterRow = { name: string; type: string; sql: string | null };
type ListRow = { name: string; type: string };
type XInfo = { cid: number; name: string; type: string; hidden: number };

/** Every table, view and virtual table of the main schema (not SQLite's own, not FTS shadow tables). */
export function readDocs(db: DB): RelationDoc[] {
  const kinds = new Map((db.prepare("PRAGMA main.table_list").all() as ListRow[]).map((r) => [r.name, r.type]));
  const rows = db
    .prepare("SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .all() as MasterRow[];
  const docs: RelationDoc[] = [];
  for (const r of rows) {
    const kind = kinds.get(r.name);
    if (kind === 'shadow' || !r.sql) continue;
    const type: RelationType = kind === 'virtual' ? 'virtual table' : r.type === 'view' ? 'view' : 'table';
    const parsed = parseComments(r.sql, type === 'view');
    let info: XInfo[] = [];
    try {
      info = (db.prepare(`PRAGMA main.table_xinfo(${quoteId(r.name)})`).all() as XInfo[]).filter((c) => c.hidden !== 1);
    } catch {
      info = []; // a view over a table that is not there yet: no columns to describe
    }
    docs.push({
      name: r.name,
      type,
      description: parsed.description,
      // a view column's declared type is whatever SQLite infers from its source: left out
      columns: info.map((c, i) => ({ name: c.name, position: i, type: type === 'view' ? '' : c.type, description: parsed.columns.get(c.name.toLowerCase()) ?? null })),
    });
  }
  return docs.sort(byGroupThenName);
}

/** Public views first, then tables, then internal (`_`) ones; by name within each group. */
function byGroupThenName(a: RelationDoc, b: RelationDoc): number {
  const g = (d: RelationDoc) => (d.name.startsWith('_') ? 2 : d.type === 'view' ? 0 : 1);
  return g(a) - g(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Columns without a description, as `table.column`. */
export function undocumented(docs: RelationDoc[]): string[] {
  const out: string[] = [];
  for (const d of docs) {
    if (!d.description) out.push(`${d.name} (the ${d.type} itself)`);
    for (const c of d.columns) if (!c.description) out.push(`${d.name}.${c.name}`);
  }
  return out;
}

/** Stores the descriptions in `_tables` and `_columns` (when this file has them). */
export function writeDocs(db: DB): void {
  const has = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('_tables', '_columns')").pluck().get() as number;
  if (has < 2) return;
  const docs = readDocs(db);
  db.exec('DELETE FROM _columns; DELETE FROM _tables;');
  const t = db.prepare('INSERT INTO _tables (name, type, description) VALUES (?, ?, ?)');
  const c = db.prepare('INSERT INTO _columns (table_name, position, name, type, description) VALUES (?, ?, ?, ?, ?)');
  for (const d of docs) {
    t.run(d.name, d.type, d.description);
    for (const col of d.columns) c.run(d.name, col.position, col.name, col.type, col.description);
  }
}

type Parsed = { description: string | null; columns: Map<string, string> };

// Words that open a table constraint rather than a column definition.
const CONSTRAINT = /^(constraint|primary|unique|check|foreign)\b/i;
// An identifier: `"quoted ""name"""`, `[name]`, `` `name` `` or bare.
const ID = String.raw`("(?:[^"]|"")+"|\[[^\]]+\]|` + '`[^`]+`' + String.raw`|[\p{L}_][\p{L}\p{N}_$]*)`;
const FIRST_ID = new RegExp('^' + ID, 'u');
// The alias of a view column: `e.kind AS kind,`, `kind,`, `substr(...) AS quote`.
const LAST_ID = new RegExp(ID + String.raw`\s*$`, 'u');

/** The descriptions in one CREATE statement: the CREATE line's comment and each column line's. */
export function parseComments(sql: string, isView: boolean): Parsed {
  const lines = sql.split('\n');
  const first = splitComment(lines[0] ?? '');
  const columns = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const { code, comment } = splitComment(line);
    if (!comment) continue;
    const body = code.trim().replace(/^,\s*/, '').replace(/,\s*$/, '').trim();
    if (!body) continue;
    let name: string | null = null;
    if (isView) {
      name = LAST_ID.exec(body)?.[1] ?? null;
    } else if (!CONSTRAINT.test(body)) {
      name = FIRST_ID.exec(body)?.[1] ?? null;
    }
    // Later lines win: in a view with a WITH clause, the final SELECT list comes last.
    if (name) columns.set(unquote(name).toLowerCase(), comment);
  }
  return { description: first.comment, columns };
}

/** Splits a line at its comment (`-- ...` or `/* ... *\/`), ignoring comment marks inside quotes. */
export function splitComment(line: string): { code: string; comment: string | null } {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '[') quote = ']';
    else if (ch === '-' && line[i + 1] === '-') return { code: line.slice(0, i), comment: clean(line.slice(i + 2)) };
    else if (ch === '/' && line[i + 1] === '*') {
      const end = line.indexOf('*/', i + 2);
      if (end < 0) return { code: line.slice(0, i), comment: clean(line.slice(i + 2)) };
      return { code: line.slice(0, i) + line.slice(end + 2), comment: clean(line.slice(i + 2, end)) };
    }
  }
  return { code: line, comment: null };
}

function clean(s: string): string | null {
  const t = s.trim();
  return t ? t : null;
}

function unquote(id: string): string {
  if (/^".*"$/.test(id)) return id.slice(1, -1).replace(/""/g, '"');
  if (/^\[.*\]$/.test(id) || /^`.*`$/.test(id)) return id.slice(1, -1);
  return id;
}

export function quoteId(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** The schema as Markdown: one heading and one table of columns per table or view. */
export function schemaMarkdown(docs: RelationDoc[], level = 3): string {
  const h = '#'.repeat(level);
  const out: string[] = [];
  for (const d of docs) {
    out.push(`${h} \`${d.name}\` (${d.type})`, '', mdCell(d.description ?? '(no description)', false), '');
    out.push('| column | type | description |', '|---|---|---|');
    for (const c of d.columns) out.push(`| \`${c.name}\` | ${mdCell(c.type)} | ${mdCell(c.description ?? '(no description)')} |`);
    out.push('');
  }
  return out.join('\n');
}

function mdCell(s: string, inTable = true): string {
  const flat = s.replace(/\s*\n\s*/g, ' ');
  return inTable ? flat.replace(/\|/g, '\\|') : flat;
}

/** Datasette's metadata format (`datasette solieu.sqlite -m metadata.json`): descriptions and full-text search. */
export function datasetteMetadata(docs: RelationDoc[], database: string): object {
  const tables: Record<string, object> = {};
  for (const d of docs) {
    const columns = Object.fromEntries(d.columns.filter((c) => c.description).map((c) => [c.name, c.description]));
    const extra = d.name === 'articles' && docs.some((x) => x.name === 'articles_fts') ? { fts_table: 'articles_fts', fts_pk: 'id' } : {};
    tables[d.name] = { description: d.description ?? '', columns, ...extra };
  }
  return { databases: { [database]: { tables } } };
}

/** The README's schema section (`npm run docs` writes it; test/schema-docs.test.ts compares). */
export function readmeSchemaSection(docs: RelationDoc[]): string {
  return [
    '## Schema',
    '',
    'Every table, view and column of the file with its description, generated by `npm run docs` from the',
    'comments in `db/migrations/*.sql` and `db/views/*.sql`. The same text is inside the file',
    '(`SELECT * FROM _tables`, `SELECT * FROM _columns`), `npx solieu schema` prints it (`--format json`;',
    '`--format datasette` writes a metadata file for `datasette solieu.sqlite -m metadata.json`).',
    'Views come first: they are the stable interface. Tables are what they are built on; names',
    'starting with `_` are internal.',
    '',
    'The schema version is `PRAGMA user_version` (the number of the last migration applied); `_migrations`',
    'lists every migration with the time it was applied. Opening a file with a newer solieu applies the',
    'missing migrations in one transaction; views are recreated whenever their definition changes.',
    '',
    schemaMarkdown(docs).trimEnd(),
  ].join('\n');
}

/** `text` with the body between `<!-- section:NAME -->` and `<!-- /section:NAME -->` replaced. */
export function withSection(text: string, name: string, body: string): string {
  const open = `<!-- section:${name} -->`;
  const close = `<!-- /section:${name} -->`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < a) throw new Error(`no ${open} ... ${close} markers`);
  return text.slice(0, a + open.length) + '\n' + body + '\n' + text.slice(b);
}

/** The body between the markers of a section, or null. */
export function sectionOf(text: string, name: string): string | null {
  const m = new RegExp(`<!-- section:${name} -->\\n([\\s\\S]*?)\\n?<!-- /section:${name} -->`).exec(text);
  return m ? m[1]! : null;
}
