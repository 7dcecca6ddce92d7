// The member's rooms with their unread counts, kept live by the stream's room-updated events,
// for the room list and the unread badge in the navigation.
import { api } from './api.js';
import { onEvent } from './live.js';

const rooms = new Map(); // roomId -> room (API shape)
const titles = new Map(); // roomId -> the other members' names, for rooms that have no name
const totalListeners = new Set();
const listListeners = new Set();

function changed() {
  const list = [...rooms.values()].sort((a, b) => activity(b).localeCompare(activity(a)));
  const total = list.reduce((sum, room) => sum + (room.unreadCount ?? 0), 0);
  totalListeners.forEach((listener) => listener(total));
  listListeners.forEach((listener) => listener(list));
}

function activity(room) {
  return room.lastMessage?.sentAt ?? room.createdAt ?? '';
}

export const roomTotals = {
  async load() {
    const list = await api('GET', '/chat/rooms');
    rooms.clear();
    for (const room of list) rooms.set(room.id, room);
    changed();
  },
  clear() {
    rooms.clear();
    titles.clear();
    changed();
  },
  /** A room's name, or the names of the others in it (looked up once, then the list redraws). */
  titleOf(room, myId) {
    if (room.name) return room.name;
    if (titles.has(room.id)) return titles.get(room.id) || 'Just you';
    titles.set(room.id, '');
    api('GET', `/chat/rooms/${room.id}/members`).then((members) => {
      titles.set(room.id, members.filter((m) => m.memberId !== myId).map((m) => m.name ?? 'Unnamed').join(', '));
      changed();
    }).catch(() => titles.delete(room.id));
    return room.type === 'DIRECT' ? 'Direct chat' : 'Group';
  },
  get(roomId) {
    return rooms.get(roomId);
  },
  onChange(listener) {
    totalListeners.add(listener);
  },
  /** Follows the sorted room list; returns a function that stops following. */
  onRooms(listener) {
    listListeners.add(listener);
    listener([...rooms.values()].sort((a, b) => activity(b).localeCompare(activity(a))));
    return () => listListeners.delete(listener);
  },
  /** The member read up to a message in the open room: no need to wait for the stream to say so. */
  markRead(roomId) {
    const room = rooms.get(roomId);
    if (room && room.unreadCount !== 0) {
      room.unreadCount = 0;
      changed();
    }
  },
};

onEvent('room-updated', (update) => {
  const room = rooms.get(update.roomId);
  if (!room) {
    roomTotals.load().catch(() => {});
    return;
  }
  room.lastMessage = update.lastMessage ?? room.lastMessage;
  room.unreadCount = update.unreadCount;
  changed();
});
