// The last 24 hours of the river as the charts need it: when each item arrived and its regions and
// topics, loaded from /api/items page by page (bounded) and kept up to date with live items.

import { json, query } from './api.js';

const DAY_MS = 24 * 3600 * 1000;
const PAGE = 1000;
const MAX_PAGES = 3;

/** Arrival time of an item in ms: when the river received it, else when it was published. */
function arrival(item) {
  return Date.parse(item.ingested || item.published);
}

/** The items of one view (a filter) that arrived in the last 24 hours. */
export class DayWindow {
  constructor(filter) {
    this.filter = filter;
    this.items = new Map();
  }

  async load() {
    const items = new Map();
    let before = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const batch = await json('/api/items?' + query(this.filter, { limit: PAGE, before }));
      for (const it of batch) this.keep(items, it);
      if (batch.length < PAGE || arrival(batch[batch.length - 1]) < Date.now() - DAY_MS) break;
      before = batch[batch.length - 1].id;
    }
    this.items = items;
    return this;
  }

  keep(map, item) {
    const t = arrival(item);
    if (t >= Date.now() - DAY_MS) map.set(String(item.id), { t, regions: item.regions || [], topics: item.topics || [] });
  }

  /** Adds a live item of this view. */
  add(item) {
    this.keep(this.items, item);
  }

  /** Counts per hour for the 24 hours ending with the current one, oldest first, with their start times. */
  hourly(now = Date.now()) {
    const hour = 3600 * 1000;
    const last = Math.floor(now / hour) * hour;
    const starts = Array.from({ length: 24 }, (_, i) => last - (23 - i) * hour);
    const counts = new Array(24).fill(0);
    for (const { t } of this.items.values()) {
      const i = 23 - Math.floor((last - Math.floor(t / hour) * hour) / hour);
      if (i >= 0 && i < 24) counts[i]++;
    }
    return { starts, counts };
  }

  /** The n most frequent regions and topics: [{id, kind: 'region'|'topic', count}], most first. */
  top(n) {
    const tally = (key) => {
      const m = new Map();
      for (const it of this.items.values()) for (const id of it[key]) m.set(id, (m.get(id) || 0) + 1);
      return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
    };
    return {
      regions: tally('regions').map(([id, count]) => ({ id, kind: 'region', count })),
      topics: tally('topics').map(([id, count]) => ({ id, kind: 'topic', count })),
    };
  }
}
