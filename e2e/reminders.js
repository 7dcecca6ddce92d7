// The reminder scenario of the two-instance run: 320 reservations whose BEFORE_RESERVATION
// reminders all fall due at one wall-clock minute T, set up through both instances, some
// rescheduled away from that minute, some onto it, some cancelled. The instance killed in
// between must not matter: every remaining reminder is sent once, at T, and no other.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { api, PASSWORD } from './parlor.js';

const DESIGNERS = 5;
const PER_DAY = 60;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A zone without daylight saving in which now is between 01:00 and 21:00, so that T and tomorrow are plain. */
function shopZone(now) {
  for (const [zone, hours] of [['Africa/Abidjan', 0], ['Asia/Seoul', 9]]) {
    const local = new Date(now + hours * 60 * MINUTE);
    if (local.getUTCHours() >= 1 && local.getUTCHours() < 21) return { zone, offset: hours * 60 * MINUTE };
  }
  throw new Error('no zone fits');
}

const pad = (n) => String(n).padStart(2, '0');

async function ok(reply, status, what) {
  const got = await reply;
  assert.equal(got.status, status, `${what}: ${JSON.stringify(got.json)}`);
  return got.json;
}

async function inBatches(items, size, work) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

async function signedUp(first, base, name) {
  const email = `e2e-${randomUUID()}@example.com`;
  const created = await ok(api(first, 'POST', '/auth/signup', { email, password: PASSWORD, name }), 201, 'sign-up');
  const login = await ok(api(base, 'POST', '/auth/login', { email, password: PASSWORD }), 200, 'login');
  return { id: created.id, token: login.accessToken, name };
}

export async function setUpReminders(first, second, leadMs = 100_000) {
  const now = Date.now();
  const { zone, offset } = shopZone(now);
  const dueAt = Math.ceil((now + leadMs) / MINUTE) * MINUTE;
  const localDue = new Date(dueAt + offset);
  const at = `${pad(localDue.getUTCHours())}:${pad(localDue.getUTCMinutes())}`;
  const todayStart = Date.UTC(localDue.getUTCFullYear(), localDue.getUTCMonth(), localDue.getUTCDate()) - offset;
  const slot = (days, index) => new Date(todayStart + days * DAY + (6 * 60 + index * 15) * MINUTE).toISOString();
  const bases = [first, second];

  const owner = await signedUp(first, first, 'Owner Reminders');
  const shop = await ok(api(first, 'POST', '/shops', { name: 'Salon Reminders', timeZone: zone, slotMinutes: 15 }, owner.token), 201, 'shop');
  const staff = [owner];
  for (let i = 1; i < DESIGNERS; i++) {
    const designer = await signedUp(first, first, `Designer ${i}`);
    await ok(api(first, 'POST', `/shops/${shop.id}/designers`, { memberId: designer.id }, owner.token), 201, 'designer');
    staff.push(designer);
  }
  const service = await ok(api(first, 'POST', `/shops/${shop.id}/services`, { name: 'Trim', durationMinutes: 15, price: 10 }, owner.token), 201, 'service');
  const weekly = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']
    .map((dayOfWeek) => ({ dayOfWeek, start: '06:00', end: '22:00' }));
  for (const designer of staff) {
    await ok(api(first, 'PUT', `/shops/${shop.id}/designers/${designer.id}/hours`, { weekly, daysOff: [] }, owner.token), 200, 'hours');
  }
  await ok(api(first, 'POST', `/shops/${shop.id}/templates`, {
    name: 'Day before', body: 'See you tomorrow at {{reservationStart}}, {{customerName}}', trigger: { type: 'BEFORE_RESERVATION', offsetDays: 1, at },
  }, owner.token), 201, 'template');
  const customers = [];
  for (let i = 0; i < 20; i++) customers.push(await signedUp(first, bases[i % 2], `Customer ${i}`));

  const book = async (i, days, index, confirm) => {
    const customer = customers[i % customers.length];
    const base = bases[i % 2];
    const held = await ok(api(base, 'POST', '/reservations', {
      shopId: shop.id, designerId: staff[i % DESIGNERS].id, serviceIds: [service.id], startAt: slot(days, index),
    }, customer.token), 201, `hold ${i}`);
    if (confirm) await ok(api(bases[(i + 1) % 2], 'POST', `/reservations/${held.id}/confirm`, undefined, customer.token), 200, `confirm ${i}`);
    return { i, id: held.id, customer, confirmed: confirm };
  };
  const tomorrow = [];
  await inBatches([...Array(DESIGNERS * PER_DAY).keys()], 10, async (i) => {
    tomorrow.push(await book(i, 1, Math.floor(i / DESIGNERS), i % 15 !== 0));
  });
  const later = [];
  await inBatches([...Array(20).keys()], 10, async (k) => {
    later.push(await book(DESIGNERS * PER_DAY + k, 2, Math.floor(k / DESIGNERS), true));
  });
  // The later ones move onto tomorrow's free evening slots: their reminders move onto T.
  await inBatches(later, 10, async (r) => {
    const k = r.i - DESIGNERS * PER_DAY;
    await ok(api(bases[k % 2], 'POST', `/reservations/${r.id}/reschedule`, { startAt: slot(1, PER_DAY + Math.floor(k / DESIGNERS)) }, owner.token), 200, 'reschedule onto T');
  });
  const confirmed = tomorrow.filter((r) => r.confirmed);
  const movedAway = confirmed.filter((r) => r.i % 7 === 1);
  const cancelled = confirmed.filter((r) => r.i % 7 === 2);
  await inBatches(movedAway, 10, async (r) => {
    await ok(api(bases[r.i % 2], 'POST', `/reservations/${r.id}/reschedule`, { startAt: slot(2, Math.floor(r.i / DESIGNERS)) }, owner.token), 200, 'reschedule away');
  });
  await inBatches(cancelled, 10, async (r) => {
    await ok(api(bases[r.i % 2], 'POST', `/reservations/${r.id}/cancel`, { reason: 'e2e' }, owner.token), 200, 'cancel');
  });
  const gone = new Set([...movedAway, ...cancelled].map((r) => r.id));
  const expected = new Set([...confirmed.filter((r) => !gone.has(r.id)), ...later].map((r) => r.id));
  return {
    dueAt, customers, expected, owner,
    counts: { reservations: tomorrow.length + later.length, held: tomorrow.length - confirmed.length, movedAway: movedAway.length, movedOnto: later.length, cancelled: cancelled.length },
  };
}

/** Every reminder the customers got, read through {@code base}: reservation id, when, and how many times. */
export async function remindersSent(base, scenario) {
  const sent = [];
  for (const customer of scenario.customers) {
    const inbox = await ok(api(base, 'GET', '/notifications?limit=100', undefined, customer.token), 200, 'inbox');
    for (const n of inbox.items.filter((item) => item.type === 'RESERVATION_REMINDER')) {
      sent.push({ reservationId: n.data.reservationId, createdAt: Date.parse(n.createdAt), customer, body: n.body });
    }
  }
  return sent;
}
