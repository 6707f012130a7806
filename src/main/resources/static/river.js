// The live river: the newest items from /api/items, then new ones over /stream (EventSource), which
// resumes after the last id it saw. Every item field is inserted as text, never as HTML.
(function () {
  'use strict';
  const river = document.getElementById('river');
  const state = document.getElementById('state');
  const params = new URLSearchParams(location.search);
  const filter = new URLSearchParams();
  for (const k of ['region', 'topic', 'source', 'q']) { if (params.get(k)) filter.set(k, params.get(k)); }
  const seen = new Set();

  if ([...filter.keys()].length) {
    const p = document.getElementById('filter');
    p.hidden = false;
    p.textContent = 'Showing ' + [...filter.entries()].map(([k, v]) => k + ': ' + v).join(', ') + ' — ';
    const all = document.createElement('a');
    all.href = '/';
    all.textContent = 'show all';
    p.appendChild(all);
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function ago(iso) {
    const s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
    if (s < 60) return 'just now';
    if (s < 3600) return Math.floor(s / 60) + ' min ago';
    if (s < 86400) return Math.floor(s / 3600) + ' h ago';
    return Math.floor(s / 86400) + ' d ago';
  }

  function chip(kind, id, label) {
    const a = el('a', 'chip chip-' + kind, label);
    a.href = '/?' + new URLSearchParams({ [kind]: id }).toString();
    return a;
  }

  function render(item) {
    const li = el('li');
    li.dataset.id = item.id;
    const h = el('h2');
    if (item.url && /^https?:/i.test(item.url)) {
      const a = el('a', null, item.title);
      a.href = item.url;
      a.rel = 'noopener noreferrer';
      h.appendChild(a);
    } else {
      h.textContent = item.title;
    }
    li.appendChild(h);
    const when = item.published || item.ingested;
    const meta = el('div', 'meta');
    meta.appendChild(el('span', null, item.source.name + ' · '));
    const time = el('time', null, ago(when));
    time.dateTime = when;
    time.title = new Date(when).toLocaleString();
    meta.appendChild(time);
    li.appendChild(meta);
    const chips = el('div', 'chips');
    for (const t of item.tags) chips.appendChild(chip(t.kind === 'topic' ? 'topic' : 'region', t.id, t.label));
    li.appendChild(chips);
    if (item.summary) li.appendChild(el('p', 'summary', item.summary));
    return li;
  }

  function add(item, atTop) {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    const li = render(item);
    if (atTop) river.insertBefore(li, river.firstChild); else river.appendChild(li);
  }

  function connect(lastId) {
    const q = new URLSearchParams(filter);
    if (lastId) q.set('lastEventId', lastId);
    const source = new EventSource('/stream?' + q.toString());
    source.onopen = () => { state.textContent = 'live'; state.className = 'state live'; };
    source.onerror = () => { state.textContent = 'reconnecting…'; state.className = 'state reconnecting'; };
    source.addEventListener('item', (e) => add(JSON.parse(e.data), true));
  }

  fetch('/api/items?' + filter.toString())
    .then((r) => r.json())
    .then((items) => {
      items.forEach((it) => add(it, false));
      connect(items.length ? items[0].id : null);
    })
    .catch(() => connect(null));
})();
