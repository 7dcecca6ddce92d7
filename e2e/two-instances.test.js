// Two Parlor instances sharing PostgreSQL and Redis (PARLOR_URL, PARLOR_URL_2), as behind a
// load balancer; PARLOR_PID_2 is the second instance's process, killed by the last test.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { EventSource } from 'eventsource';
import { api, PASSWORD, history, stomp, eventually, closeAll } from './parlor.js';
import { setUpReminders, remindersSent } from './reminders.js';

const streams = new Set();
after(() => {
  for (const stream of streams) stream.close();
  closeAll();
});

const FIRST = process.env.PARLOR_URL;
const SECOND = process.env.PARLOR_URL_2;
const SECOND_PID = Number(process.env.PARLOR_PID_2);
const skip = !SECOND && 'set PARLOR_URL_2 (scripts/test.sh starts two instances)';

async function memberOn(base, name) {
  const email = `e2e-${randomUUID()}@example.com`;
  const signUp = await api(FIRST, 'POST', '/auth/signup', { email, password: PASSWORD, name });
  const login = await api(base, 'POST', '/auth/login', { email, password: PASSWORD });
  assert.equal(login.status, 200);
  return { id: signUp.json.id, token: login.json.accessToken };
}

let reminders;

test('320 reservations with day-before reminders are set up through both instances', { skip }, async () => {
  reminders = await setUpReminders(FIRST, SECOND);
  assert.ok(Date.now() < reminders.dueAt - 30000, 'the set-up left time before the reminders fall due');
  assert.equal(reminders.counts.reservations, 320);
  assert.ok(reminders.expected.size > 200, `${reminders.expected.size} reminders expected`);
});

test('members on different instances get every message exactly once in seq order', { skip }, async () => {
  const ana = await memberOn(FIRST, 'Ana');
  const bo = await memberOn(SECOND, 'Bo');
  const room = await api(FIRST, 'POST', '/chat/rooms', { type: 'GROUP', memberIds: [bo.id] }, ana.token);
  const anaClient = await stomp(FIRST, ana.token);
  const boClient = await stomp(SECOND, bo.token);
  const anaHeard = anaClient.subscribe(`/topic/chat.${room.json.id}`);
  const boHeard = boClient.subscribe(`/topic/chat.${room.json.id}`);
  await new Promise((resolve) => setTimeout(resolve, 300));

  await Promise.all([
    (async () => { for (let i = 0; i < 30; i += 1) await anaClient.send(room.json.id, `ana ${i}`); })(),
    (async () => { for (let i = 0; i < 30; i += 1) await boClient.send(room.json.id, `bo ${i}`); })(),
  ]);
  await eventually(() => anaHeard.length >= 60 && boHeard.length >= 60, 15000, '60 messages on each instance');
  await new Promise((resolve) => setTimeout(resolve, 300));

  const expected = Array.from({ length: 60 }, (_, i) => i + 1);
  assert.deepEqual(anaHeard.map((m) => m.seq), expected);
  assert.deepEqual(boHeard.map((m) => m.seq), expected);
  await anaClient.close();
  await boClient.close();
});

test('the same clientMessageId sent through both instances is stored once', { skip }, async () => {
  const ana = await memberOn(FIRST, 'Ana');
  const bo = await memberOn(FIRST, 'Bo');
  const room = await api(FIRST, 'POST', '/chat/rooms', { type: 'GROUP', memberIds: [bo.id] }, ana.token);
  const onFirst = await stomp(FIRST, ana.token);
  const onSecond = await stomp(SECOND, ana.token);
  const clientMessageId = randomUUID();

  await Promise.all([onFirst.send(room.json.id, 'once', clientMessageId), onSecond.send(room.json.id, 'once', clientMessageId)]);

  assert.equal((await history(FIRST, ana, room.json.id)).length, 1);
  await onFirst.close();
  await onSecond.close();
});

test('a file uploaded through one instance is downloaded through the other, with no shared volume', { skip }, async () => {
  const ana = await memberOn(FIRST, 'Ana');
  const bo = await memberOn(SECOND, 'Bo');
  const room = await api(FIRST, 'POST', '/chat/rooms', { type: 'GROUP', memberIds: [bo.id] }, ana.token);
  const bytes = Buffer.alloc(700 * 1024);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31 + (i >> 9)) & 0xff;
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'image/png' }), 'chart.png');

  const upload = await fetch(`${FIRST}/chat/attachments`, { method: 'POST', headers: { Authorization: `Bearer ${ana.token}` }, body: form });
  assert.equal(upload.status, 201);
  const attachment = await upload.json();
  const onFirst = await stomp(FIRST, ana.token);
  await onFirst.post({ roomId: room.json.id, type: 'IMAGE', message: 'chart', attachmentId: attachment.id });
  await onFirst.close();
  const download = await fetch(`${SECOND}/chat/attachments/${attachment.id}`, { headers: { Authorization: `Bearer ${bo.token}` } });

  assert.equal(download.status, 200);
  assert.ok(Buffer.from(await download.arrayBuffer()).equals(bytes), 'the same 700 KiB came back');
});

test('a notification raised on one instance reaches a stream on the other once', { skip }, async () => {
  const email = `e2e-${randomUUID()}@example.com`;
  const signUp = await api(FIRST, 'POST', '/auth/signup', { email, password: PASSWORD, name: 'Cy' });
  const login = await api(FIRST, 'POST', '/auth/login', { email, password: PASSWORD });
  const source = new EventSource(`${SECOND}/notifications/stream?access_token=${login.json.accessToken}`);
  streams.add(source);
  const shown = [];
  source.addEventListener('notification', (event) => shown.push(JSON.parse(event.data)));
  await new Promise((resolve, reject) => { source.onopen = resolve; source.onerror = reject; });

  const changed = await api(FIRST, 'PUT', '/me/password', { currentPassword: PASSWORD, newPassword: `${PASSWORD}-2` },
    login.json.accessToken);
  assert.equal(changed.status, 204);
  await eventually(() => shown.length >= 1, 15000, 'the notification on the other instance');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  source.close();

  assert.equal(shown.length, 1, 'once, although both instances heard of the change');
  assert.equal(shown[0].type, 'ACCOUNT');
  assert.equal(signUp.status, 201);
});

let killedRoom;

test('killing an instance loses no acknowledged message', { skip: skip || (!SECOND_PID && 'set PARLOR_PID_2') }, async () => {
  const ana = await memberOn(FIRST, 'Ana');
  const bo = await memberOn(SECOND, 'Bo');
  const room = await api(FIRST, 'POST', '/chat/rooms', { type: 'GROUP', memberIds: [bo.id] }, ana.token);
  killedRoom = { ana, roomId: room.json.id };
  const doomed = await stomp(SECOND, bo.token);
  const acknowledged = [];
  let killed = false;

  const sending = (async () => {
    for (let i = 0; i < 200 && !doomed.isClosed(); i += 1) {
      const clientMessageId = `doomed-${i}`;
      let receipt;
      try {
        receipt = doomed.send(room.json.id, `message ${i}`, clientMessageId);
      } catch (closedUnderneath) {
        break;
      }
      const outcome = await Promise.race([receipt.then(() => 'receipted'), new Promise((r) => setTimeout(() => r('lost'), 2000))]);
      if (outcome === 'receipted') acknowledged.push(clientMessageId);
      if (i === 40 && !killed) {
        killed = true;
        process.kill(SECOND_PID, 'SIGKILL');
      }
    }
  })();
  await sending;

  const stored = new Set((await history(FIRST, ana, room.json.id, '?limit=200')).map((m) => m.clientMessageId));
  assert.ok(killed, 'the instance was killed mid-stream');
  assert.ok(acknowledged.length >= 40, `at least 40 receipts before the kill, got ${acknowledged.length}`);
  assert.deepEqual(acknowledged.filter((id) => !stored.has(id)), []);
});

test('an unread alert scheduled by the killed instance is sent once by the survivor', { skip: skip || (!SECOND_PID && 'set PARLOR_PID_2') }, async () => {
  assert.ok(killedRoom, 'the kill test ran first');
  const alertsOf = async () => {
    const inbox = await api(FIRST, 'GET', '/notifications?limit=100', undefined, killedRoom.ana.token);
    assert.equal(inbox.status, 200);
    return inbox.json.items.filter((n) => n.type === 'CHAT_UNREAD' && n.data.roomId === killedRoom.roomId);
  };
  let alerts = [];
  const deadline = Date.now() + 30000;
  while (alerts.length === 0 && Date.now() < deadline) {
    alerts = await alertsOf();
    if (alerts.length === 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));

  assert.equal((await alertsOf()).length, 1, 'Ana never read the room: one alert for the episode, not one per message');
});

test('every remaining reminder is sent once, at its minute, by the survivor; none for cancelled or moved ones', { skip: skip || (!SECOND_PID && 'set PARLOR_PID_2') }, async () => {
  assert.ok(reminders, 'the set-up ran first');
  let sent = [];
  const deadline = reminders.dueAt + 90000;
  while (Date.now() < deadline) {
    sent = await remindersSent(FIRST, reminders);
    if (sent.length >= reminders.expected.size && Date.now() > reminders.dueAt) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  sent = await remindersSent(FIRST, reminders);

  const ids = sent.map((r) => r.reservationId);
  const duplicated = ids.length - new Set(ids).size;
  const unexpected = ids.filter((id) => !reminders.expected.has(id));
  const missing = [...reminders.expected].filter((id) => !ids.includes(id));
  const early = sent.filter((r) => r.createdAt < reminders.dueAt);
  const late = sent.filter((r) => r.createdAt > reminders.dueAt + 60000);
  console.log(`reminders: expected ${reminders.expected.size}, sent ${sent.length}, duplicated ${duplicated}, `
    + `unexpected ${unexpected.length}, missing ${missing.length}, early ${early.length}, late ${late.length}, `
    + `last sent ${Math.max(0, ...sent.map((r) => r.createdAt - reminders.dueAt))} ms after the minute; `
    + `scenario ${JSON.stringify(reminders.counts)}`);
  assert.equal(duplicated, 0);
  assert.deepEqual(unexpected, []);
  assert.deepEqual(missing, []);
  assert.equal(early.length, 0);
  assert.equal(late.length, 0);
  for (const customer of reminders.customers.slice(0, 3)) {
    const rooms = await api(FIRST, 'GET', '/chat/rooms', undefined, customer.token);
    const withShop = rooms.json.find((room) => room.memberIds.includes(reminders.owner.id));
    const messages = await history(FIRST, customer, withShop.id, '?limit=200');
    const templates = messages.filter((m) => m.type === 'TEMPLATE' && m.senderId === reminders.owner.id);
    assert.equal(templates.length, sent.filter((r) => r.customer.id === customer.id).length, 'one chat message per reminder');
  }
});
