// Builds DOM nodes from data. Text always goes in as text nodes, never as markup, so whatever a
// member typed (a chat message, a shop name) is shown as the characters it is.

/** h('button', { class: 'primary', onclick: f, 'data-testid': 'x' }, 'Label', child, ...) */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'value' && tag !== 'input') node.value = value;
    else if (key === 'checked' || key === 'disabled' || key === 'selected') node[key] = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of {@code node}. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A labelled input whose field errors (from a problem's "errors") appear under it. */
export function field(label, name, props = {}) {
  const input = h(props.tag ?? 'input', { name, id: `f-${name}-${Math.random().toString(36).slice(2, 8)}`, ...props, tag: undefined });
  return h('label', { class: 'field' }, h('span', {}, label), input, h('small', { class: 'field-error', 'data-field': name }));
}

/** The values of a form's named inputs, trimmed; empty ones left out. */
export function values(form) {
  const out = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}
