// Chat traffic for the fault suite: members each send a message every 40 ms through their own
// instance and listen to the room there; at the end every acknowledged message is looked for in
// the store and in what each listener heard.
import { randomUUID } from 'node:crypto';
import { api, eventually, stomp } from './parlor.js';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One member's connection to one instance: it sends in a loop and records what it hears. */
class Seat {
  constructor(chatter, base, member, client, steady) {
    Object.assign(this, { chatter, base, member, client, steady });
    this.heard = client.subscribe(`/topic/chat.${chatter.room}`);
  }

  /** Sends until the chatter stops or the connection is lost; starts once every seat listens. */
  start() {
    this.loop = this.sendUntilStopped();
  }

  async sendUntilStopped() {
    for (let i = 0; !this.chatter.stopped && !this.client.isClosed(); i += 1) {
      const clientMessageId = randomUUID();
      this.chatter.sent += 1;
      try {
        await this.client.send(this.chatter.room, `${this.member.id} ${i}`, clientMessageId);
        this.chatter.acknowledged.add(clientMessageId);
      } catch {
        // not acknowledged: it may or may not be stored, and counts for nothing either way
      }
      await pause(40);
    }
  }
}

export class Chatter {
  /** Starts a seat per `[base, member]`, each listening from the start to the end. */
  static async start(room, seats) {
    const chatter = new Chatter(room);
    for (const [base, member] of seats) chatter.seats.push(new Seat(chatter, base, member, await stomp(base, member.token), true));
    // a SUBSCRIBE is not acknowledged: give every instance time to follow the room before the first post
    await pause(500);
    chatter.seats.forEach((seat) => seat.start());
    return chatter;
  }

  constructor(room) {
    this.room = room;
    this.seats = [];
    this.sent = 0;
    this.acknowledged = new Set();
    this.stopped = false;
  }

  /**
   * The seats on `from` (an instance that went away) reconnect to `to`, as a client behind a load
   * balancer would; what they heard before is no longer checked, and the new listeners are
   * checked for order and repeats only, since they start mid-way.
   */
  async moveTo(from, to) {
    for (const seat of this.seats.filter((s) => s.base === from && s.steady)) {
      await seat.loop;
      seat.steady = false;
      seat.gone = true;
      const moved = new Seat(this, to, seat.member, await stomp(to, seat.member.token), false);
      this.seats.push(moved);
      moved.start();
    }
  }

  /** Stops sending, waits for the listeners to hear every acknowledged message (20 s at most), and counts. */
  async finish() {
    this.stopped = true;
    await Promise.all(this.seats.map((seat) => seat.loop));
    const steady = this.seats.filter((seat) => seat.steady);
    const heardAll = (seat) => {
      const ids = new Set(seat.heard.map((m) => m.clientMessageId));
      return [...this.acknowledged].every((id) => ids.has(id));
    };
    await eventually(() => steady.every(heardAll), 20000, 'every acknowledged message at every listener').catch(() => {});
    const stored = await this.stored(steady[0]);
    const result = { sent: this.sent, acknowledged: this.acknowledged.size, delivered: 0, lost: 0, duplicated: 0, outOfOrder: 0, missing: [] };
    const storedIds = countBy(stored, (m) => m.clientMessageId);
    for (const id of this.acknowledged) {
      if (!storedIds.has(id)) {
        result.lost += 1;
        result.missing.push({ listener: 'the store', clientMessageId: id });
      }
      else if (storedIds.get(id) > 1) result.duplicated += 1;
    }
    for (const seat of this.seats.filter((s) => !s.gone)) {
      const heard = countBy(seat.heard, (m) => m.clientMessageId);
      if (seat.steady) {
        for (const id of this.acknowledged) {
          const times = heard.get(id) ?? 0;
          if (times === 0) {
            result.lost += 1;
            result.missing.push({ listener: `${seat.member.id} on ${seat.base}`, seq: stored.find((m) => m.clientMessageId === id)?.seq });
          }
          else if (times === 1) result.delivered += 1;
          else result.duplicated += 1;
        }
      } else {
        result.duplicated += [...heard.values()].filter((times) => times > 1).length;
      }
      const seqs = seat.heard.map((m) => m.seq);
      if (seqs.some((seq, i) => i > 0 && seq !== seqs[i - 1] + 1)) result.outOfOrder += 1;
    }
    await Promise.all(this.seats.filter((s) => !s.gone).map((seat) => seat.client.close().catch(() => {})));
    return result;
  }

  /** Every message of the room in the store, read 200 at a time in seq order. */
  async stored(seat) {
    const all = [];
    for (let after = 0; ; after = all[all.length - 1].seq) {
      const page = await api(seat.base, 'GET', `/chat/rooms/${this.room}/messages?afterSeq=${after}&limit=200`, undefined, seat.member.token);
      if (page.status !== 200) throw new Error(`history answered ${page.status}`);
      all.push(...page.json);
      if (page.json.length < 200) return all;
    }
  }
}

function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
