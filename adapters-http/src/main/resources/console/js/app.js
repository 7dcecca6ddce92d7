// The console's shell: who is signed in, the navigation, and a hash router that shows one view
// at a time. The route survives a reload; the tokens do not (they live in memory), so a reload
// asks for the password again and then returns to the same route.
import { api, logOut, session } from './api.js';
import { h, replace } from './dom.js';
import { onEvent, resetEvents, startChat, startEvents, stopChat } from './live.js';
import { bell } from './bell.js';
import { renderAuth } from './auth.js';
import { renderBooking } from './booking.js';
import { renderShops } from './shops.js';
import { renderChat } from './chat.js';
import { roomTotals } from './rooms.js';

const view = document.getElementById('view');
const who = document.getElementById('who');
const nav = document.getElementById('nav');
const chatBadge = document.getElementById('chat-badge');

export const me = { member: null, shops: [] };
let leaveView = null;
let wanted = null;

const routes = [
  [/^#\/login$/, () => renderAuth(view, afterLogIn)],
  [/^#\/book(?:\/([^/]+))?$/, (code) => renderBooking(view, me, code && decodeURIComponent(code))],
  [/^#\/shop(?:\/([^/]+))?$/, (id) => renderShops(view, me, id)],
  [/^#\/chat(?:\/([^/]+))?$/, (roomId) => renderChat(view, me, roomId)],
];

function route() {
  leaveView?.();
  leaveView = null;
  const hash = location.hash || '#/';
  if (!session.signedIn && hash !== '#/login') {
    wanted = hash === '#/' ? null : hash;
    location.replace('#/login');
    return;
  }
  if (hash === '#/' || (session.signedIn && hash === '#/login')) {
    location.replace(me.shops.length > 0 ? '#/shop' : '#/book');
    return;
  }
  for (const [pattern, render] of routes) {
    const match = hash.match(pattern);
    if (match) {
      leaveView = render(...match.slice(1)) ?? null;
      document.querySelectorAll('#nav a').forEach((a) => a.classList.toggle('active', hash.startsWith(a.getAttribute('href'))));
      return;
    }
  }
  replace(view, h('p', {}, 'There is no such page. ', h('a', { href: '#/' }, 'Start again')));
}

/** Loads who the member is, opens the live channels and goes where the member wanted to go. */
async function afterLogIn() {
  await refreshMe();
  startChat();
  startEvents();
  roomTotals.load().catch(() => {});
  const target = wanted ?? '#/';
  wanted = null;
  location.hash = target;
  if (location.hash === target) route();
}

/** Re-reads the member and its shops (after creating a shop, for instance). */
export async function refreshMe() {
  const [member, shops] = await Promise.all([api('GET', '/me'), api('GET', '/me/shops')]);
  me.member = member;
  me.shops = shops;
  showWho();
}

function showWho() {
  nav.hidden = !session.signedIn;
  if (!session.signedIn || !me.member) { who.replaceChildren(); return; }
  replace(who,
    bell(),
    h('span', { class: 'member', 'data-testid': 'member-name' }, me.member.name ?? me.member.email),
    h('button', { class: 'link', 'data-testid': 'log-out', onclick: async () => { await logOut(); } }, 'Log out'));
}

session.onChange((signedIn) => {
  if (signedIn) return;
  stopChat();
  resetEvents();
  roomTotals.clear();
  me.member = null;
  me.shops = [];
  showWho();
  route();
});

onEvent('member-status', () => logOut());
roomTotals.onChange((total) => {
  chatBadge.hidden = total === 0;
  chatBadge.textContent = String(total);
});

window.addEventListener('hashchange', route);
route();
