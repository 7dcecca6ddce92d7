// The HTTP API with the member's tokens. Tokens live in memory only (never in storage a script
// could read later); a 401 is answered by one refresh with the rotating refresh token, then the
// request is sent again once.
import { Problem } from './problems.js';

const listeners = new Set();
let tokens = null;
let refreshing = null;

export const session = {
  get signedIn() { return tokens !== null; },
  get accessToken() { return tokens?.accessToken; },
  /** Called with true on log-in and false on log-out or a refused refresh. */
  onChange(listener) { listeners.add(listener); },
};

function keep(next) {
  tokens = next ? { ...next, expiresAt: Date.now() + next.expiresIn * 1000 } : null;
  listeners.forEach((listener) => listener(tokens !== null));
}

export async function logIn(email, password, shopCode) {
  keep(await request('POST', '/auth/login', { email, password, shopCode }, { anonymous: true }));
}

export async function logOut() {
  const refreshToken = tokens?.refreshToken;
  keep(null);
  if (refreshToken) await request('POST', '/auth/logout', { refreshToken }, { anonymous: true }).catch(() => {});
}

/** Refreshes the tokens (once for all callers waiting at the same time); false if refused. */
export function refresh() {
  if (!tokens) return Promise.resolve(false);
  refreshing ??= request('POST', '/auth/refresh', { refreshToken: tokens.refreshToken }, { anonymous: true })
    .then((next) => { keep(next); return true; })
    .catch((error) => { if (error instanceof Problem && error.status === 401) keep(null); return false; })
    .finally(() => { refreshing = null; });
  return refreshing;
}

/** An access token that is valid for at least the next 30 s (refreshing it when it is not). */
export async function freshToken() {
  if (tokens && tokens.expiresAt - Date.now() < 30_000) await refresh();
  return tokens?.accessToken;
}

/** The JSON answer to a call of the API, or a thrown {@link Problem}. */
export async function api(method, path, body, options = {}) {
  return request(method, path, body, options);
}

async function request(method, path, body, { anonymous = false, headers = {}, form, retried = false } = {}) {
  const sent = { Accept: 'application/json, application/problem+json', ...headers };
  if (body !== undefined && !form) sent['Content-Type'] = 'application/json';
  if (!anonymous && tokens) sent.Authorization = `Bearer ${tokens.accessToken}`;
  let response;
  try {
    response = await fetch(path, { method, headers: sent, body: form ?? (body === undefined ? undefined : JSON.stringify(body)) });
  } catch (offline) {
    throw new Problem(0, { title: 'No connection', detail: 'the server could not be reached; try again' });
  }
  if (response.status === 401 && !anonymous && !retried && tokens && await refresh()) {
    return request(method, path, body, { anonymous, headers, form, retried: true });
  }
  const text = await response.text();
  const json = text && (text.startsWith('{') || text.startsWith('[')) ? JSON.parse(text) : undefined;
  if (!response.ok) throw new Problem(response.status, json);
  return json;
}

/** The bytes of an attachment as an object URL for an <img> or a download link. */
export async function attachmentUrl(attachmentId) {
  const token = await freshToken();
  const response = await fetch(`/chat/attachments/${encodeURIComponent(attachmentId)}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Problem(response.status, await response.json().catch(() => undefined));
  return URL.createObjectURL(await response.blob());
}

/** A random key for Idempotency-Key and clientMessageId. */
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // randomUUID exists only in secure contexts; a plain-http host other than localhost gets this
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
