// The live connection: /stream over EventSource with the view's filters. It resumes after the last item
// id it has seen — the browser sends Last-Event-ID on its own reconnects, and after a failed connection
// we open a new one with lastEventId — so items that arrived meanwhile come once, in order.

import { query } from './api.js';

const MAX_PAUSE_MS = 30000;

/**
 * Connects to the stream. handlers: item(item, caughtUp) for each item (caughtUp is true for items that
 * arrived while the connection was down), state('connecting'|'live'|'reconnecting'), reset(data).
 * Returns an object whose close() ends the connection for good.
 */
export function connect(filter, lastId, handlers) {
  let source = null;
  let closed = false;
  let failures = 0;
  let wasDown = false;
  let catchUpUntil = 0;
  let timer = null;

  function open() {
    handlers.state(wasDown ? 'reconnecting' : 'connecting');
    source = new EventSource('/stream?' + query(filter, { lastEventId: lastId }));
    source.onopen = () => {
      failures = 0;
      if (wasDown) catchUpUntil = Date.now() + 3000;
      wasDown = false;
      handlers.state('live');
    };
    source.onerror = () => {
      wasDown = true;
      handlers.state('reconnecting');
      if (source.readyState === EventSource.CLOSED) retryLater();
    };
    source.addEventListener('item', (e) => {
      if (e.lastEventId) lastId = e.lastEventId;
      handlers.item(JSON.parse(e.data), Date.now() < catchUpUntil);
    });
    source.addEventListener('reset', (e) => handlers.reset(JSON.parse(e.data)));
  }

  // The browser gives up on an HTTP error (a 503 when the server is full); try again, waiting longer each time.
  function retryLater() {
    if (source) source.close();
    if (closed) return;
    const pause = Math.min(MAX_PAUSE_MS, 1000 * 2 ** Math.min(failures++, 5));
    timer = setTimeout(open, pause);
  }

  // A page kept in the back/forward cache holds no connection (the browser allows six per server, and
  // each stream keeps one); when the page is shown again, the stream resumes after the last item seen.
  function suspend() {
    clearTimeout(timer);
    if (source) source.close();
    source = null;
  }
  function resume(e) {
    if (e.persisted && !closed && !source) {
      wasDown = true;
      open();
    }
  }
  window.addEventListener('pagehide', suspend);
  window.addEventListener('pageshow', resume);

  open();
  return {
    close() {
      closed = true;
      suspend();
      window.removeEventListener('pagehide', suspend);
      window.removeEventListener('pageshow', resume);
    },
  };
}
