// An owner's back office: open a shop, add designers, set working hours and services, and see
// the day's reservations.
import { api } from './api.js';
import { field, h, replace, values } from './dom.js';
import { alertBox, attempt } from './problems.js';
import { clock, dateIn, localZone } from './time.js';
import { refreshMe } from './app.js';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export function renderShops(view, me, shopId) {
  const alert = alertBox();
  if (shopId) {
    replace(view, h('section', {}, alert.node, h('p', { class: 'muted' }, 'Loading the shop…')));
    attempt(alert, null, async () => {
      const [shop, services] = await Promise.all([api('GET', `/shops/${shopId}`), api('GET', `/shops/${shopId}/services`)]);
      showShop(view, alert, shop, services);
    });
    return undefined;
  }
  const create = h('form', { class: 'card', 'data-testid': 'create-shop' },
    h('h2', {}, 'Open a shop'),
    field('Name', 'name', { required: true }),
    field('Time zone', 'timeZone', { value: localZone(), required: true }),
    field('Slot length (minutes)', 'slotMinutes', { type: 'number', value: 30, min: 5, step: 5 }),
    h('button', { class: 'primary', type: 'submit' }, 'Open shop'));
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = values(create);
    if (body.slotMinutes) body.slotMinutes = Number(body.slotMinutes);
    attempt(alert, create, async () => {
      const shop = await api('POST', '/shops', body);
      await refreshMe();
      location.hash = `#/shop/${shop.id}`;
    });
  });
  replace(view, h('section', {}, h('h1', {}, 'My shops'), alert.node,
    me.shops.length === 0 ? h('p', { class: 'muted' }, 'You do not work for a shop yet.')
      : h('ul', { class: 'list', 'data-testid': 'shop-list' }, me.shops.map((s) => h('li', {}, h('a', { href: `#/shop/${s.id}` }, s.name), h('span', { class: 'muted' }, s.timeZone)))),
    create));
  return undefined;
}

function showShop(view, alert, shop, services) {
  const staff = h('section', { class: 'card', 'data-testid': 'staff' }, h('h2', {}, 'Staff'),
    h('ul', { class: 'list' }, shop.staff.map((s) => h('li', {}, s.name ?? 'Unnamed', h('span', { class: 'muted' }, ` ${s.role.toLowerCase()} · ${s.memberId}`)))));
  const addDesigner = h('form', { class: 'inline', 'data-testid': 'add-designer' },
    field('Member id of a new designer', 'memberId', { required: true }),
    h('button', { type: 'submit' }, 'Add designer'));
  addDesigner.addEventListener('submit', (event) => {
    event.preventDefault();
    attempt(alert, addDesigner, async () => {
      await api('POST', `/shops/${shop.id}/designers`, values(addDesigner));
      location.reload();
    });
  });
  staff.append(addDesigner);

  replace(view, h('section', {},
    h('h1', { 'data-testid': 'shop-title' }, shop.name),
    h('p', { class: 'muted' }, `${shop.timeZone} · ${shop.slotMinutes}-minute slots · customers book with the code `,
      h('code', { 'data-testid': 'shop-code' }, shop.code), ' at ', h('a', { href: `#/book/${shop.code}` }, `#/book/${shop.code}`)),
    alert.node,
    h('div', { class: 'columns' }, staff, servicesCard(alert, shop, services)),
    hoursCard(alert, shop),
    dayCard(alert, shop)));
}

function servicesCard(alert, shop, services) {
  const list = h('ul', { class: 'list', 'data-testid': 'services' }, services.map(serviceItem));
  const form = h('form', { 'data-testid': 'add-service' },
    field('Service', 'name', { required: true }),
    field('Minutes', 'durationMinutes', { type: 'number', value: 30, min: 5, step: 5, required: true }),
    field('Price', 'price', { type: 'number', value: 20, min: 0, step: '0.01', required: true }),
    h('button', { type: 'submit' }, 'Add service'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = values(form);
    attempt(alert, form, async () => {
      const service = await api('POST', `/shops/${shop.id}/services`, { name: body.name, durationMinutes: Number(body.durationMinutes), price: Number(body.price) });
      list.append(serviceItem(service));
      form.reset();
    });
  });
  return h('section', { class: 'card' }, h('h2', {}, 'Services'), list, form);
}

function serviceItem(service) {
  return h('li', {}, `${service.name} · ${service.durationMinutes} min · ${service.price}`);
}

function hoursCard(alert, shop) {
  const rows = DAYS.map((day, index) => h('div', { class: 'day-row' },
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: `on-${day}`, checked: index < 6 }), day.slice(0, 1) + day.slice(1, 3).toLowerCase()),
    h('input', { type: 'time', name: `start-${day}`, value: '09:00', 'aria-label': `${day} start` }),
    h('input', { type: 'time', name: `end-${day}`, value: '18:00', 'aria-label': `${day} end` })));
  const saved = h('p', { class: 'done', 'data-testid': 'hours-saved', hidden: true });
  const form = h('form', { 'data-testid': 'hours' },
    h('label', { class: 'field' }, h('span', {}, 'Designer'),
      h('select', { name: 'designerId' }, shop.staff.map((s) => h('option', { value: s.memberId }, s.name ?? s.memberId)))),
    rows,
    field('Days off (YYYY-MM-DD, comma-separated)', 'daysOff', {}),
    h('small', { class: 'field-error', 'data-field': 'weekly' }),
    h('button', { type: 'submit' }, 'Save hours'), saved);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const weekly = DAYS.filter((day) => data.get(`on-${day}`)).map((day) => ({ dayOfWeek: day, start: data.get(`start-${day}`), end: data.get(`end-${day}`) }));
    const daysOff = String(data.get('daysOff') ?? '').split(',').map((d) => d.trim()).filter(Boolean);
    attempt(alert, form, async () => {
      await api('PUT', `/shops/${shop.id}/designers/${data.get('designerId')}/hours`, { weekly, daysOff });
      saved.hidden = false;
      saved.textContent = `Hours saved: ${weekly.length} days a week.`;
    });
  });
  return h('section', { class: 'card' }, h('h2', {}, 'Working hours'), form);
}

function dayCard(alert, shop) {
  const list = h('ul', { class: 'list', 'data-testid': 'day-reservations' });
  const date = h('input', { type: 'date', value: dateIn(shop.timeZone), 'aria-label': 'day' });
  const load = () => attempt(alert, null, async () => {
    const day = await api('GET', `/shops/${shop.id}/reservations?date=${date.value}`);
    const names = new Map(shop.staff.map((s) => [s.memberId, s.name]));
    replace(list, day.length === 0 ? h('li', { class: 'muted' }, 'No reservation that day.') : day.map((r) => h('li', {},
      h('span', {}, `${clock(r.startAt, shop.timeZone)}–${clock(r.endAt, shop.timeZone)} · ${names.get(r.designerId) ?? 'designer'} · ${r.status.toLowerCase()}`),
      r.status === 'CONFIRMED' ? h('span', {}, ['complete', 'no-show'].map((action) => h('button', { class: 'link', onclick: () => attempt(alert, null, async () => {
        await api('POST', `/reservations/${r.id}/${action}`);
        await load();
      }) }, action.replace('-', ' ')))) : null)));
  });
  date.addEventListener('change', load);
  load();
  return h('section', { class: 'card' }, h('h2', {}, 'Reservations'), h('div', { class: 'row' }, date, h('button', { type: 'button', onclick: load }, 'Refresh')), list);
}
