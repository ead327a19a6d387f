// Adapter for @openredaction/openredaction (npm, MIT): runs its default detector and turns its
// detections into spans with pdpguard type names. Loaded by peers.mjs.

/** Its types mapped to pdpguard's; a type not listed here has no pdpguard counterpart. */
const TYPES = [
  [/^EMAIL$/, 'EMAIL_ADDRESS'],
  [/^NAME$/, 'PERSON_NAME'],
  [/^DATE_OF_BIRTH$/, 'DATE_OF_BIRTH'],
  [/^CREDIT_CARD$/, 'PAYMENT_CARD'],
  [/^(IBAN|BANK_ACCOUNT_UK|UK_BANK_ACCOUNT_IBAN)$/, 'BANK_ACCOUNT'],
  [/^PHONE_/, 'PHONE_NUMBER'],
  [/^ADDRESS_(STREET|PO_BOX)$/, 'ADDRESS'],
  [/^IPV[46]$/, 'IP_ADDRESS'],
  [/^(MAC_ADDRESS|DEVICE_UUID|IMEI_NUMBER)$/, 'DEVICE_ID'],
  [/^VIETNAM_CCCD$/, 'VN_CCCD'],
  [/^PASSPORT_(UK|US)$/, 'PASSPORT_NUMBER'],
  [/^(USERNAME|SOCIAL_MEDIA_HANDLE)$/, 'ONLINE_ACCOUNT'],
  [/(_API_KEY|_SECRET_KEY|_TOKEN|^GENERIC_SECRET|^PRIVATE_KEY|^SSH_PRIVATE_KEY|^OAUTH_CLIENT_SECRET)$/, 'CREDENTIALS'],
];

export const name = 'openredaction';
export const packages = ['@openredaction/openredaction'];

/**
 * The pdpguard types this tool claims for any country (README: e-mail, phones, names, addresses,
 * dates of birth, passports, cards, bank accounts, IPs, device ids, usernames, API keys) plus the
 * one Vietnamese pattern it has (VIETNAM_CCCD). Country-specific patterns of other countries (UK
 * driving licence, US tax id, ...) are not claims about Vietnamese data and are left out.
 */
export const claims = [
  'EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON_NAME', 'ADDRESS', 'DATE_OF_BIRTH', 'PASSPORT_NUMBER',
  'PAYMENT_CARD', 'BANK_ACCOUNT', 'IP_ADDRESS', 'DEVICE_ID', 'ONLINE_ACCOUNT', 'CREDENTIALS', 'VN_CCCD',
];

export function load(require) {
  const { OpenRedaction } = require('@openredaction/openredaction');
  // Defaults, except the learning store, which would write .openredaction/ into the working folder.
  const detector = new OpenRedaction({ enableLearning: false });
  const stats = { detections: 0, unmapped: 0, repositioned: 0, lost: 0 };
  return {
    stats,
    /** The tool's normal call: detection plus redaction of one text. */
    run: (text) => detector.detect(text).redacted.length,
    /** Spans {start, end, type} in UTF-16 offsets of text, pdpguard types only. */
    spans(text) {
      const out = [];
      for (const d of detector.detect(text).detections) {
        stats.detections++;
        const type = mapType(d.type);
        if (!type) {
          stats.unmapped++;
          continue;
        }
        let [start, end] = d.position;
        if (text.slice(start, end) !== d.value) {
          // Positions are of the whole match for some patterns; find the reported value instead.
          const at = text.indexOf(d.value, Math.max(0, start - 200));
          if (at < 0) {
            stats.lost++;
            continue;
          }
          stats.repositioned++;
          start = at;
          end = at + d.value.length;
        }
        out.push({ start, end, type });
      }
      return out;
    },
  };
}

function mapType(type) {
  for (const [re, to] of TYPES) {
    if (re.test(type)) return to;
  }
  return null;
}
