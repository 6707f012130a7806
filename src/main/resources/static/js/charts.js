// The two live charts, drawn with Chart.js (served from its WebJar): items per hour over the last
// 24 hours — all items, and the selected view's when a filter is set — and the top regions and topics.

const Chart = window.Chart;
const TOP = 6;

function css(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function hourLabel(ms) {
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

function reducedMotion() {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Draws and updates the charts; available() is false when the charting library did not load. */
export class Charts {
  constructor(hourlyCanvas, topCanvas, labelOf) {
    this.labelOf = labelOf;
    if (!Chart) return;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    this.hourly = new Chart(hourlyCanvas, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: this.options({ scales: { x: { stacked: false }, y: { beginAtZero: true, ticks: { precision: 0 } } } }),
    });
    this.top = new Chart(topCanvas, {
      type: 'bar',
      data: { labels: [], datasets: [{ label: 'Items', data: [], backgroundColor: [] }] },
      options: this.options({ indexAxis: 'y', plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }),
    });
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.recolor());
    this.recolor();
  }

  available() {
    return Boolean(Chart);
  }

  options(extra) {
    return { responsive: true, maintainAspectRatio: false, animation: reducedMotion() ? false : { duration: 300 }, ...extra };
  }

  /** Redraws from the all-items window and, when a filter is set, the filtered window. */
  update(all, filtered, filterLabel) {
    if (!Chart) return;
    const a = all.hourly();
    this.hourly.data.labels = a.starts.map(hourLabel);
    const sets = [{ label: 'All items', data: a.counts, backgroundColor: css('--chart-all') }];
    if (filtered) sets.push({ label: filterLabel, data: filtered.hourly().counts, backgroundColor: css('--chart-view') });
    this.hourly.data.datasets = sets;
    this.hourly.update();
    const top = (filtered || all).top(TOP);
    const bars = [...top.regions, ...top.topics];
    this.top.data.labels = bars.map((b) => this.labelOf(b.id) + (b.kind === 'topic' ? ' (topic)' : ''));
    this.top.data.datasets[0].data = bars.map((b) => b.count);
    this.top.data.datasets[0].backgroundColor = bars.map((b) => css(b.kind === 'topic' ? '--chart-topic' : '--chart-region'));
    this.top.update();
  }

  /** Follows the light or dark theme. */
  recolor() {
    for (const chart of [this.hourly, this.top]) {
      chart.options.color = css('--fg');
      for (const axis of Object.values(chart.options.scales)) {
        axis.ticks.color = css('--muted');
        axis.grid.color = css('--line');
      }
      chart.update('none');
    }
  }
}
