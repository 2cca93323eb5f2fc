// The marketplace icon: package.json points at a real 128x128 PNG (vsce rejects a missing or SVG icon).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers';

test('package.json icon is a valid 128x128 RGBA PNG with visible pixels', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.icon, 'images/icon.png');
  const png = fs.readFileSync(path.join(ROOT, manifest.icon));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + len)]);
    at += 12 + len;
  }
  const ihdr = chunks.get('IHDR')![0];
  assert.equal(ihdr.readUInt32BE(0), 128);
  assert.equal(ihdr.readUInt32BE(4), 128);
  assert.equal(ihdr[9], 6, 'RGBA');
  assert.ok(chunks.has('IEND'));
  const raw = zlib.inflateSync(Buffer.concat(chunks.get('IDAT')!));
  assert.equal(raw.length, 128 * (1 + 128 * 4));
  let opaque = 0;
  for (let y = 0; y < 128; y++) for (let x = 0; x < 128; x++) if (raw[y * 513 + 1 + x * 4 + 3] === 255) opaque++;
  assert.ok(opaque > 128 * 128 * 0.8, `only ${opaque} opaque pixels`);
});

test('images/icon.png is what scripts/make-icon.mjs draws', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icon.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});
