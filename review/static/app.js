// The review page: a queue of figures, one at a time, keyboard first.
// Every piece of article text goes into the page with textContent / createTextNode, never as
// HTML, so an article holding `<script>` shows those characters and runs nothing.
// Offsets from the server count code points; JavaScript strings count UTF-16 units.

const token = document.querySelector('meta[name="solieu-token"]').content;
const $ = (id) => document.getElementById(id);
const form = $('fields');
const FIELDS = ['kind', 'value', 'total', 'value_max', 'unit', 'qualifier', 'modality', 'change', 'subject', 'place', 'year', 'char_start', 'char_end'];

const state = { items: [], more: false, index: 0, counts: null, detail: null, undo: [], filter: {}, busy: false };

async function api(path, body) {
  const res = await fetch(path, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'X-Solieu-Token': token, 'Content-Type': 'application/json' } : { 'X-Solieu-Token': token },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

function say(text, kind = 'info') {
  const m = $('message');
  m.textContent = text;
  m.className = kind;
}

function options(select, values) {
  for (const v of values) select.append(new Option(v, v));
}

// Code point offset -> UTF-16 index (identity unless the text has astral characters).
function cpToUnit(text) {
  if (!/[\ud800-\udfff]/.test(text)) return (cp) => cp;
  const starts = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return (cp) => (cp >= starts.length ? text.length : starts[cp]);
}

/** Text from `from` to `to` with the figure marked: text nodes and one <mark>, nothing parsed. */
function marked(text, u, from, to, fig) {
  const frag = document.createDocumentFragment();
  const a = Math.max(from, fig.char_start);
  const b = Math.min(to, fig.char_end);
  frag.append(document.createTextNode(text.slice(u(from), u(a))));
  const mark = document.createElement('mark');
  mark.textContent = text.slice(u(a), u(b));
  frag.append(mark, document.createTextNode(text.slice(u(b), u(to))));
  return frag;
}

const shown = (v) => (v === null || v === undefined ? '' : String(v));

function render() {
  const d = state.detail;
  const item = state.items[state.index];
  const c = state.counts;
  $('counts').textContent = c ? `${c.pending} left to check · ${c.accepted} accepted · ${c.corrected} corrected · ${c.added} added · ${c.rejected} rejected · ${c.total} figures under these filters` : '';
  if (!d) {
    $('position').textContent = state.items.length ? '' : 'No figure under these filters.';
    $('sentence').replaceChildren();
    $('article-text').replaceChildren();
    return;
  }
  const f = d.figure;
  $('position').textContent = `${item && item.id === f.id ? `${state.index + 1} of ${state.items.length}` : 'outside the queue'} · figure ${f.id} · article ${f.article_id} · ${f.review_status}`;
  $('position').dataset.status = f.review_status;
  const text = d.article.text;
  const u = cpToUnit(text);
  $('sentence').replaceChildren(marked(text, u, f.sentence_start, f.sentence_end, f));
  const body = document.createDocumentFragment();
  body.append(document.createTextNode(text.slice(0, u(f.sentence_start))));
  const sentence = document.createElement('span');
  sentence.className = 'sentence';
  sentence.append(marked(text, u, f.sentence_start, f.sentence_end, f));
  body.append(sentence, document.createTextNode(text.slice(u(f.sentence_end))));
  $('article-text').replaceChildren(body);
  $('article-title').textContent = d.article.title || d.article.key;
  $('article-meta').textContent = [d.article.published, d.article.url || d.article.key].filter(Boolean).join(' · ');
  $('article-text').querySelector('mark')?.scrollIntoView({ block: 'center' });
  for (const name of FIELDS) form.elements[name].value = name === 'place' ? shown(f.place_name ?? f.place_code) : shown(f[name]);
  form.elements.note.value = '';
  $('place-code').textContent = [f.place_code, f.province].filter(Boolean).join(' · ');
  const h = $('history');
  h.replaceChildren(...d.history.map((r) => {
    const li = document.createElement('li');
    const what = r.decision === 'correct' ? `${r.field}: ${r.old_value ?? '∅'} → ${r.new_value ?? '∅'}` : r.decision;
    li.textContent = `${r.at.slice(0, 16).replace('T', ' ')} ${r.reviewer} (${r.via}) ${what}${r.note ? ` — ${r.note}` : ''}${r.undone ? ' [undone]' : ''}`;
    if (r.undone) li.className = 'undone';
    return li;
  }));
}

async function show(id) {
  state.detail = id === undefined ? null : await api(`/api/figure/${id}`);
  render();
}

const PAGE = 500;

function query(extra) {
  return new URLSearchParams([...Object.entries(state.filter).filter(([, v]) => v), ...Object.entries(extra)]);
}

async function loadQueue(keepId) {
  const data = await api(`/api/queue?${query({ limit: PAGE })}`);
  state.items = data.items;
  state.more = data.items.length === PAGE;
  state.counts = data.counts;
  const at = keepId === undefined ? -1 : state.items.findIndex((i) => i.id === keepId);
  state.index = at >= 0 ? at : 0;
  await show(keepId ?? state.items[0]?.id);
}

async function refreshCounts() {
  state.counts = (await api(`/api/queue?${query({ limit: 1 })}`)).counts;
}

async function move(step) {
  const next = state.index + step;
  if (next >= state.items.length && state.more) {
    // The queue comes in pages: fetch the next one when the end is reached.
    const last = state.items[state.items.length - 1];
    const data = await api(`/api/queue?${query({ limit: PAGE, after: `${last.article_id},${last.char_start},${last.id}` })}`);
    state.items.push(...data.items);
    state.more = data.items.length === PAGE;
  }
  if (next < 0 || next >= state.items.length) return say(step > 0 ? 'End of the queue.' : 'Start of the queue.');
  state.index = next;
  say('');
  await show(state.items[next].id);
}

function note() {
  return form.elements.note.value.trim() || undefined;
}

async function decide(decision, changes) {
  const d = state.detail;
  if (!d || state.busy) return;
  state.busy = true;
  try {
    const r = await api(`/api/figure/${d.figure.id}`, { decision, changes, note: note() });
    const item = state.items[state.index];
    if (item && item.id === d.figure.id) item.review_status = r.detail.figure.review_status;
    if (r.action === null) return say('Nothing changed.');
    state.undo.push({ action: r.action, figure: d.figure.id });
    await refreshCounts();
    if (state.index < state.items.length - 1) await move(1);
    else {
      state.detail = r.detail;
      render();
    }
    say(`Figure ${d.figure.id} ${r.detail.figure.review_status} (action ${r.action}; u undoes).`, 'done');
  } catch (e) {
    say(e.message, 'error');
  } finally {
    state.busy = false;
  }
}

/** The fields whose text differs from what the figure shows: only those are sent. */
function edits() {
  const f = state.detail.figure;
  const out = {};
  for (const name of FIELDS) {
    const was = name === 'place' ? shown(f.place_name ?? f.place_code) : shown(f[name]);
    const now = form.elements[name].value.trim();
    if (now !== was) out[name] = now;
  }
  if ('char_start' in out || 'char_end' in out) Object.assign(out, { char_start: form.elements.char_start.value, char_end: form.elements.char_end.value });
  return out;
}

async function save() {
  const changes = edits();
  document.activeElement?.blur();
  if (!Object.keys(changes).length) return note() ? decide('accept') : say('Nothing changed.');
  await decide('correct', changes);
}

async function undoLast() {
  const last = state.undo.pop();
  if (!last) return say('Nothing to undo in this session.');
  try {
    await api('/api/undo', { action: last.action });
    await refreshCounts();
    const at = state.items.findIndex((i) => i.id === last.figure);
    if (at >= 0) state.index = at;
    await show(last.figure);
    if (at >= 0) state.items[at].review_status = state.detail.figure.review_status;
    say(`Action ${last.action} undone.`, 'done');
  } catch (e) {
    state.undo.push(last);
    say(e.message, 'error');
  }
}

const KEYS = {
  a: () => decide('accept'),
  r: () => decide('reject'),
  e: () => { form.elements.value.focus(); form.elements.value.select(); },
  n: () => form.elements.note.focus(),
  j: () => move(1), ArrowRight: () => move(1), ArrowDown: () => move(1),
  k: () => move(-1), ArrowLeft: () => move(-1), ArrowUp: () => move(-1),
  u: () => undoLast(),
  '/': () => $('f-status').focus(),
};

document.addEventListener('keydown', (ev) => {
  const t = ev.target;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;
  if (typing) {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      if (form.contains(t)) render();
      t.blur();
    }
    return;
  }
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const f = KEYS[ev.key];
  if (f) {
    ev.preventDefault();
    f();
  }
});

for (const b of document.querySelectorAll('#keys button')) b.addEventListener('click', () => KEYS[b.dataset.key]?.());

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  save();
});

$('filters').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const data = new FormData(ev.target);
  state.filter = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v).trim()]));
  document.activeElement?.blur();
  location.hash = new URLSearchParams(Object.entries(state.filter).filter(([, v]) => v)).toString();
  loadQueue().catch((e) => say(e.message, 'error'));
});
for (const s of [$('f-status'), $('f-kind')]) s.addEventListener('change', () => $('filters').requestSubmit());

async function start() {
  const s = await api('/api/session');
  $('reviewer').textContent = `reviewing as ${s.reviewer}`;
  options($('f-status'), s.statuses);
  options($('f-kind'), s.kinds);
  options(form.elements.kind, s.kinds);
  options(form.elements.qualifier, s.qualifiers);
  options(form.elements.modality, s.modalities);
  options(form.elements.change, s.changes);
  // The address keeps the filters: #status=pending&kind=percent&figure=12
  const h = new URLSearchParams(location.hash.slice(1));
  for (const k of ['status', 'kind', 'place', 'article']) {
    state.filter[k] = h.get(k) || '';
    $(`f-${k}`).value = state.filter[k];
  }
  const figure = h.get('figure');
  await loadQueue(figure ? Number(figure) : undefined);
  document.body.dataset.ready = '1';
}

start().catch((e) => say(e.message, 'error'));
