// A stock STOMP client against a running Parlor (PARLOR_URL): two members talk, catch up
// after a reconnect, and outsiders are refused.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, member, groupRoom, history, stomp, eventually, closeAll } from './parlor.js';

after(closeAll);

test('two members exchange messages with receipts and see them in seq order exactly once', async () => {
  const ana = await member(BASE, 'Ana');
  const bo = await member(BASE, 'Bo');
  const roomId = await groupRoom(BASE, ana, [bo]);
  const anaClient = await stomp(BASE, ana.token);
  const boClient = await stomp(BASE, bo.token);
  const anaHeard = anaClient.subscribe(`/topic/chat.${roomId}`);
  const boHeard = boClient.subscribe(`/topic/chat.${roomId}`);
  await new Promise((resolve) => setTimeout(resolve, 200));

  for (let i = 1; i <= 5; i += 1) {
    await anaClient.send(roomId, `from ana ${i}`);
    await boClient.send(roomId, `from bo ${i}`);
  }
  await eventually(() => anaHeard.length >= 10 && boHeard.length >= 10, 10000, '10 messages each');

  for (const heard of [anaHeard, boHeard]) {
    assert.deepEqual(heard.map((m) => m.seq), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  }
  const first = boHeard[0];
  assert.equal(first.roomId, roomId);
  assert.equal(first.senderId, ana.id);
  assert.equal(first.message, 'from ana 1');
  assert.match(first.sentAt, /Z$/);
  const stored = await history(BASE, bo, roomId, '?limit=50');
  assert.deepEqual(stored.map((m) => m.seq), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  await anaClient.close();
  await boClient.close();
});

test('a member who reconnects catches up with afterSeq and loses nothing', async () => {
  const ana = await member(BASE, 'Ana');
  const bo = await member(BASE, 'Bo');
  const roomId = await groupRoom(BASE, ana, [bo]);
  const anaClient = await stomp(BASE, ana.token);
  let boClient = await stomp(BASE, bo.token);
  const boHeard = boClient.subscribe(`/topic/chat.${roomId}`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await anaClient.send(roomId, 'while bo listens');
  await eventually(() => boHeard.length === 1, 5000, 'the first message');
  const lastSeen = boHeard[0].seq;

  await boClient.close();
  await anaClient.send(roomId, 'while bo is away 1');
  await anaClient.send(roomId, 'while bo is away 2');
  boClient = await stomp(BASE, bo.token);
  const missed = await history(BASE, bo, roomId, `?afterSeq=${lastSeen}`);

  assert.deepEqual(missed.map((m) => m.message), ['while bo is away 1', 'while bo is away 2']);
  await anaClient.close();
  await boClient.close();
});

test('a retried clientMessageId is receipted again but stored once', async () => {
  const ana = await member(BASE, 'Ana');
  const roomId = await groupRoom(BASE, ana, [await member(BASE, 'Bo')]);
  const client = await stomp(BASE, ana.token);
  const clientMessageId = randomUUID();

  await client.send(roomId, 'only once', clientMessageId);
  await client.send(roomId, 'only once', clientMessageId);

  assert.equal((await history(BASE, ana, roomId)).length, 1);
  await client.close();
});

test("a non-member's subscription is refused with an ERROR frame", async () => {
  const ana = await member(BASE, 'Ana');
  const roomId = await groupRoom(BASE, ana, [await member(BASE, 'Bo')]);
  const outsider = await stomp(BASE, (await member(BASE, 'Eve')).token);

  outsider.subscribe(`/topic/chat.${roomId}`);

  await eventually(() => outsider.errors.length === 1 && outsider.isClosed(), 5000, 'ERROR and close');
});

test('a bad token is refused at CONNECT', async () => {
  await assert.rejects(stomp(BASE, 'not-a-token'));
});
