// The river: one list item per article, newest first. New items slide in at the top; each id is
// shown once however often it arrives (initial page, stream, reconnect). A wall screen left running
// for days keeps at most MAX_ITEMS in the page.

import { el, clear, timeAgo } from './dom.js';
import { hrefWith } from './view.js';

const MAX_ITEMS = 500;

/** The list of items in the page. onOpen(item) is called when an item's title is activated. */
export class River {
  constructor(list, { onOpen, onFilter }) {
    this.list = list;
    this.onOpen = onOpen;
    this.onFilter = onFilter;
    this.items = new Map();
  }

  /** Forgets every item (a new view). */
  reset() {
    this.items.clear();
    clear(this.list);
  }

  /** The item with this id, if shown. */
  get(id) {
    return this.items.get(String(id));
  }

  /** The newest and oldest ids shown, as numbers (null when empty). */
  newestId() {
    return this.list.firstElementChild ? this.list.firstElementChild.dataset.id : null;
  }

  oldestId() {
    return this.list.lastElementChild ? this.list.lastElementChild.dataset.id : null;
  }

  size() {
    return this.items.size;
  }

  /** Adds an item unless already shown; live items go on top and slide in. Returns whether it was new. */
  add(item, { live = false, caughtUp = false } = {}) {
    const id = String(item.id);
    if (this.items.has(id)) return false;
    this.items.set(id, item);
    const li = this.render(item);
    if (live) {
      li.classList.add('arriving');
      if (caughtUp) li.classList.add('caught-up');
      this.insertByIdDescending(li, Number(id));
    } else {
      this.list.appendChild(li);
    }
    this.trim();
    return true;
  }

  insertByIdDescending(li, id) {
    let next = this.list.firstElementChild;
    while (next && Number(next.dataset.id) > id) next = next.nextElementSibling;
    this.list.insertBefore(li, next);
  }

  trim() {
    while (this.items.size > MAX_ITEMS) {
      const last = this.list.lastElementChild;
      this.items.delete(last.dataset.id);
      last.remove();
    }
  }

  render(item) {
    const li = el('li', 'item');
    li.dataset.id = item.id;
    li.dataset.regions = (item.regions || []).join(' ');
    li.dataset.topics = (item.topics || []).join(' ');
    const h = el('h3', 'item-title');
    const open = el('a', null, item.title || '(untitled)');
    open.href = hrefWith('item', item.id);
    open.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      this.onOpen(item);
    });
    h.appendChild(open);
    li.appendChild(h);
    li.appendChild(meta(item));
    li.appendChild(this.chips(item));
    if (item.summary) li.appendChild(el('p', 'summary', item.summary));
    return li;
  }

  chips(item) {
    const box = el('div', 'chips');
    for (const t of item.tags || []) {
      const key = t.kind === 'topic' ? 'topic' : 'region';
      const a = el('a', 'chip chip-' + key, t.label || t.id);
      a.href = hrefWith(key, t.id);
      a.title = (key === 'topic' ? 'Show only topic ' : 'Show only region ') + (t.label || t.id);
      a.addEventListener('click', (e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        this.onFilter(key, t.id);
      });
      box.appendChild(a);
    }
    return box;
  }
}

/** Source · time ago (exact on hover) · author. */
export function meta(item) {
  const m = el('div', 'meta');
  m.appendChild(el('span', 'source', item.source ? item.source.name || item.source.id : ''));
  m.appendChild(document.createTextNode(' · '));
  m.appendChild(timeAgo(item.published || item.ingested));
  if (item.author) {
    m.appendChild(document.createTextNode(' · '));
    m.appendChild(el('span', 'author', item.author));
  }
  return m;
}
