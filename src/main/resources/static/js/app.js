// The dashboard: wires the view (address bar), the river, the live stream, the facets, the charts, the
// sources panel and the item view together.

import { json, query } from './api.js';
import { refreshTimes, el } from './dom.js';
import * as view from './view.js';
import { River } from './river.js';
import { connect } from './live.js';
import { Facets } from './facets.js';
import { Charts } from './charts.js';
import { DayWindow } from './window.js';
import { SourcesPanel } from './sources.js';
import { ItemView } from './item-view.js';

const $ = (id) => document.getElementById(id);
const PAGE = 50;
const STATES = { connecting: 'connecting…', live: 'live', reconnecting: 'reconnecting…' };

const state = { filter: view.filter(), live: null, all: new DayWindow({}), filtered: null, caughtUp: 0 };
const river = new River($('river'), { onOpen: (item) => view.setItem(item.id), onFilter: (k, v) => view.setFilter(k, v) });
const facets = new Facets($('facet-regions'), $('facet-topics'), (k, v) => view.setFilter(k, v, true));
const charts = new Charts($('chart-hourly'), $('chart-top'), (id) => facets.label(id));
const sources = new SourcesPanel($('sources'), $('sources-note'));
const itemView = new ItemView($('item-view'), {
  onClose: () => view.setItem(null),
  onOpen: (item) => view.setItem(item.id),
});

function showState(s) {
  const badge = $('state');
  badge.textContent = STATES[s];
  badge.className = 'state ' + s;
  document.body.dataset.connection = s;
}

function showCount() {
  $('river-count').textContent = river.size() + (river.size() === 1 ? ' item' : ' items');
  $('river-empty').hidden = river.size() > 0;
}

function onLiveItem(item, caughtUp) {
  if (!river.add(item, { live: true, caughtUp })) return;
  showCount();
  state.all.add(item);
  if (state.filtered) state.filtered.add(item);
  drawCharts();
  later('tags', 1500, loadFacets);
  later('charts', 10000, loadCharts);
  if (caughtUp) {
    state.caughtUp++;
    $('catch-up').textContent = state.caughtUp + ' arrived while reconnecting';
    later('catch-up', 15000, () => { state.caughtUp = 0; $('catch-up').textContent = ''; });
  }
}

const timers = {};
function later(name, ms, fn) {
  if (timers[name]) return;
  timers[name] = setTimeout(() => { timers[name] = null; fn(); }, ms);
}

/** The river for the current filter: one page from the API, then live from the newest id on. */
async function loadRiver() {
  if (state.live) state.live.close();
  river.reset();
  const filter = state.filter;
  let items = [];
  try {
    items = await json('/api/items?' + query(filter, { limit: PAGE }));
  } catch (e) {
    console.warn('Could not load the river', e);
  }
  if (filter !== state.filter) return;
  items.forEach((it) => river.add(it));
  $('more').hidden = items.length < PAGE;
  showCount();
  state.live = connect(filter, river.newestId(), {
    item: onLiveItem,
    state: showState,
    reset: () => loadRiver(),
  });
}

async function loadOlder() {
  const before = river.oldestId();
  const items = await json('/api/items?' + query(state.filter, { limit: PAGE, before }));
  items.forEach((it) => river.add(it));
  $('more').hidden = items.length < PAGE;
  showCount();
}

async function loadFacets() {
  try {
    facets.show(await json('/api/tags'), state.filter);
    drawCharts();
  } catch (e) {
    console.warn('Could not load the facets', e);
  }
}

function filterLabel(f) {
  return [f.region && facets.label(f.region), f.topic && facets.label(f.topic), f.source, f.q && '“' + f.q + '”']
    .filter(Boolean).join(' · ');
}

function drawCharts() {
  charts.update(state.all, state.filtered, filterLabel(state.filter));
}

async function loadCharts() {
  const filter = state.filter;
  try {
    const all = await new DayWindow({}).load();
    const filtered = Object.keys(filter).length ? await new DayWindow(filter).load() : null;
    if (filter !== state.filter) return;
    state.all = all;
    state.filtered = filtered;
    drawCharts();
  } catch (e) {
    console.warn('Could not load the charts', e);
  }
}

function showFilter() {
  const f = state.filter;
  const box = $('active-filter');
  box.replaceChildren();
  box.hidden = !Object.keys(f).length;
  if (box.hidden) return;
  box.append('Showing ', el('strong', null, filterLabel(f)), ' ');
  const all = el('button', 'linkish', 'Show all');
  all.type = 'button';
  all.addEventListener('click', () => view.clearFilters());
  box.appendChild(all);
  $('q').value = f.q || '';
  const qs = query(f);
  for (const [id, path] of [['feed-rss', '/feed.xml'], ['feed-atom', '/feed.atom'], ['feed-json', '/feed.json']]) {
    $(id).href = path + (qs ? '?' + qs : '');
  }
}

async function showItem(id) {
  if (!id) return itemView.close();
  if (itemView.current === String(id)) return;
  try {
    await itemView.open(id, river.get(id));
  } catch (e) {
    console.warn('Could not open item ' + id, e);
    view.setItem(null);
  }
}

function onViewChange(filter, item) {
  if (query(filter) !== query(state.filter)) {
    state.filter = filter;
    showFilter();
    loadRiver();
    loadFacets();
    loadCharts();
  }
  showItem(item);
}

$('search').addEventListener('submit', (e) => {
  e.preventDefault();
  view.setFilter('q', $('q').value.trim());
});
$('more').addEventListener('click', loadOlder);
view.onChange(onViewChange);

showFilter();
loadRiver();
loadFacets();
loadCharts();
sources.refresh();
showItem(view.openItem());
setInterval(() => refreshTimes(), 30000);
setInterval(() => sources.refresh(), 15000);
setInterval(loadCharts, 5 * 60000);
