// The web console in a real browser: Debian's chromium driven by playwright-core, three browser
// contexts (an owner and two customers) on two Parlor instances (PARLOR_URL, PARLOR_URL_2).
// Each step leaves a screenshot under target/console/ for a reviewer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { PASSWORD } from './parlor.js';

const FIRST = process.env.PARLOR_URL;
const SECOND = process.env.PARLOR_URL_2 ?? FIRST;
const CHROMIUM = process.env.PARLOR_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = new URL('./target/console/', import.meta.url).pathname;
const ZONE = 'Asia/Seoul';
const HOSTILE = 'Hello <img src=x onerror=alert(1)> & welcome';

let browser;
let shot = 0;
const dialogs = [];
const policyViolations = [];

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // root in a container has no user namespace for chromium's sandbox
  browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
});
after(() => browser?.close());

async function person(base) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1180, height: 820 } });
  const page = await context.newPage();
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  return { context, page };
}

async function snap(page, name) {
  shot += 1;
  await page.screenshot({ path: `${SHOTS}${String(shot).padStart(2, '0')}-${name}.png`, fullPage: true });
}

async function signUp(page, name) {
  const email = `console-${randomUUID()}@example.com`;
  await page.goto('/');
  const form = page.getByTestId('signup-form');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign up' }).click();
  await page.getByTestId('member-name').filter({ hasText: name }).waitFor();
  return email;
}

async function logIn(page, email) {
  const form = page.getByTestId('login-form');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('member-name').waitFor();
}

function tomorrowInShop() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(Date.now() + 86_400_000));
}

async function showSlots(page, code) {
  await page.goto(`/console/#/book/${code}`);
  const form = page.getByTestId('booking-form');
  await form.getByLabel('Day').fill(tomorrowInShop());
  await form.getByRole('button', { name: 'Show free times' }).click();
  await page.locator('button.slot').first().waitFor();
}

function messages(page) {
  return page.getByTestId('messages').locator('li.message');
}

async function send(page, text) {
  await page.getByLabel('message').fill(text);
  await page.getByTestId('composer').getByRole('button', { name: 'Send' }).click();
}

test('an owner sets up a shop, customers book and race for a slot, owner and customer chat live across two instances', { skip: !FIRST && 'set PARLOR_URL (scripts/test.sh starts the instances)' }, async () => {
  const owner = await person(FIRST);
  const customer = await person(SECOND);
  const rival = await person(FIRST);
  try {
    await story(owner, customer, rival);
  } catch (failure) {
    // what each browser showed when the story broke off
    for (const [name, who] of Object.entries({ owner, customer, rival })) await snap(who.page, `failed-${name}`).catch(() => {});
    throw failure;
  } finally {
    await Promise.all([owner.context.close(), customer.context.close(), rival.context.close()]);
  }
});

async function story(owner, customer, rival) {

  // A drop of the customer's WebSocket is simulated by closing the routed socket; while
  // `refuse` is set, reconnects are refused too, so messages can only arrive by catching up.
  const sockets = [];
  let refuse = false;
  await customer.page.routeWebSocket(/\/ws\/chat$/, (socket) => {
    if (refuse) { socket.close({ code: 1011, reason: 'test drop' }); return; }
    socket.connectToServer();
    sockets.push(socket);
  });

  // the root redirects to the console, which asks a stranger to log in
  await owner.page.goto('/');
  assert.match(owner.page.url(), /\/console\/#\/login$/);
  await snap(owner.page, 'owner-login');
  await signUp(owner.page, 'Olivia Owner');

  // the owner opens a shop; a time zone the server does not know is refused next to its field
  await owner.page.getByTestId('nav-shop').click();
  const create = owner.page.getByTestId('create-shop');
  await create.getByLabel('Name').fill('Salon Lumi');
  await create.getByLabel('Time zone').fill('Mars/Olympus');
  await create.getByRole('button', { name: 'Open shop' }).click();
  await create.locator('.field-error[data-field="timeZone"]').filter({ hasText: 'is not a known time zone' }).waitFor();
  assert.match(await owner.page.getByTestId('problem').textContent(), /Bad Request: Some fields are invalid/);
  await snap(owner.page, 'owner-field-error');
  await create.getByLabel('Time zone').fill(ZONE);
  await create.getByRole('button', { name: 'Open shop' }).click();
  await owner.page.getByTestId('shop-title').filter({ hasText: 'Salon Lumi' }).waitFor();
  const code = await owner.page.getByTestId('shop-code').textContent();
  const service = owner.page.getByTestId('add-service');
  await service.getByLabel('Service').fill('Cut & style');
  await service.getByRole('button', { name: 'Add service' }).click();
  await owner.page.getByTestId('services').getByText('Cut & style').waitFor();
  await owner.page.locator('input[name="on-SUNDAY"]').check();
  await owner.page.getByTestId('hours').getByRole('button', { name: 'Save hours' }).click();
  await owner.page.getByTestId('hours-saved').filter({ hasText: '7 days a week' }).waitFor();
  await snap(owner.page, 'owner-shop-set-up');
  // the picture the customer will send: the shop's name as the browser drew it
  const picture = await owner.page.getByTestId('shop-title').screenshot();

  // two customers see the same free times; the first holds a slot and confirms it
  const customerEmail = await signUp(customer.page, 'Cody Customer');
  await signUp(rival.page, 'Rita Rival');
  await showSlots(customer.page, code);
  await showSlots(rival.page, code);
  const slot = customer.page.locator('button.slot').first();
  const startAt = await slot.getAttribute('data-start');
  await snap(customer.page, 'customer-availability');
  await slot.click();
  await customer.page.getByTestId('countdown').filter({ hasText: /^\d+:\d\d$/ }).waitFor();
  await snap(customer.page, 'customer-hold');
  await customer.page.getByTestId('confirm').click();
  await customer.page.getByTestId('hold-status').filter({ hasText: 'Reservation confirmed' }).waitFor();
  await customer.page.getByTestId('my-reservations').getByText('confirmed').waitFor();
  await snap(customer.page, 'customer-confirmed');

  // the rival, whose grid still shows that slot, is told by the API's problem that it is taken
  await rival.page.locator(`button.slot[data-start="${startAt}"]`).click();
  const problem = rival.page.getByTestId('problem');
  await problem.filter({ hasText: 'slot unavailable' }).waitFor();
  assert.match(await problem.textContent(), /Conflict: the designer is already booked at that time \(slot unavailable\)/);
  await snap(rival.page, 'rival-slot-unavailable');

  // the owner sees the confirmed reservation of the day
  await owner.page.getByTestId('day-reservations').locator('..').locator('input[type="date"]').fill(tomorrowInShop());
  await owner.page.getByTestId('day-reservations').getByText('confirmed').waitFor();
  await snap(owner.page, 'owner-day-reservations');

  // the customer (second instance) writes to the shop; the owner (first instance) gets an
  // unread badge live, then an unread-chat notification, and opens the room from the bell
  await owner.page.getByTestId('nav-chat').click();
  await customer.page.getByTestId('chat-with-shop').click();
  await customer.page.getByTestId('chat-status').filter({ hasText: 'online' }).waitFor();
  await send(customer.page, HOSTILE);
  await messages(customer.page).filter({ hasText: 'welcome' }).waitFor();
  await owner.page.getByTestId('rooms').getByTestId('unread').filter({ hasText: '1' }).waitFor();
  await snap(owner.page, 'owner-unread-room');
  await owner.page.getByTestId('bell-count').filter({ hasText: /^[1-9]/ }).waitFor({ timeout: 30_000 });
  await owner.page.getByTestId('bell').click();
  await snap(owner.page, 'owner-bell');
  await owner.page.getByTestId('bell-panel').locator('li.unread button').first().click();
  const hostile = messages(owner.page).filter({ hasText: 'welcome' });
  await hostile.waitFor();
  assert.equal(await hostile.locator('.body').textContent(), HOSTILE, 'markup in a message is shown as text');
  assert.equal(await owner.page.getByTestId('messages').locator('img').count(), 0);

  // typing and a reply, each seen live on the other instance
  await owner.page.getByLabel('message').pressSequentially('Wel', { delay: 30 });
  await customer.page.getByTestId('typing').filter({ hasText: 'Olivia Owner is typing' }).waitFor();
  await send(owner.page, 'Welcome to Salon Lumi!');
  await messages(customer.page).filter({ hasText: 'Welcome to Salon Lumi!' }).waitFor();

  // an image is shown inline on the other side
  await customer.page.getByLabel('attachment').setInputFiles({ name: 'salon.png', mimeType: 'image/png', buffer: picture });
  await customer.page.getByTestId('composer').getByRole('button', { name: 'Send' }).click();
  const image = owner.page.getByTestId('messages').getByTestId('image');
  await image.waitFor();
  await owner.page.waitForFunction((img) => img.complete && img.naturalWidth > 50, await image.elementHandle());
  // the customer's read mark reaches the owner, whose reply then shows as seen
  await messages(owner.page).filter({ hasText: 'Welcome to Salon Lumi!' }).getByText('seen').waitFor();
  await snap(owner.page, 'owner-chat');
  await snap(customer.page, 'customer-chat');

  // the customer's connection drops and cannot come back for a while; what the owner sends
  // meanwhile arrives once it reconnects (afterSeq), and nothing is shown twice
  refuse = true;
  for (const socket of sockets.splice(0)) await socket.close({ code: 1006, reason: 'test drop' }).catch(() => {});
  await customer.page.getByTestId('chat-status').filter({ hasText: /offline|connecting/ }).waitFor();
  await send(owner.page, 'Sent while you were away');
  await messages(owner.page).filter({ hasText: 'Sent while you were away' }).waitFor();
  await snap(customer.page, 'customer-offline');
  refuse = false;
  await customer.page.getByTestId('chat-status').filter({ hasText: 'online' }).waitFor({ timeout: 30_000 });
  await messages(customer.page).filter({ hasText: 'Sent while you were away' }).waitFor();
  assert.equal(await messages(customer.page).count(), 4);
  const room = customer.page.url().split('#')[1]; // "/chat/<roomId>"

  // an access token the server turns down (as once it has expired) is refreshed with the
  // rotating refresh token, once, and the request sent again
  const refreshes = [];
  customer.page.on('request', (request) => { if (request.url().endsWith('/auth/refresh')) refreshes.push(request); });
  let turnedDown = 0;
  await customer.page.route('**/me/reservations?**', (route) => {
    if (turnedDown++ > 0) return route.continue();
    return route.fulfill({ status: 401, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'invalid-token', detail: 'the token has expired' }) });
  });
  await customer.page.getByTestId('nav-book').click();
  await customer.page.getByTestId('my-reservations').getByText('confirmed').waitFor();
  assert.equal(refreshes.length, 1, 'one refresh for the refused request');
  const rotated = await (await refreshes[0].response()).json();
  assert.ok(rotated.accessToken && rotated.refreshToken, 'the refresh answered new tokens');
  await customer.page.getByTestId('nav-chat').click();
  await customer.page.locator(`a[href="#${room}"]`).first().click();
  await messages(customer.page).filter({ hasText: 'Sent while you were away' }).waitFor();

  // a reload forgets the tokens (memory only); after logging in again the room is as it was
  await customer.page.reload();
  await logIn(customer.page, customerEmail);
  assert.equal(customer.page.url().split('#')[1], room, 'the console returns to the room after the log-in');
  await messages(customer.page).filter({ hasText: 'Sent while you were away' }).waitFor();
  const history = await messages(customer.page).locator('.body').allTextContents();
  assert.deepEqual(history, [HOSTILE, 'Welcome to Salon Lumi!', 'salon.png', 'Sent while you were away']);
  await snap(customer.page, 'customer-history-after-reload');

  // a room opens at its newest page; older messages are paged in upward
  for (let i = 1; i <= 55; i++) {
    await send(customer.page, `note ${i}`);
    await messages(customer.page).filter({ hasText: new RegExp(`^.*note ${i}$`) }).waitFor();
  }
  await customer.page.reload();
  await logIn(customer.page, customerEmail);
  await messages(customer.page).filter({ hasText: 'note 55' }).waitFor();
  assert.equal(await messages(customer.page).count(), 50, 'the newest page only');
  await customer.page.getByTestId('older').click();
  await messages(customer.page).first().filter({ hasText: 'Hello <img' }).waitFor();
  assert.equal(await messages(customer.page).count(), 59);
  assert.equal(await customer.page.getByTestId('older').isHidden(), true, 'nothing older is left');

  assert.deepEqual(dialogs, [], 'no script ran from a message');
  assert.deepEqual(policyViolations, [], 'the console needs nothing the Content-Security-Policy forbids');
}
