// The sources panel: each source's health from /api/sources (ok, backing off, failing), when it was last
// fetched, when it is polled next, its last error, and a button that polls it now.

import { json } from './api.js';
import { el, clear, timeAgo } from './dom.js';

const FAILING_AFTER = 3;

/**
 * A source's health as ok | backing-off | failing | pending | unknown. The API gives a state (pending,
 * ok, error) and the number of consecutive failed passes: a source that failed fewer than
 * FAILING_AFTER times in a row is backing off (it retries later), more often than that it is failing.
 */
export function health(source) {
  const state = String(source.state || source.status || '').toLowerCase();
  if (state === 'ok' || state === 'pending') return state;
  if (state === 'error' || state === 'failing') return (source.failures || 0) >= FAILING_AFTER ? 'failing' : 'backing-off';
  if (state.includes('back')) return 'backing-off';
  return 'unknown';
}

const WORDS = { ok: 'ok', pending: 'pending', 'backing-off': 'backing off', failing: 'failing', unknown: 'unknown' };

/** Shows /api/sources in a list; refresh() reloads it. */
export class SourcesPanel {
  constructor(list, note) {
    this.list = list;
    this.note = note;
  }

  async refresh() {
    let sources;
    try {
      sources = await json('/api/sources');
    } catch (e) {
      this.note.hidden = false;
      this.note.textContent = 'Source status is not available (' + e.message + ').';
      return;
    }
    this.note.hidden = true;
    this.render(Array.isArray(sources) ? sources : sources.sources || []);
  }

  render(sources) {
    clear(this.list);
    for (const s of sources) this.list.appendChild(this.entry(s));
    if (!sources.length) this.list.appendChild(el('li', 'muted', 'No sources configured.'));
  }

  entry(s) {
    const h = health(s);
    const li = el('li', 'source-entry health-' + h);
    li.dataset.id = s.id;
    const head = el('div', 'source-head');
    head.appendChild(el('span', 'badge badge-' + h, WORDS[h]));
    head.appendChild(el('strong', 'source-name', s.name || s.id));
    if (s.type) head.appendChild(el('span', 'muted', ' ' + s.type));
    if (s.location) head.title = s.location;
    li.appendChild(head);
    const facts = [];
    if (s.lastFetch) facts.push(['fetched ', timeAgo(s.lastFetch)]);
    if (s.nextPoll) facts.push(['next poll ', timeAgo(s.nextPoll)]);
    if (s.itemsSeen !== undefined && s.itemsSeen !== null) facts.push([s.itemsSeen + ' items']);
    if (s.failures) facts.push([s.failures + (s.failures === 1 ? ' failure' : ' failures in a row')]);
    const line = el('div', 'meta');
    facts.forEach((parts, i) => line.append(...(i ? [' · '] : []), ...parts));
    li.appendChild(line);
    if (s.error) li.appendChild(el('p', 'source-error', s.error));
    li.appendChild(this.refreshButton(s));
    return li;
  }

  /** POSTs with the admin token kept for this browser session, asking for it once when the server wants it. */
  async post(url) {
    const send = () => {
      const token = sessionStorage.getItem('newsriver-admin-token');
      return json(url, { method: 'POST', headers: token ? { Authorization: 'Bearer ' + token } : {} });
    };
    try {
      return await send();
    } catch (e) {
      if (e.status !== 401) throw e;
      const token = window.prompt('Admin token (newsriver.admin-token) to refresh sources');
      if (!token) throw e;
      sessionStorage.setItem('newsriver-admin-token', token.trim());
      return send();
    }
  }

  refreshButton(s) {
    const b = el('button', 'refresh', 'Refresh now');
    b.type = 'button';
    b.setAttribute('aria-label', 'Refresh ' + (s.name || s.id) + ' now');
    b.addEventListener('click', async () => {
      b.disabled = true;
      b.textContent = 'Refreshing…';
      try {
        await this.post('/api/sources/refresh/' + encodeURIComponent(s.id));
        b.textContent = 'Requested';
      } catch (e) {
        b.textContent = e.status === 403 ? 'Refresh is off: the server has no admin token'
          : e.status === 401 ? 'Not refreshed: wrong admin token' : 'Failed: ' + e.message;
      }
      setTimeout(() => this.refresh(), 1500);
    });
    return b;
  }
}
