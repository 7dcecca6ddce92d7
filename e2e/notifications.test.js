// Notifications through a stock EventSource (npm `eventsource`, the browser API for Node): the token
// travels as `access_token` because EventSource cannot set headers, and a resumed stream replays what
// it missed by `Last-Event-ID` before going live.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { EventSource } from 'eventsource';
import { api, PASSWORD, stomp, eventually, closeAll, BASE } from './parlor.js';

const streams = new Set();
after(() => {
  for (const stream of streams) stream.close();
  closeAll();
});

async function signUp(base, name) {
  const email = `e2e-${randomUUID()}@example.com`;
  const created = await api(base, 'POST', '/auth/signup', { email, password: PASSWORD, name });
  assert.equal(created.status, 201);
  const login = await api(base, 'POST', '/auth/login', { email, password: PASSWORD });
  assert.equal(login.status, 200);
  return { id: created.json.id, email, password: PASSWORD, token: login.json.accessToken };
}

/** Changes the member's password (each change raises an ACCOUNT notification) and logs in anew. */
async function changePassword(base, who) {
  const next = `${who.password}-x`;
  const changed = await api(base, 'PUT', '/me/password', { currentPassword: who.password, newPassword: next }, who.token);
  assert.equal(changed.status, 204);
  who.password = next;
  const login = await api(base, 'POST', '/auth/login', { email: who.email, password: next });
  assert.equal(login.status, 200);
  who.token = login.json.accessToken;
}

/** An EventSource on the member's stream that records every named event with its id. */
function open(base, who, lastEventId) {
  const query = new URLSearchParams({ access_token: who.token });
  if (lastEventId) query.set('lastEventId', lastEventId);
  const source = new EventSource(`${base}/notifications/stream?${query}`);
  streams.add(source);
  const events = [];
  for (const name of ['notification', 'room-updated', 'member-status']) {
    source.addEventListener(name, (event) => events.push({ name, id: event.lastEventId, data: JSON.parse(event.data) }));
  }
  const opened = new Promise((resolve, reject) => {
    source.onopen = resolve;
    source.onerror = (error) => reject(new Error(`stream failed: ${error.message ?? error.code}`));
  });
  return { source, events, opened };
}

test('a stream shows room updates live and replays missed notifications on resume, once each', async () => {
  const ana = await signUp(BASE, 'Ana');
  const bo = await signUp(BASE, 'Bo');
  const room = await api(BASE, 'POST', '/chat/rooms', { type: 'DIRECT', memberIds: [bo.id] }, ana.token);
  assert.ok([200, 201].includes(room.status), `room answered ${room.status}`);
  const first = open(BASE, bo);
  await first.opened;

  const chat = await stomp(BASE, ana.token);
  await chat.send(room.json.id, 'hello Bo');
  await eventually(() => first.events.some((e) => e.name === 'room-updated'), 10000, 'room-updated');
  const update = first.events.find((e) => e.name === 'room-updated');
  assert.equal(update.data.roomId, room.json.id);
  assert.equal(update.data.unreadCount, 1);
  assert.equal(update.data.lastMessage.message, 'hello Bo');
  assert.ok(update.id, 'every event has an id');
  await chat.close();

  const resumeFrom = first.events.at(-1).id;
  first.source.close();
  await changePassword(BASE, bo);
  await changePassword(BASE, bo);
  const inbox = await api(BASE, 'GET', '/notifications', undefined, bo.token);
  assert.equal(inbox.status, 200);
  assert.equal(inbox.json.items.filter((n) => n.type === 'ACCOUNT').length, 2);

  const resumed = open(BASE, bo, resumeFrom);
  await resumed.opened;
  await eventually(() => resumed.events.filter((e) => e.name === 'notification').length >= 2, 10000, 'the two missed');
  await changePassword(BASE, bo);
  await eventually(() => resumed.events.filter((e) => e.name === 'notification').length >= 3, 10000, 'a live one');
  await new Promise((resolve) => setTimeout(resolve, 1500));

  const shown = resumed.events.filter((e) => e.name === 'notification');
  assert.equal(shown.length, 3, 'the two missed and the live one, nothing twice');
  assert.deepEqual(shown.map((e) => e.data.type), ['ACCOUNT', 'ACCOUNT', 'ACCOUNT']);
  const numbers = shown.map((e) => Number(e.id));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), 'in order');
  assert.equal(new Set(numbers).size, 3);
  assert.deepEqual(shown.slice(0, 2).map((e) => e.data.id), inbox.json.items.slice().reverse().map((n) => n.id));
  resumed.source.close();
});

test('a stream without a valid token is refused', async () => {
  const refused = await fetch(`${BASE}/notifications/stream?access_token=forged`, { headers: { Accept: 'text/event-stream' } });
  assert.equal(refused.status, 401);
  assert.match(refused.headers.get('content-type'), /application\/problem\+json/);
});
