// The view: which region, topic, source and search text are selected, and which item is open. It lives
// in the address bar so a view can be shared and reloaded; back and forward move between views.

const FILTER_KEYS = ['region', 'topic', 'source', 'q'];
const listeners = [];

/** The filters of the current address, e.g. {region: 'sahel'}. */
export function filter() {
  const params = new URLSearchParams(location.search);
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = (params.get(k) || '').trim();
    if (v) f[k] = v;
  }
  return f;
}

/** The id of the item open in the item view, or null. */
export function openItem() {
  return new URLSearchParams(location.search).get('item');
}

/** Calls back with (filter, item) whenever the view changes, by a click or by back/forward. */
export function onChange(callback) {
  listeners.push(callback);
}

function navigate(params, replace) {
  const qs = params.toString();
  const url = location.pathname + (qs ? '?' + qs : '');
  if (url === location.pathname + location.search) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', url);
  notify();
}

function notify() {
  const f = filter();
  const item = openItem();
  for (const l of listeners) l(f, item);
}

/** Sets one filter (or clears it when value is empty or already selected, if toggle is set). */
export function setFilter(key, value, toggle = false) {
  const params = new URLSearchParams(location.search);
  if (!value || (toggle && params.get(key) === value)) params.delete(key);
  else params.set(key, value);
  params.delete('item');
  navigate(params, false);
}

/** Clears every filter. */
export function clearFilters() {
  const params = new URLSearchParams(location.search);
  for (const k of FILTER_KEYS) params.delete(k);
  navigate(params, false);
}

/** Opens (id) or closes (null) the item view, keeping the filters. */
export function setItem(id) {
  const params = new URLSearchParams(location.search);
  if (id) params.set('item', id);
  else params.delete('item');
  navigate(params, !id);
}

/** The address of this page with one filter set, for links that also work when opened in a new tab. */
export function hrefWith(key, value) {
  const params = new URLSearchParams(location.search);
  params.set(key, value);
  params.delete('item');
  return location.pathname + '?' + params.toString();
}

window.addEventListener('popstate', notify);
