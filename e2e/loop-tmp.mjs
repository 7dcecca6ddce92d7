import { member, stomp, closeAll, BASE } from './parlor.js';
const bo = await member(BASE, 'Bo');
let failures = 0;
for (let i = 0; i < 40; i++) {
  try { const c = await stomp(BASE, bo.token); await c.close(); } catch (e) { failures++; console.log(i, e.message); }
}
console.log('failures', failures);
closeAll(); process.exit(0);
