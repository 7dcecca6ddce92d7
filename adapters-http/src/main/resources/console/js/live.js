// The two live channels: STOMP over a plain WebSocket for chat (a stock @stomp/stompjs client,
// reconnecting with a growing delay), and the browser's EventSource for notifications and room
// updates. After every reconnect, whoever follows a room fetches what it missed (afterSeq).
import { Client, ReconnectionTimeMode } from '../vendor/stompjs/index.js';
import { freshToken, session } from './api.js';
import { Problem } from './problems.js';

let client = null;
const follows = new Map(); // destination -> { handler, subscription }
const connectedListeners = new Set();
const statusListeners = new Set();

function setStatus(status) {
  statusListeners.forEach((listener) => listener(status));
}

/** Called with 'connecting', 'online' or 'offline' whenever the chat connection changes. */
export function onChatStatus(listener) {
  statusListeners.add(listener);
}

/** Called after every (re)connect, so that views can fetch what they missed. */
export function onChatConnected(listener) {
  connectedListeners.add(listener);
  return () => connectedListeners.delete(listener);
}

export function startChat() {
  if (client) return;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/chat`;
  client = new Client({
    brokerURL: url,
    reconnectDelay: 500,
    maxReconnectDelay: 15_000,
    reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
    heartbeatIncoming: 20_000,
    heartbeatOutgoing: 20_000,
    // every attempt carries a token that is still valid, refreshed when it is about to expire
    beforeConnect: async (self) => {
      setStatus('connecting');
      self.connectHeaders = { Authorization: `Bearer ${await freshToken()}` };
    },
    onConnect: () => {
      client.subscribe('/user/queue/errors', (frame) => refused(frame));
      for (const [destination, follow] of follows) follow.subscription = client.subscribe(destination, follow.handler);
      setStatus('online');
      connectedListeners.forEach((listener) => listener());
    },
    onWebSocketClose: () => {
      setStatus('offline');
      dropped();
    },
    onStompError: () => setStatus('offline'),
  });
  client.activate();
}

export function stopChat() {
  follows.clear();
  client?.deactivate();
  client = null;
}

/** Follows a STOMP destination across reconnects; returns a function that stops following. */
export function follow(destination, onBody) {
  const handler = (frame) => onBody(JSON.parse(frame.body));
  const entry = { handler, subscription: client?.connected ? client.subscribe(destination, handler) : null };
  follows.set(destination, entry);
  return () => {
    entry.subscription?.unsubscribe();
    if (follows.get(destination) === entry) follows.delete(destination);
  };
}

/** Sends a frame now if connected; false when the connection is down (the caller says so). */
export function publish(destination, body, headers = {}) {
  if (!client?.connected) return false;
  client.publish({ destination, body: JSON.stringify(body), headers });
  return true;
}

const awaitingReceipt = new Map(); // receipt -> reject

/** Sends a message; resolves once the server's RECEIPT says it is stored, rejects with its problem. */
export function publishWithReceipt(destination, body) {
  return new Promise((resolve, reject) => {
    if (!client?.connected) { reject(new Error('not connected')); return; }
    const receipt = `r-${body.clientMessageId}`;
    awaitingReceipt.set(receipt, reject);
    client.watchForReceipt(receipt, () => { awaitingReceipt.delete(receipt); resolve(); });
    client.publish({ destination, body: JSON.stringify(body), headers: { receipt } });
  });
}

// a message still waiting for its RECEIPT when the socket closes may or may not be stored: its
// sender is told, and the room's catch-up after the reconnect shows it if it was
function dropped() {
  for (const reject of awaitingReceipt.values()) reject(new Error('the connection dropped before the server confirmed the message; it shows above if it was stored'));
  awaitingReceipt.clear();
}

// a refused SEND comes back on the error queue with the receipt it concerns
function refused(frame) {
  const problem = new Problem(JSON.parse(frame.body).status ?? 400, JSON.parse(frame.body));
  const receipt = frame.headers['receipt-id'];
  const reject = receipt && awaitingReceipt.get(receipt);
  if (reject) {
    awaitingReceipt.delete(receipt);
    reject(problem);
  }
}

// ---- Server-sent events: notifications and room updates -------------------------------

let events = null;
let lastEventId = '';
let retryDelay = 1000;
let retryTimer = null;
const eventListeners = new Map(); // event name -> Set of listeners

/** Called with the parsed data of every server-sent event of this name. */
export function onEvent(name, listener) {
  if (!eventListeners.has(name)) eventListeners.set(name, new Set());
  eventListeners.get(name).add(listener);
}

export async function startEvents() {
  stopEvents();
  const token = await freshToken();
  if (!token) return;
  const query = new URLSearchParams({ access_token: token });
  if (lastEventId) query.set('lastEventId', lastEventId);
  const source = new EventSource(`/notifications/stream?${query}`);
  events = source;
  for (const name of ['notification', 'room-updated', 'member-status']) {
    source.addEventListener(name, (event) => {
      if (event.lastEventId) lastEventId = event.lastEventId;
      retryDelay = 1000;
      const data = JSON.parse(event.data);
      eventListeners.get(name)?.forEach((listener) => listener(data));
    });
  }
  source.onopen = () => { retryDelay = 1000; };
  // EventSource would retry with the same (possibly expired) token; reopen with a fresh one
  source.onerror = () => {
    source.close();
    if (events !== source || !session.signedIn) return;
    retryTimer = setTimeout(() => startEvents(), retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30_000);
  };
}

export function stopEvents() {
  clearTimeout(retryTimer);
  events?.close();
  events = null;
}

/** Forgets the stream position, on log-out, so the next member starts afresh. */
export function resetEvents() {
  stopEvents();
  lastEventId = '';
}
