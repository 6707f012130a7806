// JSON over HTTP with a timeout and a bounded retry. Sizes are bounded by the limit parameters the
// callers send; the server caps them as well.

const TIMEOUT_MS = 10000;
const RETRIES = 2;

/** An HTTP answer that was not 2xx, naming the URL and the status. */
export class HttpError extends Error {
  constructor(url, status) {
    super(url + ': HTTP ' + status);
    this.status = status;
  }
}

async function once(url, init) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    const r = await fetch(url, { ...init, signal: abort.signal, headers: { Accept: 'application/json', ...(init.headers || {}) } });
    if (!r.ok) throw new HttpError(url, r.status);
    const body = await r.text();
    return body ? JSON.parse(body) : null;
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches JSON; retries network failures and 5xx twice with a growing pause, never a 4xx. */
export async function json(url, init = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await once(url, init);
    } catch (e) {
      const final = attempt >= RETRIES || (e instanceof HttpError && e.status < 500);
      if (final) throw e;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

/** The query string of a view: its filters plus any extra parameters, without empty values. */
export function query(filter, extra = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  return q.toString();
}
