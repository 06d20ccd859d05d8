// Building the page from data. Every string given as a child becomes a text node, never markup: model output and
// anything else from the database can only ever show as text. Nothing in this client parses a string as HTML.

/**
 * el("td", { class: "num", title: "...", data: { length: 8000 } }, "text", childNode, [more])
 * Attributes are set by name; `href` takes internal "#/..." routes only; `on` maps event names to listeners.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "data") for (const [key, v] of Object.entries(value)) node.dataset[key] = String(v);
    else if (name === "on") for (const [event, listener] of Object.entries(value)) node.addEventListener(event, listener);
    else if (name === "href") node.setAttribute("href", internalHref(value));
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

function internalHref(value) {
  const text = String(value);
  if (!text.startsWith("#/")) throw new Error(`refusing a link that is not a dashboard route: ${text}`);
  return text;
}

export function link(href, ...children) {
  return el("a", { href }, ...children);
}

/** A table from header labels and rows of cells (strings, nodes, or { value, class, title } objects). */
export function table(headers, rows, props = {}) {
  const cell = (tag, c) => (c !== null && typeof c === "object" && !(c instanceof Node) && !Array.isArray(c) ? el(tag, { class: c.class, title: c.title, data: c.data }, c.value) : el(tag, {}, c));
  return el(
    "table",
    props,
    el("thead", {}, el("tr", {}, headers.map((h) => cell("th", h)))),
    el("tbody", {}, rows.map((row) => el("tr", {}, row.map((c) => cell("td", c))))),
  );
}

export function section(title, ...children) {
  return el("section", {}, el("h2", {}, title), ...children);
}

/** Preformatted untrusted text, with a note when the server cut it. */
export function textBlock(field, props = {}) {
  if (!field) return el("p", { class: "muted" }, "(none)");
  const cut = field.chars > field.text.length ? el("p", { class: "muted" }, `shown: first ${field.text.length.toLocaleString()} of ${field.chars.toLocaleString()} characters`) : null;
  return el("div", {}, el("pre", { class: props.class ?? "text" }, field.text), cut);
}
