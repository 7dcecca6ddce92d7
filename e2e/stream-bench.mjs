// Server-sent event throughput and memory: MEMBERS members in one group room each hold
// STREAMS_PER_MEMBER open streams (a stock EventSource each); one member posts over STOMP for
// SECONDS, keeping WINDOW messages in flight, and every message fans out as one room-updated
// event per stream. Prints one JSON line: events/s delivered, event latency, and the server's
// live heap per open stream (after a full GC, from jcmd on SERVER_PID), measured, not asserted.
// Usage: PARLOR_URL=... SERVER_PID=... node stream-bench.mjs [members] [streamsPerMember] [seconds]
import { execFileSync } from 'node:child_process';
import { EventSource } from 'eventsource';
import { member, groupRoom, stomp, closeAll, BASE } from './parlor.js';

const [MEMBERS, STREAMS_PER_MEMBER, SECONDS] = [50, 20, 10].map((d, i) => Number(process.argv[2 + i] ?? d));
const WINDOW = 4;
const PID = process.env.SERVER_PID;

/** Bytes of live objects: the class histogram runs a full GC first and totals what survived. */
function liveHeapKiB() {
  const histogram = execFileSync('jcmd', [PID, 'GC.class_histogram'], { maxBuffer: 64 * 1024 * 1024 }).toString();
  return Number(/Total\s+\d+\s+(\d+)/.exec(histogram)[1]) / 1024;
}

const members = [];
for (let i = 0; i < MEMBERS; i += 10) {
  members.push(...await Promise.all(Array.from({ length: Math.min(10, MEMBERS - i) }, (_, j) => member(BASE, `Bench ${i + j}`))));
}
const roomId = await groupRoom(BASE, members[0], members.slice(1));
const before = liveHeapKiB();

let received = 0;
const latencies = [];
const streams = [];
await Promise.all(members.flatMap((m) => Array.from({ length: STREAMS_PER_MEMBER }, () => new Promise((resolve, reject) => {
  const source = new EventSource(`${BASE}/notifications/stream?access_token=${m.token}`);
  source.addEventListener('room-updated', (event) => {
    received += 1;
    const sentAt = Number(JSON.parse(event.data).lastMessage?.message);
    if (sentAt) latencies.push(Date.now() - sentAt);
  });
  source.onopen = resolve;
  source.onerror = (error) => reject(new Error(`stream failed: ${error.message ?? error.code}`));
  streams.push(source);
}))));
await new Promise((resolve) => setTimeout(resolve, 2000));
const after = liveHeapKiB();

const sender = await stomp(BASE, members[0].token);
let sent = 0;
const start = Date.now();
const end = start + SECONDS * 1000;
await Promise.all(Array.from({ length: WINDOW }, async () => {
  while (Date.now() < end) {
    await sender.send(roomId, String(Date.now()));
    sent += 1;
  }
}));
const expected = sent * streams.length;
const drainUntil = Date.now() + 30000;
while (received < expected && Date.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 50));
const elapsed = (Date.now() - start) / 1000;

latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? null;
console.log(JSON.stringify({
  streams: streams.length, members: MEMBERS, messages: sent, eventsExpected: expected, eventsReceived: received,
  eventsPerSecond: Math.round(received / elapsed), latencyP50Ms: pct(50), latencyP99Ms: pct(99),
  liveHeapPerStreamKiB: Number(((after - before) / streams.length).toFixed(1)),
}));
for (const source of streams) source.close();
await sender.close().catch(() => {});
closeAll();
process.exit(0);
