// The facets: regions and topics with how many items carry each, from /api/tags. Each is a toggle
// button; pressing one filters the river, the charts and the stream.

import { el, clear } from './dom.js';

const SHOWN = 12;

/** Renders the two facet lists. onPick(key, id) is called when a facet is pressed. */
export class Facets {
  constructor(regions, topics, onPick) {
    this.lists = { region: regions, topic: topics };
    this.onPick = onPick;
    this.expanded = { region: false, topic: false };
    this.last = null;
    this.filter = {};
    this.labels = new Map();
  }

  /** The label of a tag id, once the facets have been loaded. */
  label(id) {
    return this.labels.get(id) || id;
  }

  /** Shows the counts of a /api/tags answer, marking the selected region and topic. */
  show(tags, filter) {
    this.last = tags;
    this.filter = filter;
    for (const t of [...tags.regions, ...tags.topics]) this.labels.set(t.id, t.label);
    this.renderList('region', tags.regions);
    this.renderList('topic', tags.topics);
  }

  renderList(key, entries) {
    const list = this.lists[key];
    const focused = list.contains(document.activeElement) ? document.activeElement.dataset.id : null;
    clear(list);
    const selected = this.filter[key];
    const visible = this.expanded[key] ? entries : entries.filter((t, i) => i < SHOWN || t.id === selected);
    for (const t of visible) {
      const b = el('button', 'facet');
      b.type = 'button';
      b.dataset.key = key;
      b.dataset.id = t.id;
      b.setAttribute('aria-pressed', String(t.id === selected));
      b.appendChild(el('span', 'facet-label', t.label));
      if (t.kind && t.kind !== 'topic') b.appendChild(el('span', 'facet-kind', t.kind));
      b.appendChild(el('span', 'count', t.count));
      b.addEventListener('click', () => this.onPick(key, t.id));
      list.appendChild(el('li')).appendChild(b);
      if (t.id === focused) b.focus();
    }
    if (!entries.length) list.appendChild(el('li', 'muted', 'none yet'));
    if (entries.length > SHOWN) list.appendChild(el('li')).appendChild(this.toggle(key, entries.length));
  }

  toggle(key, total) {
    const b = el('button', 'linkish more-facets', this.expanded[key] ? 'Show fewer' : 'Show all ' + total);
    b.type = 'button';
    b.setAttribute('aria-expanded', String(this.expanded[key]));
    b.addEventListener('click', () => {
      this.expanded[key] = !this.expanded[key];
      this.show(this.last, this.filter);
      this.lists[key].querySelector('.more-facets').focus();
    });
    return b;
  }
}
