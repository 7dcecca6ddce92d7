// Chat: the room list with live unread counts, and one room with its history (paged upward),
// live messages, read marks, typing and attachments. After any reconnect the room fetches what
// it missed with afterSeq, so a dropped connection loses nothing.
import { api, attachmentUrl, newKey } from './api.js';
import { field, h, replace, values } from './dom.js';
import { follow, onChatConnected, onChatStatus, publish, publishWithReceipt } from './live.js';
import { alertBox, attempt } from './problems.js';
import { roomTotals } from './rooms.js';
import { moment } from './time.js';

const PAGE = 50;
let connection = 'connecting';
onChatStatus((status) => { connection = status; document.querySelectorAll('[data-testid="chat-status"]').forEach((n) => { n.textContent = status; n.dataset.status = status; }); });

export function renderChat(view, me, roomId) {
  const alert = alertBox();
  const list = h('ul', { class: 'rooms', 'data-testid': 'rooms' });
  const start = h('form', { class: 'inline', 'data-testid': 'start-chat' },
    field('Chat with member id', 'memberId', { required: true }), h('button', { type: 'submit' }, 'Start'));
  start.addEventListener('submit', (event) => {
    event.preventDefault();
    attempt(alert, start, async () => {
      const room = await api('POST', '/chat/rooms', { type: 'DIRECT', memberIds: [values(start).memberId] });
      await roomTotals.load();
      location.hash = `#/chat/${room.id}`;
    });
  });
  const pane = h('section', { class: 'room' }, roomId ? null : h('p', { class: 'muted' }, 'Pick a room.'));
  replace(view, h('div', { class: 'chat' },
    h('aside', {}, h('h2', {}, 'Rooms ', h('small', { class: 'status', 'data-testid': 'chat-status', 'data-status': connection }, connection)), list, start),
    h('div', {}, alert.node, pane)));

  const stopRooms = roomTotals.onRooms((rooms) => replace(list, rooms.length === 0 ? h('li', { class: 'muted' }, 'No room yet.') : rooms.map((room) =>
    h('li', { class: room.id === roomId ? 'active' : '' }, h('a', { href: `#/chat/${room.id}`, 'data-room': room.id },
      h('span', { class: 'room-name' }, roomTotals.titleOf(room, me.member.id)),
      room.unreadCount > 0 ? h('span', { class: 'badge', 'data-testid': 'unread' }, String(room.unreadCount)) : null,
      h('span', { class: 'preview' }, room.lastMessage?.message ?? ''))))));
  roomTotals.load().catch((error) => alert.show(error));
  const leaveRoom = roomId ? openRoom(pane, alert, me, roomId) : () => {};
  return () => { stopRooms(); leaveRoom(); };
}

function openRoom(pane, alert, me, roomId) {
  const messages = new Map(); // seq -> message
  const names = new Map();
  const readUpTo = new Map(); // memberId -> lastReadSeq
  const list = h('ol', { class: 'messages', 'data-testid': 'messages' });
  const older = h('button', { class: 'link', hidden: true, 'data-testid': 'older', onclick: () => loadOlder() }, 'Load older messages');
  const typing = h('p', { class: 'typing muted', 'data-testid': 'typing' });
  const text = h('input', { name: 'message', autocomplete: 'off', placeholder: 'Write a message', 'aria-label': 'message' });
  const file = h('input', { type: 'file', name: 'file', 'aria-label': 'attachment' });
  const form = h('form', { class: 'composer', 'data-testid': 'composer' }, text, file, h('button', { class: 'primary', type: 'submit' }, 'Send'));
  const title = h('h2', { 'data-testid': 'room-title' }, 'Room');
  replace(pane, title, older, list, typing, form);
  let typingTimer = null;
  let lastTypingSent = 0;
  let readSent = 0;
  let closed = false;
  let loaded = false;

  const highest = () => Math.max(0, ...messages.keys());
  const lowest = () => Math.min(...messages.keys());

  function add(batch) {
    let changed = false;
    for (const message of batch) {
      if (!messages.has(message.seq)) { messages.set(message.seq, message); changed = true; }
    }
    if (changed) render();
  }

  function render() {
    const stick = list.scrollTop + list.clientHeight >= list.scrollHeight - 40;
    replace(list, [...messages.values()].sort((a, b) => a.seq - b.seq).map(item));
    older.hidden = messages.size === 0 || lowest() <= 1;
    if (stick) list.scrollTop = list.scrollHeight;
    markRead();
  }

  function item(message) {
    const mine = message.senderId === me.member.id;
    const body = h('div', { class: 'body' }, message.message);
    if (message.attachmentId) body.append(attachment(message));
    const others = [...readUpTo.entries()].filter(([id]) => id !== me.member.id);
    const seen = mine && others.length > 0 && others.every(([, seq]) => seq >= message.seq);
    return h('li', { class: `message ${mine ? 'mine' : ''} ${message.type.toLowerCase()}`, 'data-seq': message.seq },
      h('span', { class: 'meta' }, `${mine ? 'You' : names.get(message.senderId) ?? 'Someone'} · ${moment(message.sentAt)}`, seen ? ' · seen' : ''),
      body);
  }

  function attachment(message) {
    const holder = h('span', { class: 'attachment' });
    attachmentUrl(message.attachmentId).then((url) => {
      holder.append(message.type === 'IMAGE'
        ? h('img', { src: url, alt: message.message || 'image', 'data-testid': 'image' })
        : h('a', { href: url, download: message.message || 'file' }, `Download ${message.message || 'file'}`));
    }).catch(() => holder.append('(attachment unavailable)'));
    return holder;
  }

  function markRead() {
    const seq = highest();
    if (closed || seq <= readSent || document.visibilityState !== 'visible') return;
    readSent = seq;
    if (!publish('/app/chat.read', { roomId, seq })) api('POST', `/chat/rooms/${roomId}/read`, { seq }).catch(() => {});
    roomTotals.markRead(roomId);
  }

  async function catchUp() {
    // before the first page is in, that page is what there is to see: never page from seq 0
    if (!loaded) return;
    // page forward from the last seq seen until nothing is left (a long disconnect may span pages)
    for (;;) {
      const after = highest();
      const page = await api('GET', `/chat/rooms/${roomId}/messages?afterSeq=${after}&limit=200`);
      add(page);
      if (page.length < 200) return;
    }
  }

  async function loadOlder() {
    const before = list.scrollHeight;
    const page = await attempt(alert, null, () => api('GET', `/chat/rooms/${roomId}/messages?beforeSeq=${lowest()}&limit=${PAGE}`));
    if (!page) return;
    add(page);
    if (page.length < PAGE) older.hidden = true;
    list.scrollTop = list.scrollHeight - before;
  }

  const stops = [
    follow(`/topic/chat.${roomId}`, (message) => {
      if (messages.size > 0 && message.seq > highest() + 1) catchUp().catch(() => {}); // a gap: fetch it
      add([message]);
    }),
    follow(`/topic/chat.${roomId}.events`, (event) => {
      if (event.memberId === me.member.id) return;
      if (event.event === 'typing') {
        typing.textContent = `${names.get(event.memberId) ?? 'Someone'} is typing…`;
        clearTimeout(typingTimer);
        typingTimer = setTimeout(() => { typing.textContent = ''; }, 3000);
      } else if (event.event === 'read') {
        readUpTo.set(event.memberId, event.seq ?? 0);
        render();
      } else if (event.event === 'member-joined' || event.event === 'member-left') {
        loadMembers().catch(() => {});
      }
    }),
    onChatConnected(() => catchUp().catch(() => {})),
  ];

  async function loadMembers() {
    const members = await api('GET', `/chat/rooms/${roomId}/members`);
    for (const m of members) { names.set(m.memberId, m.name); readUpTo.set(m.memberId, m.lastReadSeq); }
    const others = members.filter((m) => m.memberId !== me.member.id).map((m) => m.name ?? 'Unnamed');
    return others;
  }

  attempt(alert, null, async () => {
    const [room, others] = await Promise.all([api('GET', `/chat/rooms/${roomId}`), loadMembers()]);
    title.textContent = room.name ?? (others.join(', ') || 'Just you');
    add(await api('GET', `/chat/rooms/${roomId}/messages?limit=${PAGE}`));
    loaded = true;
    list.scrollTop = list.scrollHeight;
    await catchUp(); // whatever was posted between the page and the subscription
  });

  text.addEventListener('input', () => {
    if (Date.now() - lastTypingSent > 2000) { lastTypingSent = Date.now(); publish('/app/chat.typing', { roomId }); }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    const message = text.value.trim();
    if (!message && !chosen) return;
    attempt(alert, form, async () => {
      let body = { roomId, message, type: 'TEXT', clientMessageId: newKey() };
      if (chosen) {
        const upload = new FormData();
        upload.append('file', chosen);
        const stored = await api('POST', '/chat/attachments', undefined, { form: upload });
        body = { ...body, message: message || stored.name, type: stored.contentType.startsWith('image/') ? 'IMAGE' : 'FILE', attachmentId: stored.id };
      }
      try {
        await publishWithReceipt('/app/chat.send', body);
      } catch (error) {
        if (error instanceof Error && error.message === 'not connected') throw new Error('the chat is reconnecting; your message was kept, send it again in a moment');
        throw error;
      }
      text.value = '';
      file.value = '';
    });
  });
  const onVisible = () => markRead();
  document.addEventListener('visibilitychange', onVisible);

  return () => {
    closed = true;
    stops.forEach((stop) => stop());
    clearTimeout(typingTimer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
