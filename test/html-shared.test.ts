// Optional: the acceptance floors on the real pages of ../shared/corpus/html (17 sites), when that
// folder is present. `npm run eval:html -- ../shared/corpus/html` prints the details.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { belowFloors, evaluateFolder } from '../corpus/html/evaluate.js';

const dir = fileURLToPath(new URL('../../shared/corpus/html', import.meta.url));
const present = existsSync(`${dir}/EXPECTED.json`);

describe.skipIf(!present)('real pages in ../shared/corpus/html (skipped when absent)', () => {
  it('meet the floors: titles 100%, publication times 90%, phrases 100%, no article from list/home pages', () => {
    const e = evaluateFolder(dir);
    const failing = e.files.filter((f) => f.fails.length).map((f) => `${f.file}: ${f.fails.join('; ')}`);
    expect(belowFloors(e), failing.join('\n')).toEqual([]);
    expect(e.totals.notArticle[1]).toBeGreaterThanOrEqual(12);
    expect(e.totals.article[1]).toBeGreaterThanOrEqual(24);
  });
});
