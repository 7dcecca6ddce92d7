// Shows what the API said when it refused something: the problem's title and detail, its code
// in words, and each field error next to its field.
import { h, replace } from './dom.js';

/** An API refusal: the problem+json body (RFC 9457) of a 4xx or 5xx answer. */
export class Problem extends Error {
  constructor(status, body) {
    const problem = body && typeof body === 'object' ? body : {};
    super(problem.detail || problem.title || `the server answered ${status}`);
    this.status = status;
    this.title = problem.title || `Error ${status}`;
    this.detail = problem.detail || '';
    this.code = problem.code || '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

/** A problem, or any other failure, as one line of text: "Conflict: ... (slot unavailable)". */
export function describe(error) {
  if (!(error instanceof Problem)) return `Something went wrong: ${error?.message ?? error}`;
  const words = error.code ? ` (${error.code.replaceAll('-', ' ')})` : '';
  return `${error.title}${error.detail ? `: ${error.detail}` : ''}${words}`;
}

/** A box that shows one problem at a time, and the field errors of a form beside it. */
export function alertBox() {
  const box = h('div', { class: 'alert', role: 'alert', hidden: true, 'data-testid': 'problem' });
  return {
    node: box,
    show(error, form) {
      clearFields(form);
      box.hidden = false;
      const unplaced = [];
      for (const { field, message } of error instanceof Problem ? error.errors : []) {
        const slot = form?.querySelector(`.field-error[data-field="${CSS.escape(lastSegment(field))}"]`);
        if (slot) slot.textContent = message;
        else unplaced.push(h('li', {}, `${lastSegment(field)}: ${message}`));
      }
      // field errors with no field on screen are listed in the box itself
      replace(box, describe(error), unplaced.length > 0 ? h('ul', {}, unplaced) : null);
    },
    clear(form) {
      clearFields(form);
      box.hidden = true;
      box.replaceChildren();
    },
  };
}

function clearFields(form) {
  form?.querySelectorAll('.field-error').forEach((slot) => { slot.textContent = ''; });
}

// "request.email" or "signUp.request.email" name the body field "email"
function lastSegment(field) {
  return String(field ?? '').split('.').pop();
}

/** Runs {@code action}, showing its refusal in {@code alert}; resolves to undefined when refused. */
export async function attempt(alert, form, action) {
  alert.clear(form);
  try {
    return await action();
  } catch (error) {
    alert.show(error, form);
    return undefined;
  }
}
