// Adapter for redact-pii (npm, MIT). Its SyncRedactor returns only the redacted text, so for
// accuracy this adapter replays the redactor's own steps (its regexes and its name redactor, in its
// order, with its replacement labels) while tracking which original characters each label replaced,
// and checks that the replay gives exactly the text the real redactor gives. Loaded by peers.mjs.

/** Its replacement labels mapped to pdpguard types; digits, zipcode, URL and US SSN have none. */
const TYPES = {
  CREDIT_CARD_NUMBER: 'PAYMENT_CARD',
  STREET_ADDRESS: 'ADDRESS',
  PHONE_NUMBER: 'PHONE_NUMBER',
  IP_ADDRESS: 'IP_ADDRESS',
  EMAIL_ADDRESS: 'EMAIL_ADDRESS',
  USERNAME: 'ONLINE_ACCOUNT',
  PASSWORD: 'CREDENTIALS',
  CREDENTIALS: 'CREDENTIALS',
  PERSON_NAME: 'PERSON_NAME',
};

export const name = 'redact-pii';
export const packages = ['redact-pii'];

/** The pdpguard types of its built-in redactors (README "Supported Features"). */
export const claims = [
  'PAYMENT_CARD', 'ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'EMAIL_ADDRESS', 'ONLINE_ACCOUNT',
  'CREDENTIALS', 'PERSON_NAME',
];

export function load(require) {
  const { SyncRedactor } = require('redact-pii');
  const wellKnown = require('redact-pii/lib/built-ins/well-known-names.json');
  const redactor = new SyncRedactor();
  const steps = redactor.childRedactors.map((child) =>
    child.regexpMatcher ? regexpStep(child) : nameStep(child, wellKnown));
  const stats = { detections: 0, unmapped: 0, replayMismatches: 0 };
  return {
    stats,
    run: (text) => redactor.redact(text).length,
    spans(text) {
      const t = new Tracked(text);
      for (const step of steps) step(t);
      if (t.text !== redactor.redact(text)) stats.replayMismatches++;
      const out = [];
      for (const s of t.spans()) {
        stats.detections++;
        const type = TYPES[s.label];
        if (!type) {
          stats.unmapped++;
          continue;
        }
        const span = trim(text, s.start, s.end);
        if (span) out.push({ ...span, type });
      }
      return out;
    },
  };
}

/** A SimpleRegexpRedactor: text.replace(regexp, label), replayed match by match. */
function regexpStep(child) {
  const re = child.regexpMatcher;
  const label = child.replaceWith;
  return (t) => {
    const hits = [];
    re.lastIndex = 0;
    t.text.replace(re, (...args) => {
      const offset = typeof args[args.length - 1] === 'object' ? args[args.length - 3] : args[args.length - 2];
      hits.push([offset, offset + args[0].length]);
      return '';
    });
    t.replaceAll(hits, label);
  };
}

/** NameRedactor (redact-pii 3.4.0 lib/built-ins/NameRedactor.js), the same regexes and loop. */
function nameStep(child, wellKnownNames) {
  const label = child.replaceWith;
  const greetingRegex = /(^|\.\s+)(dear|hi|hello|greetings|hey|hey there)/gi;
  const closingRegex = /(thx|thanks|thank you|regards|best|[a-z]+ly|[a-z]+ regards|all the best|happy [a-z]+ing|take care|have a [a-z]+ (weekend|night|day))/gi;
  const greetingOrClosing = new RegExp('(((' + greetingRegex.source + ')|(' + closingRegex.source + '\\s*[,.!]*))[\\s-]*)', 'gi');
  const genericName = new RegExp('( ?(([A-Z][a-z]+)|([A-Z]\\.)))+([,.]|[,.]?$)', 'gm');
  const wellKnown = new RegExp('\\b(\\s*)(\\s*(' + wellKnownNames.join('|') + '))+\\b', 'gim');
  return (t) => {
    greetingOrClosing.lastIndex = 0;
    genericName.lastIndex = 0;
    let m = greetingOrClosing.exec(t.text);
    while (m !== null) {
      genericName.lastIndex = greetingOrClosing.lastIndex;
      const g = genericName.exec(t.text);
      if (g !== null && g.index === greetingOrClosing.lastIndex) {
        const suffix = g[5] === null ? '' : g[5];
        t.replaceAll([[g.index, g.index + g[0].length - String(suffix).length]], label);
      }
      m = greetingOrClosing.exec(t.text);
    }
    const hits = [];
    wellKnown.lastIndex = 0;
    t.text.replace(wellKnown, (match, lead, ...rest) => {
      const offset = rest[rest.length - 2];
      hits.push([offset + lead.length, offset + match.length]);
      return '';
    });
    t.replaceAll(hits, label);
  };
}

/** A text being redacted, with the original range behind every character. */
class Tracked {
  constructor(text) {
    this.text = text;
    const n = text.length;
    this.from = Array.from({ length: n }, (_, i) => i); // original start of the unit at i
    this.to = Array.from({ length: n }, (_, i) => i + 1); // original end of the unit at i
    this.label = new Array(n).fill(null); // replacement label, or null for an original char
    this.id = new Array(n).fill(0); // which replacement a char belongs to
    this.next = 1;
  }

  /** Replaces the ranges [a, b) of the current text (sorted, disjoint) by label. */
  replaceAll(ranges, label) {
    if (ranges.length === 0) return;
    let text = '';
    const from = [], to = [], lab = [], id = [];
    let pos = 0;
    const keep = (a, b) => {
      text += this.text.slice(a, b);
      for (let i = a; i < b; i++) {
        from.push(this.from[i]); to.push(this.to[i]); lab.push(this.label[i]); id.push(this.id[i]);
      }
    };
    for (const [a, b] of ranges) {
      keep(pos, a);
      const o0 = a < b ? this.from[a] : (a < this.text.length ? this.from[a] : this.to[a - 1] ?? 0);
      const o1 = a < b ? this.to[b - 1] : o0;
      const n = this.next++;
      text += label;
      for (let i = 0; i < label.length; i++) {
        from.push(o0); to.push(o1); lab.push(label); id.push(n);
      }
      pos = b;
    }
    keep(pos, this.text.length);
    Object.assign(this, { text, from, to, label: lab, id });
  }

  /** The replacements left in the final text, as original ranges. */
  spans() {
    const out = [];
    for (let i = 0; i < this.text.length; i++) {
      if (this.id[i] !== 0 && (i === 0 || this.id[i - 1] !== this.id[i])) {
        out.push({ start: this.from[i], end: this.to[i], label: this.label[i] });
      }
    }
    return out;
  }
}

/** The span without surrounding white space, or null when nothing is left. */
function trim(text, start, end) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
