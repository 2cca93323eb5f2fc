// Draws images/icon.png (128x128): a dark rounded square holding a short list whose first bullet is a
// check mark, i.e. a bullet that has been proven. Run: node scripts/make-icon.mjs [--check]
// Writes the PNG bytes by hand (zlib for IDAT) so the icon needs no image library. Not shipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

const BG = [0x1f, 0x26, 0x33];
const WHITE = [0xf5, 0xf7, 0xfa];
const MUTED = [0x9a, 0xa6, 0xb8];
const GREEN = [0x4a, 0xde, 0x80];

// signed distances (negative inside)
const roundedRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const cy = Math.max(y0 + r - y, 0, y - (y1 - r));
  const outside = Math.hypot(cx, cy) - r;
  const inside = Math.max(x0 - x, x - x1, y0 - y, y - y1);
  return cx > 0 && cy > 0 ? outside : inside;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const segment = (x, y, ax, ay, bx, by, halfWidth) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - halfWidth;
};

// shapes drawn in order over the background; the last hit wins
const shapes = [
  { color: GREEN, d: (x, y) => Math.min(segment(x, y, 22, 40, 31, 49, 4.5), segment(x, y, 31, 49, 47, 30, 4.5)) },
  { color: WHITE, d: (x, y) => segment(x, y, 60, 40, 104, 40, 4) },
  { color: MUTED, d: (x, y) => circle(x, y, 34, 66, 6) },
  { color: MUTED, d: (x, y) => segment(x, y, 60, 66, 96, 66, 4) },
  { color: MUTED, d: (x, y) => circle(x, y, 34, 92, 6) },
  { color: MUTED, d: (x, y) => segment(x, y, 60, 92, 86, 92, 4) },
];

function pixel(px, py) {
  let r = 0, g = 0, b = 0, a = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      if (roundedRect(x, y, 4, 4, SIZE - 4, SIZE - 4, 22) > 0) continue; // transparent corner
      let c = BG;
      for (const s of shapes) if (s.d(x, y) <= 0) c = s.color;
      r += c[0]; g += c[1]; b += c[2]; a += 255;
    }
  }
  const n = SAMPLES * SAMPLES;
  // colours are averaged over covered samples only, so edges against transparency do not darken
  const covered = a / 255;
  return covered === 0 ? [0, 0, 0, 0] : [Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round(a / n)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function makeIcon() {
  const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// `--check` compares instead of writing and exits 1 when the committed icon is stale.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = path.join(import.meta.dirname, '..', 'images', 'icon.png');
  if (process.argv.includes('--check')) {
    if (!fs.existsSync(out) || !fs.readFileSync(out).equals(makeIcon())) {
      console.error(`${path.relative(process.cwd(), out)} is stale: run node scripts/make-icon.mjs`);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), out)} is up to date`);
  } else {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, makeIcon());
    console.log(`wrote ${out}`);
  }
}
