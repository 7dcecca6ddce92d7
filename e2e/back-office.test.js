// A shop's back office with stock clients: a welcome template greets a new room before anything
// else, and a message to the VIP group reaches each VIP's open chat live, once, even when the
// request is retried; one VIP listens on the second instance when there is one.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventSource } from 'eventsource';
import { api, member, stomp, eventually, closeAll, history, BASE } from './parlor.js';

const BASE_2 = process.env.PARLOR_URL_2 ?? BASE;
const streams = new Set();
after(() => {
  for (const stream of streams) stream.close();
  closeAll();
});

async function shop(owner) {
  const created = await api(BASE, 'POST', '/shops', { name: 'Salon Lumen', timeZone: 'Asia/Seoul' }, owner.token);
  assert.equal(created.status, 201);
  return created.json.id;
}

async function template(shopId, owner, body, type) {
  const created = await api(BASE, 'POST', `/shops/${shopId}/templates`, { name: `t-${type}`, body, trigger: { type } }, owner.token);
  assert.equal(created.status, 201, JSON.stringify(created.json));
  return created.json;
}

function roomUpdates(base, who) {
  const source = new EventSource(`${base}/notifications/stream?${new URLSearchParams({ access_token: who.token })}`);
  streams.add(source);
  const updates = [];
  source.addEventListener('room-updated', (event) => updates.push(JSON.parse(event.data)));
  const opened = new Promise((resolve, reject) => {
    source.onopen = resolve;
    source.onerror = (error) => reject(new Error(`stream failed: ${error.message ?? error.code}`));
  });
  return { updates, opened };
}

test('a new room with the shop is welcomed by its template before anything else, live', async () => {
  const owner = await member(BASE, 'Olli Owner');
  const ana = await member(BASE, 'Ana Lee');
  const shopId = await shop(owner);
  await template(shopId, owner, 'Welcome to {{shopName}}, {{customerName}}!', 'ROOM_CREATED');
  const stream = roomUpdates(BASE, ana);
  await stream.opened;

  const room = await api(BASE, 'POST', '/chat/rooms', { type: 'DIRECT', memberIds: [owner.id] }, ana.token);
  assert.equal(room.status, 201);
  const chat = await stomp(BASE, ana.token);
  const live = chat.subscribe(`/topic/chat.${room.json.id}`);
  await chat.send(room.json.id, 'Hi, do you do balayage?');

  await eventually(() => live.length === 1, 10000, 'own message live');
  await eventually(() => stream.updates.some((u) => u.lastMessage?.type === 'TEMPLATE'), 10000, 'room-updated with the welcome');
  const messages = await history(BASE, ana, room.json.id);
  assert.deepEqual(messages.map((m) => [m.seq, m.type, m.senderId, m.message]), [
    [1, 'TEMPLATE', owner.id, 'Welcome to Salon Lumen, Ana Lee!'],
    [2, 'TEXT', ana.id, 'Hi, do you do balayage?'],
  ]);
  await chat.close();
});

test('a message to the VIP group reaches each VIP live exactly once, retries included', async () => {
  const owner = await member(BASE, 'Olli Owner');
  const shopId = await shop(owner);
  const vips = [await member(BASE, 'Vip One'), await member(BASE, 'Vip Two')];
  const regular = await member(BASE, 'Not Vip');
  const listeners = [];
  for (const [index, who] of [...vips, regular].entries()) {
    const base = index === 1 ? BASE_2 : BASE;
    const room = await api(base, 'POST', '/chat/rooms', { type: 'DIRECT', memberIds: [owner.id] }, who.token);
    assert.equal(room.status, 201);
    const chat = await stomp(base, who.token);
    listeners.push({ who, chat, live: chat.subscribe(`/topic/chat.${room.json.id}`) });
  }
  const groups = await api(BASE, 'GET', `/shops/${shopId}/groups`, undefined, owner.token);
  const vip = groups.json.find((g) => g.kind === 'VIP');
  const added = await api(BASE, 'POST', `/shops/${shopId}/groups/${vip.id}/members`, { memberIds: vips.map((v) => v.id) }, owner.token);
  assert.equal(added.status, 200);
  assert.equal(added.json.memberCount, 2);

  const send = () => fetch(`${BASE}/shops/${shopId}/groups/${vip.id}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${owner.token}`, 'Idempotency-Key': 'spring-offer' },
    body: JSON.stringify({ message: 'Spring offer for you, {{customerName}}' }),
  });
  const first = await send();
  assert.equal(first.status, 202);
  assert.deepEqual(await first.json(), { recipients: 2 });
  const retried = await send();
  assert.equal(retried.status, 202);

  for (const { who, live } of listeners.slice(0, 2)) {
    await eventually(() => live.length === 1, 15000, `the offer reaching ${who.id}`);
  }
  // A later message to the group follows the retried one in due order: when it has arrived, the retry had its turn.
  const later = await api(BASE, 'POST', `/shops/${shopId}/groups/${vip.id}/messages`, { message: 'See you soon' }, owner.token);
  assert.equal(later.status, 202);
  for (const { live } of listeners.slice(0, 2)) {
    await eventually(() => live.length === 2, 15000, 'the later message');
  }
  for (const [index, { live }] of listeners.slice(0, 2).entries()) {
    assert.deepEqual(live.map((m) => [m.type, m.senderId, m.message]), [
      ['TEMPLATE', owner.id, `Spring offer for you, Vip ${index === 0 ? 'One' : 'Two'}`],
      ['TEMPLATE', owner.id, 'See you soon'],
    ]);
  }
  assert.equal(listeners[2].live.length, 0, 'a customer outside the group gets nothing');
  const inbox = await api(BASE, 'GET', '/notifications', undefined, vips[0].token);
  assert.deepEqual(inbox.json.items.map((n) => n.type), ['GROUP_MESSAGE', 'GROUP_MESSAGE']);
  for (const { chat } of listeners) await chat.close();
});
