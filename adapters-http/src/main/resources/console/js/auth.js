// Log in, sign up, and the emailed code that activates a new account.
import { api, logIn } from './api.js';
import { field, h, replace, values } from './dom.js';
import { Problem, alertBox, attempt } from './problems.js';

export function renderAuth(view, afterLogIn) {
  const alert = alertBox();
  const done = async (email, password) => {
    await logIn(email, password);
    await afterLogIn();
  };

  const loginForm = h('form', { class: 'card', 'data-testid': 'login-form' },
    h('h2', {}, 'Log in'),
    field('Email', 'email', { type: 'email', autocomplete: 'username', required: true }),
    field('Password', 'password', { type: 'password', autocomplete: 'current-password', required: true }),
    h('button', { class: 'primary', type: 'submit' }, 'Log in'));
  loginForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const { email, password } = values(loginForm);
    attempt(alert, loginForm, async () => {
      try {
        await done(email, password);
      } catch (error) {
        if (error instanceof Problem && error.code === 'email-not-verified') {
          showVerify(email, password);
          return;
        }
        throw error;
      }
    });
  });

  const signUpForm = h('form', { class: 'card', 'data-testid': 'signup-form' },
    h('h2', {}, 'New here? Sign up'),
    field('Name', 'name', { autocomplete: 'name', required: true }),
    field('Email', 'email', { type: 'email', autocomplete: 'email', required: true }),
    field('Password', 'password', { type: 'password', autocomplete: 'new-password', required: true }),
    field('Phone (optional)', 'phone', { type: 'tel', autocomplete: 'tel' }),
    h('button', { class: 'primary', type: 'submit' }, 'Sign up'));
  signUpForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = values(signUpForm);
    attempt(alert, signUpForm, async () => {
      const member = await api('POST', '/auth/signup', body, { anonymous: true });
      if (member.status === 'PENDING_VERIFICATION') showVerify(body.email, body.password);
      else await done(body.email, body.password);
    });
  });

  function showVerify(email, password) {
    const form = h('form', { class: 'card', 'data-testid': 'verify-form' },
      h('h2', {}, 'Check your email'),
      h('p', {}, 'We sent a code to ', h('strong', {}, email), '. Enter it to activate your account.'),
      field('Code', 'code', { inputmode: 'numeric', autocomplete: 'one-time-code', required: true }),
      h('div', { class: 'row' },
        h('button', { class: 'primary', type: 'submit' }, 'Activate'),
        h('button', { type: 'button', class: 'link', onclick: () => attempt(alert, form, () => api('POST', '/auth/email/code', { email }, { anonymous: true })) }, 'Send another code')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      attempt(alert, form, async () => {
        await api('POST', '/auth/email/verify', { email, code: values(form).code }, { anonymous: true });
        await done(email, password);
      });
    });
    replace(view, h('section', { class: 'auth' }, alert.node, form));
  }

  replace(view, h('section', { class: 'auth' },
    h('p', { class: 'lead' }, 'Book a designer, chat with your salon, run your shop.'),
    alert.node, h('div', { class: 'columns' }, loginForm, signUpForm)));
}
