// The generated pages of the benchmark, as HTML strings. Each page ends by dispatching
// "bench-page-done" once it has stopped changing: at once for the static pages, after its last
// batch for the live one. Phone numbers per page are known, so coverage can be reported.
import { amountText, dateText, phoneNumberText, seededRandom } from './numbers.mjs';

const CONTACT_ROWS = 10_000;
const PROSE_PARAGRAPHS = 1_750;
const PROSE_NUMBERS = 12;
const LIVE_INITIAL_ROWS = 100;
const LIVE_BATCHES = 50;
const LIVE_BATCH_ROWS = 10;
const LIVE_BATCH_INTERVAL_MS = 100;
// The app starts adding rows a second after load, so the first-load scan and the added rows are
// measured apart.
const LIVE_START_DELAY_MS = 1000;

/** What the page signals when it has stopped changing (see probe.mjs). */
export const PAGE_DONE_EVENT = 'bench-page-done';

const FIRST_NAMES = ['Ana', 'Ben', 'Chloé', 'Diego', 'Emma', 'Farid', 'Grace', 'Hugo', 'Inés', 'Jonas', 'Kenji', 'Lucía'];
const LAST_NAMES = ['Alvarez', 'Brown', 'Chen', 'Dubois', 'Evans', 'Fischer', 'García', 'Hansen', 'Ito', 'Kowalski'];
const STATUSES = ['Open', 'Won', 'Lost', 'Pending', 'Qualified', 'Follow-up'];

/**
 * @typedef {object} BenchPage
 * @property {string} id short key used in the results ("a", "b", "c")
 * @property {string} title
 * @property {string} path where the server serves it
 * @property {string} html
 * @property {number} numbers phone numbers the page holds at the end (one control each, ideally)
 * @property {string} root selector of the content present at load, which the in-page passes walk
 * @property {number} rootNumbers phone numbers under `root` at load, what the in-page passes can find
 * @property {boolean} scrolls whether the run scrolls through the page after measuring its load
 */

/** @returns {BenchPage[]} the three pages, in the order they are measured */
export function generatePages() {
  return [contactTablePage(), prosePage(), livePage()];
}

/** (a) A CRM contact list: every row holds one phone number among ids, dates and amounts. */
function contactTablePage() {
  const random = seededRandom(1);
  const rows = Array.from({ length: CONTACT_ROWS }, (_, index) => contactRow(index, random)).join('');
  return {
    id: 'a',
    title: `${CONTACT_ROWS.toLocaleString('en-US')}-row contact table`,
    path: '/contacts.html',
    html: documentHtml('Contacts', `${tableHtml(rows, '')}${doneScript()}`),
    numbers: CONTACT_ROWS,
    root: 'body',
    rootNumbers: CONTACT_ROWS,
    scrolls: true,
  };
}

/** (b) Long prose, as in a knowledge-base article or an email thread, with a few numbers. */
function prosePage() {
  const random = seededRandom(2);
  const every = Math.floor(PROSE_PARAGRAPHS / PROSE_NUMBERS);
  const paragraphs = Array.from({ length: PROSE_PARAGRAPHS }, (_, index) => {
    const hasNumber = index % every === 0 && index / every < PROSE_NUMBERS;
    return `<p>${paragraph(random, hasNumber ? phoneNumberText(index / every, random) : undefined)}</p>`;
  });
  return {
    id: 'b',
    title: `1 MB of prose, ${PROSE_NUMBERS} numbers`,
    path: '/prose.html',
    html: documentHtml('Article', `<article>${paragraphs.join('')}</article>${doneScript()}`),
    numbers: PROSE_NUMBERS,
    root: 'body',
    rootNumbers: PROSE_NUMBERS,
    scrolls: false,
  };
}

/**
 * (c) A live list: a first screen of rows, then the app adds 10 rows every 100 ms for 5 s, each
 * stamped with its insertion time (data-added-at, the page's performance.now()).
 */
function livePage() {
  const random = seededRandom(3);
  const initial = Array.from({ length: LIVE_INITIAL_ROWS }, (_, index) => contactRow(index, random)).join('');
  const batches = Array.from({ length: LIVE_BATCHES }, (_, batch) =>
    Array.from({ length: LIVE_BATCH_ROWS }, (_, row) => contactRow(LIVE_INITIAL_ROWS + batch * LIVE_BATCH_ROWS + row, random)).join(''),
  );
  return {
    id: 'c',
    title: `live table, +${(LIVE_BATCH_ROWS * 1000) / LIVE_BATCH_INTERVAL_MS} rows/s for ${(LIVE_BATCHES * LIVE_BATCH_INTERVAL_MS) / 1000} s`,
    path: '/live.html',
    html: documentHtml('Live queue', `${tableHtml(initial, '<tbody id="added"></tbody>')}${appenderScript(batches)}`),
    numbers: LIVE_INITIAL_ROWS + LIVE_BATCHES * LIVE_BATCH_ROWS,
    root: '#initial',
    rootNumbers: LIVE_INITIAL_ROWS,
    scrolls: false,
  };
}

/**
 * About 100 characters of text in eight cells, one of them a phone number.
 * @param {number} index
 * @param {() => number} random
 */
function contactRow(index, random) {
  return `<tr>${contactCells(index, random).map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

/**
 * A contact's eight cells.
 * @param {number} index
 * @param {() => number} random
 */
export function contactCells(index, random) {
  const first = pick(FIRST_NAMES, random);
  const last = pick(LAST_NAMES, random);
  return [
    `C-${String(index).padStart(6, '0')}`,
    `${first} ${last}`,
    phoneNumberText(index, random),
    dateText(random),
    amountText(random),
    `ORD-2024-${String(Math.floor(random() * 1e6)).padStart(6, '0')}`,
    pick(STATUSES, random),
    `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
  ];
}

/**
 * @param {string} rows
 * @param {string} extraBody a second tbody for rows added later, or ''
 */
function tableHtml(rows, extraBody) {
  const head = ['Id', 'Name', 'Phone', 'Created', 'Amount', 'Order', 'Status', 'Email'].map((name) => `<th>${name}</th>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody id="initial">${rows}</tbody>${extraBody}</table>`;
}

const WORDS = (
  'the customer asked about renewal terms and the account team agreed to review pricing before the next ' +
  'quarter while support confirmed that the integration was stable after the last release notes were shared ' +
  'with every region and the contract owner will follow up once legal has signed off on the amendment'
).split(' ');

/**
 * About 600 characters of prose. Years and amounts appear now and then, as in real text, so the
 * pre-filters meet digits that are not phone numbers.
 * @param {() => number} random
 * @param {string | undefined} phoneNumber written into the paragraph when given
 */
function paragraph(random, phoneNumber) {
  const words = Array.from({ length: 95 }, () => pick(WORDS, random));
  if (random() < 0.3) words.splice(20, 0, `in ${2010 + Math.floor(random() * 15)}`);
  if (random() < 0.2) words.splice(50, 0, `for ${amountText(random)}`);
  if (phoneNumber) words.splice(60, 0, `call ${phoneNumber} or`);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/**
 * @template T
 * @param {readonly T[]} items
 * @param {() => number} random
 * @returns {T}
 */
function pick(items, random) {
  return items[Math.floor(random() * items.length)];
}

/**
 * @param {string} title
 * @param {string} body
 */
function documentHtml(title, body) {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<title>${title}</title><style>body{font:14px system-ui,sans-serif;margin:8px}td,th{padding:2px 6px}</style>` +
    `</head><body>${body}</body></html>`
  );
}

function doneScript() {
  return `<script>document.dispatchEvent(new Event(${JSON.stringify(PAGE_DONE_EVENT)}));</script>`;
}

/**
 * The live page's app: from a second after load, appends one batch per interval to tbody#added,
 * then signals that it is done.
 * @param {string[]} batches the rows' HTML, one string per batch
 */
function appenderScript(batches) {
  // "</" inside the data would end the script element early.
  const data = JSON.stringify(batches).replaceAll('</', '<\\/');
  return `<script>
const batches = ${data};
const body = document.getElementById('added');
let next = 0;
function addBatch() {
  const template = document.createElement('template');
  template.innerHTML = batches[next];
  const addedAt = performance.now();
  for (const row of template.content.children) row.dataset.addedAt = String(addedAt);
  body.append(template.content);
  next += 1;
  return next < batches.length;
}
addEventListener('load', () => setTimeout(() => {
  const timer = setInterval(() => {
    if (addBatch()) return;
    clearInterval(timer);
    document.dispatchEvent(new Event(${JSON.stringify(PAGE_DONE_EVENT)}));
  }, ${LIVE_BATCH_INTERVAL_MS});
}, ${LIVE_START_DELAY_MS}));
</script>`;
}
