#!/usr/bin/env node
// `npm run docs`: writes the README's schema section (between <!-- section:schema --> and
// <!-- /section:schema -->) from the comments in the schema, as a new database has it.
// The same text comes from `npx solieu schema`; test/schema-docs.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { openDb } = await import(new URL('../dist/db/open.js', import.meta.url).href);
const { readDocs, readmeSchemaSection, withSection } = await import(new URL('../dist/db/docs.js', import.meta.url).href);

const db = openDb(':memory:');
const docs = readDocs(db);
db.close();
const file = root + 'README.md';
const before = readFileSync(file, 'utf8');
const after = withSection(before, 'schema', readmeSchemaSection(docs));
if (after === before) {
  console.log('README.md: schema section already up to date');
} else {
  writeFileSync(file, after);
  console.log(`README.md: schema section written (${docs.length} tables and views)`);
}
