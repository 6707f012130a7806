// Small DOM helpers. Every value from an item goes through textContent or an attribute, never innerHTML.

/** An element with an optional class and text. */
export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/** Removes every child of an element. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** "just now", "3 min ago", "5 h ago", "2 d ago"; "in 4 min" for a time ahead. */
export function ago(iso, now = Date.now()) {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const s = Math.round((now - t) / 1000);
  const span = Math.abs(s);
  let text;
  if (span < 45) return s >= 0 ? 'just now' : 'now';
  if (span < 3600) text = Math.round(span / 60) + ' min';
  else if (span < 86400) text = Math.round(span / 3600) + ' h';
  else text = Math.round(span / 86400) + ' d';
  return s >= 0 ? text + ' ago' : 'in ' + text;
}

/** The exact local date and time, for a title attribute. */
export function exact(iso) {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'long' });
}

/** A time element that says how long ago and gives the exact time on hover; refreshed by refreshTimes. */
export function timeAgo(iso) {
  const t = el('time', 'ago', ago(iso));
  if (iso) {
    t.dateTime = iso;
    t.title = exact(iso);
  }
  return t;
}

/** Brings every "… ago" under a node up to date. */
export function refreshTimes(root = document) {
  for (const t of root.querySelectorAll('time.ago')) t.textContent = ago(t.dateTime);
}

/** Only http(s) links are followed; anything else (javascript:, data:) is not a link. */
export function safeHref(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}
