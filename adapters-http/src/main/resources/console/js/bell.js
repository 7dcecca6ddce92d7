// The notification bell: the unread count and the newest notifications, kept live by the
// stream's notification events; opening one marks it read and goes to what it is about.
import { api, session } from './api.js';
import { h, replace } from './dom.js';
import { onEvent } from './live.js';
import { moment } from './time.js';

const state = { items: [], unread: 0, loaded: false };
const views = new Set();

function changed() {
  views.forEach((update) => update());
}

async function load() {
  const page = await api('GET', '/notifications?limit=20');
  state.items = page.items;
  state.unread = page.unreadCount;
  state.loaded = true;
  changed();
}

onEvent('notification', (notification) => {
  if (state.items.some((n) => n.id === notification.id)) return;
  state.items = [notification, ...state.items].slice(0, 20);
  if (!notification.readAt) state.unread += 1;
  changed();
});
session.onChange((signedIn) => {
  state.items = [];
  state.unread = 0;
  state.loaded = false;
  if (signedIn) load().catch(() => {});
});

function target(notification) {
  const data = notification.data ?? {};
  if (data.roomId) return `#/chat/${data.roomId}`;
  if (data.reservationId && data.shopId) return '#/book';
  return null;
}

async function open(notification) {
  if (!notification.readAt) {
    await api('POST', `/notifications/${notification.id}/read`).catch(() => {});
    notification.readAt = new Date().toISOString();
    state.unread = Math.max(0, state.unread - 1);
    changed();
  }
  const where = target(notification);
  if (where) location.hash = where;
}

/** The bell button and its drop-down panel. */
export function bell() {
  const badge = h('span', { class: 'badge', 'data-testid': 'bell-count' });
  const panel = h('div', { class: 'panel', hidden: true, 'data-testid': 'bell-panel' });
  const button = h('button', { class: 'bell', 'aria-label': 'notifications', 'data-testid': 'bell', onclick: () => { panel.hidden = !panel.hidden; } },
    h('img', { src: '/console/bell.svg', alt: '' }), badge);
  const readAll = async () => {
    await api('POST', '/notifications/read-all').catch(() => {});
    state.items.forEach((n) => { n.readAt ??= new Date().toISOString(); });
    state.unread = 0;
    changed();
  };
  const update = () => {
    badge.hidden = state.unread === 0;
    badge.textContent = String(state.unread);
    replace(panel,
      h('div', { class: 'row' }, h('strong', {}, 'Notifications'), h('button', { class: 'link', onclick: readAll }, 'Mark all read')),
      state.items.length === 0 ? h('p', { class: 'muted' }, 'Nothing yet.') : h('ul', { class: 'list' }, state.items.map((n) =>
        h('li', { class: n.readAt ? 'read' : 'unread' }, h('button', { class: 'link', onclick: () => { panel.hidden = true; open(n); } },
          h('strong', {}, n.title), h('span', {}, n.body), h('small', { class: 'muted' }, moment(n.createdAt)))))));
  };
  views.clear(); // the shell draws one bell at a time
  views.add(update);
  update();
  if (!state.loaded && session.signedIn) load().catch(() => {});
  return h('span', { class: 'bell-holder' }, button, panel);
}
