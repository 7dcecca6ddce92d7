// Bookings for the fault suite: one shop whose designer is free all day, and races of two
// customers, each through another instance, for the same slot.
import { api, member } from './parlor.js';

const DAY = 24 * 60 * 60 * 1000;
const SLOTS_A_DAY = 80;

async function created(reply, what) {
  const got = await reply;
  if (got.status !== 201 && got.status !== 200) throw new Error(`${what} answered ${got.status}: ${JSON.stringify(got.json)}`);
  return got.json;
}

/** A shop on UTC (Abidjan) with one designer (its owner) and one 15-minute service, open every day from 01:00. */
export async function bookingShop(base) {
  const owner = await member(base, 'Owner Faults');
  const shop = await created(api(base, 'POST', '/shops', { name: 'Salon Faults', timeZone: 'Africa/Abidjan', slotMinutes: 15 }, owner.token), 'shop');
  const service = await created(api(base, 'POST', `/shops/${shop.id}/services`, { name: 'Cut', durationMinutes: 15, price: 10 }, owner.token), 'service');
  const weekly = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']
    .map((dayOfWeek) => ({ dayOfWeek, start: '01:00', end: '23:00' }));
  await created(api(base, 'PUT', `/shops/${shop.id}/designers/${owner.id}/hours`, { weekly, daysOff: [] }, owner.token), 'hours');
  const customers = [await member(base, 'Customer One'), await member(base, 'Customer Two')];
  const firstDay = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) + 3 * DAY;
  const days = new Set();
  return {
    id: shop.id,
    owner,
    designer: owner.id,
    service: service.id,
    customers,
    days,
    /** The date, YYYY-MM-DD, of the slot numbered `index`'s day. */
    date(index) {
      return new Date(firstDay + Math.floor(index / SLOTS_A_DAY) * DAY).toISOString().slice(0, 10);
    },
    /** The start of slot `index`: 15-minute steps from 01:00 on day 3, 4, ... from today. */
    slot(index) {
      days.add(this.date(index));
      return new Date(firstDay + Math.floor(index / SLOTS_A_DAY) * DAY + (60 + (index % SLOTS_A_DAY) * 15) * 60000).toISOString();
    },
  };
}

/**
 * For each of `slots` slots from `first`, two customers hold it at once, one through each of
 * `bases`. Counts answered attempts, holds won, races won twice and requests left unanswered
 * (an instance that went away).
 */
export async function holdRace(shop, bases, first, slots) {
  const started = Date.now();
  const tally = { slots, attempted: 0, won: 0, wonTwice: 0, unanswered: 0, ms: 0 };
  for (let i = first; i < first + slots; i += 1) {
    const startAt = shop.slot(i);
    const replies = await Promise.all(shop.customers.map((customer, n) => api(bases[n % bases.length], 'POST', '/reservations',
      { shopId: shop.id, designerId: shop.designer, serviceIds: [shop.service], startAt }, customer.token)
      .catch(() => undefined)));
    const answered = replies.filter(Boolean);
    const won = answered.filter((reply) => reply.status === 201).length;
    tally.attempted += answered.length;
    tally.unanswered += replies.length - answered.length;
    tally.won += won;
    if (won > 1) tally.wonTwice += 1;
  }
  tally.ms = Date.now() - started;
  return tally;
}

/** Pairs of the designer's HELD or CONFIRMED reservations that overlap, on every day a race used. */
export async function doubleBookings(base, shop) {
  let overlaps = 0;
  for (const date of shop.days) {
    const list = await api(base, 'GET', `/shops/${shop.id}/reservations?date=${date}&designerId=${shop.designer}`, undefined, shop.owner.token);
    if (list.status !== 200) throw new Error(`the shop's reservations answered ${list.status}`);
    const live = list.json.filter((r) => r.status === 'HELD' || r.status === 'CONFIRMED')
      .sort((x, y) => Date.parse(x.startAt) - Date.parse(y.startAt));
    for (let i = 1; i < live.length; i += 1) {
      if (Date.parse(live[i].startAt) < Date.parse(live[i - 1].endAt)) overlaps += 1;
    }
  }
  return overlaps;
}
