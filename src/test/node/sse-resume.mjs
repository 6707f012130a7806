// Reads the river over SSE with the `eventsource` package, closes half-way, reconnects with
// Last-Event-ID, and checks that every item arrived exactly once and in id order.
// usage: node sse-resume.mjs BASE_URL EXPECTED_COUNT
import { EventSource } from 'eventsource';

const [base, expectedArg] = process.argv.slice(2);
const expected = Number(expectedArg);
const timeout = setTimeout(() => fail(`timed out; received ${received.length} of ${expected}`), 30000);
const received = [];

function fail(message) {
  console.error('FAIL ' + message);
  process.exit(1);
}

function read(url, lastEventId, count) {
  return new Promise((resolve, reject) => {
    const es = new EventSource(url, {
      fetch: (input, init) => fetch(input, {
        ...init,
        headers: { ...init.headers, ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
      }),
    });
    let got = 0;
    es.addEventListener('item', (e) => {
      if (got === count) return; // events already buffered when we closed
      const item = JSON.parse(e.data);
      if (item.id !== e.lastEventId) reject(new Error(`id ${e.lastEventId} does not match item ${item.id}`));
      received.push(Number(e.lastEventId));
      if (++got === count) {
        es.close();
        resolve(e.lastEventId);
      }
    });
    es.addEventListener('reset', (e) => reject(new Error('unexpected reset: ' + e.data)));
    es.onerror = (e) => { if (es.readyState === EventSource.CLOSED) reject(new Error('closed: ' + e.message)); };
  });
}

try {
  const half = Math.floor(expected / 2);
  const last = await read(`${base}/stream?backlog=1000`, null, half);
  await read(`${base}/stream`, last, expected - half);
} catch (e) {
  fail(e.message);
}
clearTimeout(timeout);
const sorted = [...received].sort((a, b) => a - b);
if (new Set(received).size !== received.length) fail('duplicates: ' + received.join(','));
if (received.join() !== sorted.join()) fail('out of order: ' + received.join(','));
if (received.length !== expected) fail(`expected ${expected}, got ${received.length}`);
console.log(`OK ${received.length} items exactly once, in order, across a reconnect`);
