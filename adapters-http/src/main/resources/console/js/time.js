// Dates and times in the shop's time zone, whatever the browser's own zone is.

/** Today's date (YYYY-MM-DD) in {@code timeZone}, plus {@code days}. */
export function dateIn(timeZone, days = 0) {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** "14:30" for an instant, in {@code timeZone}. */
export function clock(instant, timeZone) {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** "Mon 7 Dec, 14:30" for an instant, in {@code timeZone} (the browser's when not given). */
export function moment(instant, timeZone) {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** As {@link moment}, naming the zone ("Tue 8 Dec, 09:00 GMT+9"): for lists mixing shops. */
export function zonedMoment(instant, timeZone) {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(new Date(instant));
}

/** "4:59" until {@code instant}, or null once it has passed. */
export function countdown(instant) {
  const left = Math.floor((new Date(instant).getTime() - Date.now()) / 1000);
  if (left <= 0) return null;
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

/** The browser's zone, a sensible default for a new shop. */
export function localZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
