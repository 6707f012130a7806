// The item view: a modal dialog with the item's cleaned text, the evidence of each tag marked in it,
// the original link, and the other items of its story, near-duplicates folded under the first.

import { json } from './api.js';
import { el, clear, safeHref, timeAgo } from './dom.js';
import { matcher, highlight, paragraphs } from './evidence.js';
import { storyGroup } from './story.js';

/** Shows items in the dialog. onClose() is called when the dialog closes by any means. */
export class ItemView {
  constructor(dialog, { onClose, onOpen }) {
    this.dialog = dialog;
    this.onOpen = onOpen;
    this.current = null;
    this.part = (id) => dialog.querySelector('#' + id);
    this.part('item-close').addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      this.current = null;
      onClose();
    });
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });
  }

  /** Opens the item with this id, from the given copy or from the API. */
  async open(id, known) {
    const item = known || (await json('/api/items/' + encodeURIComponent(id)));
    this.current = String(item.id);
    this.render(item);
    if (!this.dialog.open) this.dialog.showModal();
    this.part('item-close').focus();
    this.story(item);
  }

  close() {
    if (this.dialog.open) this.dialog.close();
  }

  render(item) {
    const m = matcher(item.tags);
    const title = this.part('item-title');
    clear(title);
    title.appendChild(highlight(item.title || '(untitled)', m));
    this.renderMeta(item);
    this.renderLegend(item.tags || []);
    const text = this.part('item-text');
    clear(text);
    text.appendChild(paragraphs(item.text || item.summary || '', m));
  }

  renderMeta(item) {
    const meta = this.part('item-meta');
    clear(meta);
    meta.appendChild(el('span', 'source', item.source ? item.source.name || item.source.id : ''));
    meta.appendChild(document.createTextNode(' · '));
    meta.appendChild(timeAgo(item.published || item.ingested));
    if (item.author) meta.appendChild(el('span', 'author', ' · ' + item.author));
    const href = safeHref(item.url);
    if (href) {
      meta.appendChild(document.createTextNode(' · '));
      const a = el('a', 'original', 'Original');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      meta.appendChild(a);
    }
  }

  renderLegend(tags) {
    const legend = this.part('item-tags');
    clear(legend);
    for (const t of tags) {
      const b = el('button', 'chip legend chip-' + (t.kind === 'topic' ? 'topic' : 'region'));
      b.type = 'button';
      b.setAttribute('aria-pressed', 'false');
      b.dataset.tag = t.id;
      b.appendChild(el('span', 'mark-swatch'));
      b.appendChild(document.createTextNode(t.label + ' '));
      const ev = (t.evidence || []).map((e) => e.text + ' ×' + e.count + ' (' + e.where + ')').join(', ');
      b.appendChild(el('small', 'muted', ev));
      b.addEventListener('click', () => this.emphasize(t.id, b));
      legend.appendChild(b);
    }
  }

  /** Picks out one tag's marks; pressing again shows all evenly. */
  emphasize(tagId, button) {
    const on = button.getAttribute('aria-pressed') !== 'true';
    for (const b of this.part('item-tags').querySelectorAll('button')) b.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-pressed', String(on));
    for (const mark of this.dialog.querySelectorAll('mark.evidence')) {
      const mine = mark.dataset.tags.split(' ').includes(tagId);
      mark.classList.toggle('picked', on && mine);
      mark.classList.toggle('dimmed', on && !mine);
    }
  }

  async story(item) {
    const box = this.part('item-story');
    box.hidden = true;
    if (!item.story) return;
    let members;
    try {
      members = await json('/api/items?duplicates=include&limit=1000');
    } catch (e) {
      return;
    }
    if (this.current !== String(item.id)) return;
    const groups = storyGroup(item, members);
    const list = this.part('story-list');
    clear(list);
    if (groups.length < 2 && !groups.some((g) => g.duplicates.length)) return;
    for (const g of groups) list.appendChild(this.storyEntry(g, item));
    box.hidden = false;
  }

  storyEntry(group, current) {
    const li = el('li');
    li.appendChild(this.storyLink(group.item, current));
    if (group.duplicates.length) {
      const details = el('details', 'duplicates');
      const n = group.duplicates.length;
      details.open = group.duplicates.some((d) => String(d.id) === String(current.id));
      details.appendChild(el('summary', null, n + (n === 1 ? ' duplicate' : ' duplicates')));
      const ul = el('ul');
      for (const d of group.duplicates) ul.appendChild(el('li')).appendChild(this.storyLink(d, current));
      details.appendChild(ul);
      li.appendChild(details);
    }
    return li;
  }

  storyLink(item, current) {
    const span = el('span', 'story-member');
    if (String(item.id) === String(current.id)) {
      span.appendChild(el('strong', null, item.title + ' (this item)'));
    } else {
      const b = el('button', 'linkish', item.title || '(untitled)');
      b.type = 'button';
      b.addEventListener('click', () => this.onOpen(item));
      span.appendChild(b);
    }
    span.appendChild(el('span', 'muted', ' — ' + (item.source ? item.source.name : '')));
    return span;
  }
}
