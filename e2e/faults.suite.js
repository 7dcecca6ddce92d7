// The standing fault suite: Parlor instances on one PostgreSQL and one Redis, driven by stock
// clients while scripts/faults-control.sh stops and restarts the services and kills an
// instance. scripts/test.sh runs it after the end-to-end tests (PARLOR_FAULTS names the control
// script, PARLOR_FAULT_PORTS three free ports) and prints the figures line it writes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { api, member, groupRoom, stomp, eventually, closeAll } from './parlor.js';
import { bookingShop, holdRace, doubleBookings } from './faults-booking.js';
import { Chatter } from './faults-chat.js';

const CONTROL = process.env.PARLOR_FAULTS;
const [PORT_A, PORT_B, PORT_C] = (process.env.PARLOR_FAULT_PORTS ?? '').split(',');
const skip = !CONTROL && 'set PARLOR_FAULTS (scripts/test.sh runs the fault suite)';
const A = `http://127.0.0.1:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;
const C = `http://127.0.0.1:${PORT_C}`;

const figures = {
  messages: { sent: 0, acknowledged: 0, delivered: 0, lost: 0, duplicated: 0 },
  holds: { attempted: 0, won: 0, doubleBooked: 0 },
  outage: { requests: 0, answered503: 0, slowestMs: 0 },
};
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const control = (...args) => execFileSync(CONTROL, args, { stdio: ['ignore', 'inherit', 'inherit'] });

let shop;

before(async () => {
  if (skip) return;
  control('start', 'fault-a', PORT_A);
  control('start', 'fault-b', PORT_B);
  await eventually(async () => (await fetch(`${B}/health`)).status === 200, 60000, 'both instances UP');
  shop = await bookingShop(A);
});

after(() => {
  closeAll();
  if (skip) return;
  const line = JSON.stringify(figures);
  console.log(`fault suite figures: ${line}`);
  mkdirSync('target', { recursive: true });
  writeFileSync('target/faults.json', `${line}\n`);
});

/** Adds one scenario's chat and hold counts to the figures. */
function count(chat, races, booked) {
  for (const key of Object.keys(figures.messages)) figures.messages[key] += chat[key];
  if (chat.missing.length > 0) console.log('missing:', JSON.stringify(chat.missing.slice(0, 20)));
  figures.holds.attempted += races.attempted;
  figures.holds.won += races.won;
  figures.holds.doubleBooked += booked;
}

test('Redis stopped for 10 s mid-chat: every acknowledged message arrives once, in order; holds go on', { skip }, async () => {
  const ana = await member(A, 'Ana');
  const bo = await member(B, 'Bo');
  const room = await groupRoom(A, ana, [bo]);
  const chat = await Chatter.start(room, [[A, ana], [B, bo]]);
  await pause(2000);

  control('redis-stop');
  const races = await holdRace(shop, [A, B], 0, 12);
  await pause(10000 - races.ms);
  control('redis-start');
  await pause(3000);
  const result = await chat.finish();
  const booked = await doubleBookings(A, shop);
  count(result, races, booked);

  assert.ok(result.acknowledged > 100, `${result.acknowledged} messages acknowledged`);
  assert.deepEqual({ lost: result.lost, duplicated: result.duplicated, outOfOrder: result.outOfOrder }, { lost: 0, duplicated: 0, outOfOrder: 0 });
  assert.equal(races.unanswered, 0, 'every hold was answered while Redis was down');
  assert.equal(races.won, races.slots, 'exactly one customer won each slot');
  assert.equal(booked, 0);
});

test('one instance killed (-9) mid-chat and mid-booking: nothing acknowledged is lost, no slot is booked twice', { skip }, async () => {
  const ana = await member(A, 'Ana');
  const bo = await member(B, 'Bo');
  const room = await groupRoom(A, ana, [bo]);
  const chat = await Chatter.start(room, [[A, ana], [B, bo]]);
  const racing = holdRace(shop, [A, B], 100, 40);
  await pause(1500);

  control('kill', 'fault-b');
  await chat.moveTo(B, A);
  const races = await racing;
  await pause(3000);
  const result = await chat.finish();
  const booked = await doubleBookings(A, shop);
  count(result, races, booked);

  assert.ok(result.acknowledged > 50, `${result.acknowledged} messages acknowledged`);
  assert.equal(result.lost, 0, 'every acknowledged message is stored and reached every listener');
  assert.equal(result.duplicated, 0);
  assert.equal(result.outOfOrder, 0);
  assert.ok(races.won <= races.slots);
  assert.equal(booked, 0);
  control('start', 'fault-b', PORT_B);
});

test('PostgreSQL restarted: requests during the outage get 503 problems without hanging, then all works again', { skip }, async () => {
  const ana = await member(A, 'Ana');
  const login = ana.credentials;
  const requests = (base) => [
    () => api(base, 'GET', '/chat/rooms', undefined, ana.token),
    () => api(base, 'POST', '/auth/login', login),
    () => api(base, 'GET', `/shops/${shop.id}/availability?designerId=${shop.designer}&serviceIds=${shop.service}&date=${shop.date(0)}`, undefined, ana.token),
    () => api(base, 'POST', '/reservations', { shopId: shop.id, designerId: shop.designer, serviceIds: [shop.service], startAt: shop.slot(200) }, ana.token),
  ];

  control('postgres-stop');
  const answers = await Promise.all([...requests(A), ...requests(B), ...requests(A)].map(async (ask) => {
    const started = Date.now();
    const reply = await ask().catch((error) => ({ status: 0, error }));
    return { status: reply.status, code: reply.json?.code, type: reply.contentType, ms: Date.now() - started };
  }));
  control('postgres-start');
  await eventually(async () => (await api(A, 'GET', '/chat/rooms', undefined, ana.token)).status === 200
    && (await api(B, 'GET', '/chat/rooms', undefined, ana.token)).status === 200, 60000, 'both instances serve again');
  const bo = await member(B, 'Bo');
  const room = await groupRoom(B, bo, [ana]);
  const client = await stomp(A, ana.token);
  await client.send(room, 'after the restart');
  await client.close();

  figures.outage.requests += answers.length;
  figures.outage.answered503 += answers.filter((a) => a.status === 503 && a.code === 'unavailable').length;
  figures.outage.slowestMs = Math.max(figures.outage.slowestMs, ...answers.map((a) => a.ms));
  for (const answer of answers) {
    assert.deepEqual({ status: answer.status, code: answer.code, type: answer.type }, { status: 503, code: 'unavailable', type: 'application/problem+json' });
    assert.ok(answer.ms < 15000, `answered in ${answer.ms} ms`);
  }
});

test('an instance started while Redis is down starts, reports redis DOWN, and joins fan-out once Redis is back', { skip }, async () => {
  control('redis-stop');
  control('start', 'fault-c', PORT_C);
  const plain = await api(C, 'GET', '/health');
  const admin = await api(C, 'POST', '/auth/login', { email: process.env.PARLOR_ADMIN_EMAIL, password: process.env.PARLOR_ADMIN_PASSWORD });
  const detailed = await api(C, 'GET', '/health', undefined, admin.json?.accessToken);
  control('redis-start');
  await eventually(async () => (await api(C, 'GET', '/health')).status === 200, 30000, 'the late instance UP');

  const ana = await member(A, 'Ana');
  const dee = await member(C, 'Dee');
  const room = await groupRoom(C, dee, [ana]);
  const onA = await stomp(A, ana.token);
  const onC = await stomp(C, dee.token);
  const heardOnA = onA.subscribe(`/topic/chat.${room}`);
  const heardOnC = onC.subscribe(`/topic/chat.${room}`);
  await pause(300);
  await onC.send(room, 'from the late instance');
  await onA.send(room, 'from the first instance');
  await eventually(() => heardOnA.length === 2 && heardOnC.length === 2, 10000, 'both messages on both instances');
  await onA.close();
  await onC.close();

  assert.equal(plain.status, 503);
  assert.equal(plain.json.status, 'DOWN');
  assert.equal(admin.status, 200, 'logging in needs no Redis');
  assert.equal(detailed.json.details.redis.status, 'DOWN');
  assert.equal(detailed.json.details.jdbc.status, 'UP');
  assert.deepEqual(heardOnA.map((m) => m.seq), [1, 2]);
  assert.deepEqual(heardOnC.map((m) => m.message), ['from the late instance', 'from the first instance']);
});
