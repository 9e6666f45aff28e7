/**
 * A dump of a few hundred articles for the batch-run tests, made from the sample articles in
 * corpus/samples (no ../shared needed): each a variation (paragraphs rotated, numbers shifted,
 * an id of its own), plus the awkward records a real dump holds: a malformed line, an empty
 * text, text that is only page furniture, the same text under another id (a duplicate), the
 * same id again with another text (changed within the run), characters outside the BMP.
 * And what a database holds at the end of a run, to compare runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplesDir = path.join(root, 'corpus', 'samples');

export function fixtureLines(n = 300): string[] {
  const samples = readdirSync(samplesDir).sort().map((f) => readFileSync(path.join(samplesDir, f), 'utf8'));
  const records: string[] = [];
  for (let i = 0; i < n; i++) {
    const base = samples[i % samples.length]!;
    const [title = '', ...rest] = base.split('\n');
    const paras = rest.filter((p) => p.trim());
    const k = i % Math.max(1, paras.length);
    // rotate the paragraphs, keep most of them, shift every number a little
    const body = [...paras.slice(k), ...paras.slice(0, k)].slice(0, Math.max(3, paras.length - (i % 4)));
    const text = body.join('\n').replace(/\d+/g, (m) => String((Number(m) + (i % 7)) % 10 ** m.length).padStart(m.length, '0'));
    const rec: Record<string, unknown> = { id: `f${i}`, url: `https://example.vn/bai-${i}`, date: i % 3 ? `2023-0${(i % 9) + 1}-1${i % 10}` : null, title: `${title} (${i})`, text, topic: `t${i % 5}` };
    if (i === 17) {
      records.push('{"id": "f17", "text": "Tỷ lệ đạt 45%');
      continue;
    }
    if (i === 33) rec.text = '';
    if (i === 41) rec.text = '0 bình luận\nChia sẻ thông tin với bạn bè!\n';
    if (i === 77) rec.text = `😀 Ghi chú 𝟘: ${text} 🎉 Có 1.057 người 🇻🇳 tham gia, đạt 99,86%.`;
    records.push(JSON.stringify(rec));
    if (i === 50) records.push(JSON.stringify({ ...JSON.parse(records[10]!), id: 'dup-of-f10' }));
    if (i === 120) records.push(JSON.stringify({ ...JSON.parse(records[5]!), text: `${JSON.parse(records[5]!).text}\nCập nhật: thêm 12 xã đạt chuẩn.` }));
  }
  return records;
}

export type Snapshot = { articles: unknown[]; figures: unknown[]; mentions: unknown[] };

/** Articles by key with their text and hash; figures and place mentions by article key and position. */
export function snapshot(file: string): Snapshot {
  const db = new Database(file, { readonly: true });
  try {
    const articles = db
      .prepare('SELECT key, external_id, source, url, title, published, published_from, text, content_hash, extra, extractor_version FROM articles ORDER BY key')
      .all();
    const figures = db
      .prepare(
        `SELECT a.key, f.seq, f.kind, f.value, f.total, f.value_max, f.unit, f.qualifier, f.modality, f.change, f.subject, f.place_name,
           f.place_code, f.province, f.year, f.period, f.char_start, f.char_end, f.sentence_start, f.sentence_end, f.is_repeat, f.extractor, f.metric_key
         FROM figure_extractions f JOIN articles a ON a.id = f.article_id ORDER BY a.key, f.seq`,
      )
      .all();
    const mentions = db
      .prepare(
        `SELECT a.key, m.char_start, m.char_end, m.quote, m.level, m.name, m.code, m.province, m.candidates, m.via
         FROM place_mentions m JOIN articles a ON a.id = m.article_id ORDER BY a.key, m.char_start, m.char_end, m.name`,
      )
      .all();
    return { articles, figures, mentions };
  } finally {
    db.close();
  }
}
