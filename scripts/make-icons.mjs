// Draws the extension icon (a white transfer arrow on a blue rounded square) into PNGs at the
// sizes the manifest names. Run once when the design changes: `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
const BLUE = [29, 78, 216];
const SAMPLES = 4;

function insideRoundedSquare(x, y) {
  const r = 0.22;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

/** A right-pointing arrow: a shaft and a triangular head. */
function insideArrow(x, y) {
  const shaft = x >= 0.2 && x <= 0.58 && Math.abs(y - 0.5) <= 0.09;
  const head = x >= 0.52 && x <= 0.82 && Math.abs(y - 0.5) <= (0.82 - x) * 0.95;
  return shaft || head;
}

function pixel(size, px, py) {
  let bg = 0;
  let fg = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (insideRoundedSquare(x, y)) (insideArrow(x, y) ? fg++ : bg++);
    }
  }
  const total = SAMPLES * SAMPLES;
  const alpha = (bg + fg) / total;
  const white = bg + fg === 0 ? 0 : fg / (bg + fg);
  const rgb = BLUE.map((c) => Math.round(c + (255 - c) * white));
  return [...rgb, Math.round(alpha * 255)];
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0, ...Array.from({ length: size }, (_, x) => pixel(size, x, y)).flat()]));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icons/icon-${size}.png`, png(size));
