// A customer books: find the shop by its code, pick a designer and services, a slot of the
// day's availability (shown in the shop's time zone), hold it, and confirm before the hold runs
// out. Below: the member's own reservations, which it can cancel.
import { api, newKey } from './api.js';
import { field, h, replace, values } from './dom.js';
import { alertBox, attempt } from './problems.js';
import { clock, countdown, dateIn, moment, zonedMoment } from './time.js';

export function renderBooking(view, me, code) {
  const alert = alertBox();
  const finder = h('form', { class: 'card inline', 'data-testid': 'find-shop' },
    field('Shop code', 'code', { value: code ?? '', required: true, placeholder: 'from your salon’s link' }),
    h('button', { class: 'primary', type: 'submit' }, 'Find shop'));
  finder.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/book/${encodeURIComponent(values(finder).code ?? '')}`;
  });
  const shopPane = h('div');
  const mine = h('section', { class: 'card', 'data-testid': 'my-reservations' });
  replace(view, h('section', {}, h('h1', {}, 'Book an appointment'), alert.node, finder, shopPane, mine));

  let timer = null;
  const refreshMine = () => showMine(mine, alert).catch((error) => alert.show(error));
  refreshMine();
  if (code) {
    attempt(alert, finder, async () => {
      const shop = await api('GET', `/shops?code=${encodeURIComponent(code)}`);
      const services = await api('GET', `/shops/${shop.id}/services`);
      showShop(shop, services);
    });
  }

  function showShop(shop, services) {
    const form = h('form', { class: 'card', 'data-testid': 'booking-form' },
      h('h2', { 'data-testid': 'shop-name' }, shop.name),
      h('p', { class: 'muted' }, `Times are shown in the shop’s time zone, ${shop.timeZone}.`),
      h('label', { class: 'field' }, h('span', {}, 'Designer'),
        h('select', { name: 'designerId', 'data-testid': 'designer' },
          shop.staff.map((s) => h('option', { value: s.memberId }, s.name ?? 'Unnamed designer')))),
      h('fieldset', { class: 'services' }, h('legend', {}, 'Services'),
        services.length === 0 ? h('p', { class: 'muted' }, 'This shop lists no service yet.') : null,
        services.map((service, index) => h('label', { class: 'check' },
          h('input', { type: 'checkbox', name: 'serviceIds', value: service.id, checked: index === 0 }),
          `${service.name} · ${service.durationMinutes} min · ${service.price}`))),
      field('Day', 'date', { type: 'date', value: dateIn(shop.timeZone), required: true }),
      h('div', { class: 'row' },
        h('button', { class: 'primary', type: 'submit' }, 'Show free times'),
        h('button', { type: 'button', 'data-testid': 'chat-with-shop', onclick: () => chatWithShop(shop) }, 'Chat with the shop')));
    const grid = h('div', { class: 'slots', 'data-testid': 'slots' });
    const hold = h('div', { 'data-testid': 'hold' });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      showSlots(shop, form, grid, hold);
    });
    replace(shopPane, form, grid, hold);
  }

  async function showSlots(shop, form, grid, hold) {
    const chosen = new FormData(form);
    const serviceIds = chosen.getAll('serviceIds');
    const query = new URLSearchParams({ designerId: chosen.get('designerId'), serviceIds: serviceIds.join(','), date: chosen.get('date') });
    const day = await attempt(alert, form, () => api('GET', `/shops/${shop.id}/availability?${query}`));
    if (!day) return;
    replace(grid,
      h('h3', {}, `Free times on ${day.date}`),
      day.slots.length === 0 ? h('p', { class: 'muted' }, 'No free time that day.') : null,
      day.slots.map((slot) => h('button', {
        class: 'slot', type: 'button', 'data-start': slot.startAt,
        onclick: (event) => holdSlot(shop, chosen.get('designerId'), serviceIds, slot, hold, event.currentTarget),
      }, clock(slot.startAt, day.timeZone))));
  }

  async function holdSlot(shop, designerId, serviceIds, slot, hold, button) {
    const reservation = await attempt(alert, null, () => api('POST', '/reservations',
      { shopId: shop.id, designerId, serviceIds, startAt: slot.startAt }, { headers: { 'Idempotency-Key': newKey() } }));
    if (!reservation) return;
    button.disabled = true;
    showHold(shop, reservation, hold);
    refreshMine();
  }

  function showHold(shop, reservation, hold) {
    clearInterval(timer);
    const left = h('strong', { 'data-testid': 'countdown' });
    const tick = () => {
      const text = countdown(reservation.holdExpiresAt);
      left.textContent = text ?? 'expired';
      if (!text) clearInterval(timer);
    };
    tick();
    timer = setInterval(tick, 1000);
    const status = h('p', { 'data-testid': 'hold-status' }, `Held for you: ${moment(reservation.startAt, shop.timeZone)}. Confirm within `, left, '.');
    const act = (path) => attempt(alert, null, async () => {
      const next = await api('POST', `/reservations/${reservation.id}/${path}`, path === 'cancel' ? {} : undefined);
      clearInterval(timer);
      replace(hold, h('p', { class: 'done', 'data-testid': 'hold-status' }, `Reservation ${next.status.toLowerCase()}: ${moment(next.startAt, shop.timeZone)}.`));
      refreshMine();
    });
    replace(hold, h('div', { class: 'card hold' }, status, h('div', { class: 'row' },
      h('button', { class: 'primary', 'data-testid': 'confirm', onclick: () => act('confirm') }, 'Confirm'),
      h('button', { 'data-testid': 'cancel-hold', onclick: () => act('cancel') }, 'Cancel'))));
  }

  async function chatWithShop(shop) {
    const owner = shop.staff.find((s) => s.role === 'OWNER');
    const room = await attempt(alert, null, () => api('POST', '/chat/rooms', { type: 'DIRECT', memberIds: [owner.memberId] }));
    if (room) location.hash = `#/chat/${room.id}`;
  }

  return () => clearInterval(timer);
}

async function showMine(section, alert) {
  const page = await api('GET', '/me/reservations?limit=20');
  replace(section, h('h2', {}, 'My reservations'),
    page.items.length === 0 ? h('p', { class: 'muted' }, 'None yet.') : h('ul', { class: 'list' }, page.items.map((r) => h('li', {},
      h('span', {}, `${zonedMoment(r.startAt)} · ${r.status.toLowerCase()}`),
      ['HELD', 'CONFIRMED'].includes(r.status) ? h('button', { class: 'link', onclick: () => attempt(alert, null, async () => {
        await api('POST', `/reservations/${r.id}/cancel`, {});
        await showMine(section, alert);
      }) }, 'Cancel') : null))));
}
