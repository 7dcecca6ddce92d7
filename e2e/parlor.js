// Helpers for the end-to-end tests: Parlor's REST API with fetch, and STOMP with a stock
// @stomp/stompjs client over ws (Node 20 has no global WebSocket).
import { Client } from '@stomp/stompjs';
import WebSocket from 'ws';
import { randomUUID } from 'node:crypto';

export const PASSWORD = 'violet-harbor-lantern';

export async function api(base, method, path, body, token) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  // a request that hangs fails after a minute instead of stalling the test until its time-out
  const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(60000) });
  const text = await response.text();
  const contentType = response.headers.get('content-type')?.split(';')[0];
  return { status: response.status, contentType, json: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : undefined };
}

/** Signs up and logs in a member; the server must not require email verification. */
export async function member(base, name) {
  const email = `e2e-${randomUUID()}@example.com`;
  const signUp = await api(base, 'POST', '/auth/signup', { email, password: PASSWORD, name });
  if (signUp.status !== 201) throw new Error(`sign-up answered ${signUp.status}`);
  const login = await api(base, 'POST', '/auth/login', { email, password: PASSWORD });
  if (login.status !== 200) throw new Error(`login answered ${login.status}`);
  return { id: signUp.json.id, token: login.json.accessToken, credentials: { email, password: PASSWORD } };
}

export async function groupRoom(base, creator, others) {
  const room = await api(base, 'POST', '/chat/rooms', { type: 'GROUP', name: 'e2e', memberIds: others.map((m) => m.id) }, creator.token);
  if (room.status !== 201) throw new Error(`room creation answered ${room.status}`);
  return room.json.id;
}

export async function history(base, member, roomId, query = '') {
  const reply = await api(base, 'GET', `/chat/rooms/${roomId}/messages${query}`, undefined, member.token);
  if (reply.status !== 200) throw new Error(`history answered ${reply.status}`);
  return reply.json;
}

const sockets = new Set();

/** Ends every socket the tests opened, whatever state it is in, so the test process can exit. */
export function closeAll() {
  for (const socket of sockets) socket.terminate();
  sockets.clear();
}

/** A connected stompjs client with promise-based helpers; `errors` collects ERROR frames. */
/** {@code promise}, or a rejection naming {@code what} after {@code ms}. */
export function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function stomp(base, token) {
  const url = base.replace(/^http/, 'ws') + '/ws/chat';
  const errors = [];
  let closed = false;
  const client = new Client({
    webSocketFactory: () => {
      const socket = new WebSocket(url, ['v12.stomp']);
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      return socket;
    },
    connectHeaders: { Authorization: `Bearer ${token}` },
    reconnectDelay: 0,
    heartbeatIncoming: 10000,
    heartbeatOutgoing: 10000,
    debug: () => {},
  });
  const connected = new Promise((resolve, reject) => {
    client.onConnect = resolve;
    client.onStompError = (frame) => { errors.push(frame); reject(new Error(frame.headers.message)); };
    client.onWebSocketClose = () => { closed = true; reject(new Error('closed before CONNECTED')); };
  });
  let socket;
  const factory = client.webSocketFactory;
  client.webSocketFactory = () => { socket = factory(); return socket; };
  client.activate();
  await within(connected, 10000, 'CONNECTED');
  client.onStompError = (frame) => errors.push(frame);
  client.onWebSocketClose = () => { closed = true; };
  let receipts = 0;
  return {
    client,
    errors,
    isClosed: () => closed,
    /** Subscribes and collects every message body (parsed) in arrival order. */
    subscribe(destination) {
      const received = [];
      client.subscribe(destination, (message) => received.push(JSON.parse(message.body)));
      return received;
    },
    /** Sends to /app/chat.send and resolves once the server's RECEIPT came (the message is stored). */
    send(roomId, text, clientMessageId = randomUUID()) {
      return this.post({ roomId, message: text, clientMessageId });
    },
    /** Sends any chat.send body (a clientMessageId is added when missing) and resolves on its RECEIPT. */
    post(body) {
      const receipt = `r-${++receipts}`;
      const done = new Promise((resolve) => client.watchForReceipt(receipt, resolve));
      const frame = JSON.stringify({ clientMessageId: randomUUID(), ...body });
      client.publish({ destination: '/app/chat.send', body: frame, headers: { receipt } });
      return within(done, 10000, `RECEIPT ${receipt}`);
    },
    /** Disconnects politely, and ends the socket if the goodbye takes too long. */
    async close() {
      try {
        await within(client.deactivate(), 5000, 'DISCONNECT');
      } catch (slow) {
        socket?.terminate();
        throw slow;
      }
    },
  };
}

/** Resolves when `condition()` (which may return a promise) holds, or rejects after `ms`. */
export async function eventually(condition, ms = 10000, what = 'condition') {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const BASE = process.env.PARLOR_URL ?? 'http://127.0.0.1:8080';
