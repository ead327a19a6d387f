// What the inspector reads from a loaded page, before any interaction. Returns plain JSON-like data
// (WebDriver turns it into Java maps and lists). Kept small and bounded: a huge page must not make
// the answer huge.
const MAX_TEXT = 2000000, MAX_LINKS = 500, MAX_FIELDS = 200, MAX_FORMS = 50;
const clip = (s, n) => (s || '').replace(/\s+/g, ' ').trim().slice(0, n);
function labelOf(el) {
  const parts = [];
  if (el.labels) { for (const l of el.labels) parts.push(l.innerText || l.textContent); }
  if (!parts.length) {
    const wrap = el.closest('label');
    if (wrap) parts.push(wrap.innerText || wrap.textContent);
  }
  const aria = el.getAttribute('aria-label');
  if (aria) parts.push(aria);
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    for (const id of by.split(/\s+/)) {
      const t = document.getElementById(id);
      if (t) parts.push(t.innerText || t.textContent);
    }
  }
  if (!parts.length && el.title) parts.push(el.title);
  return clip(parts.join(' '), 300);
}
function linksIn(root) {
  const out = [];
  for (const a of root.querySelectorAll('a[href]')) {
    if (out.length >= MAX_LINKS) break;
    out.push({text: clip(a.innerText || a.textContent || a.getAttribute('aria-label'), 200), href: a.href});
  }
  return out;
}
function near(form) {
  // The form and what surrounds it: the closest section-like ancestor that is not the whole page.
  let c = form.parentElement;
  for (let i = 0; i < 2 && c && c.parentElement && c !== document.body; i++) {
    if (c.matches('section, article, aside, main, [role=dialog], .modal, .form, fieldset')) break;
    if (c.parentElement === document.body) break;
    c = c.parentElement;
  }
  return c && c !== document.body && c !== document.documentElement ? c : form;
}
const forms = [];
let f = 0;
for (const form of Array.from(document.forms).slice(0, MAX_FORMS)) {
  const fields = [];
  let i = 0;
  for (const el of Array.from(form.elements).slice(0, MAX_FIELDS)) {
    const tag = el.tagName.toLowerCase();
    if (!['input', 'select', 'textarea'].includes(tag)) { i++; continue; }
    const type = tag === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : tag;
    fields.push({
      index: i++, tag: tag, type: type, name: el.getAttribute('name') || '', id: el.id || '',
      autocomplete: el.getAttribute('autocomplete') || '', placeholder: el.getAttribute('placeholder') || '',
      label: labelOf(el), checked: !!el.checked, checkedAttribute: el.hasAttribute('checked'),
      required: !!el.required, visible: !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length),
      value: type === 'checkbox' || type === 'radio' ? (el.value || '') : ''
    });
  }
  const around = near(form);
  forms.push({
    index: f++, id: form.id || '', name: form.getAttribute('name') || '',
    action: form.action || location.href, actionAttribute: form.getAttribute('action'),
    method: (form.getAttribute('method') || 'get').toLowerCase(),
    text: clip(form.innerText, 4000), nearText: clip(around.innerText, 4000),
    links: linksIn(around), fields: fields
  });
}
const storage = [];
try {
  for (let k = 0; k < localStorage.length && k < 500; k++) {
    const key = localStorage.key(k);
    storage.push({key: key, value: (localStorage.getItem(key) || '').slice(0, 500)});
  }
} catch (e) { /* storage may be denied */ }
const body = document.body;
return {
  url: location.href, title: clip(document.title, 500),
  text: body ? (body.innerText || '').slice(0, MAX_TEXT) : '',
  links: body ? linksIn(document) : [], forms: forms, localStorage: storage,
  origin: location.origin
};
