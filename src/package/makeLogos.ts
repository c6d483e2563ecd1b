import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** The lane hues of the badge: green, yellow, red, on white. */
const STRIPES: [number, number, number][] = [
  [3, 129, 90],
  [237, 161, 30],
  [204, 51, 64],
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A square RGB PNG: three diagonal lane stripes on white. */
export function makeLogo(size: number): Buffer {
  const rows: Buffer[] = [];
  const margin = Math.round(size * 0.14);
  const band = (size - 2 * margin) / 3;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      let rgb: [number, number, number] = [255, 255, 255];
      const inside = x >= margin && x < size - margin && y >= margin && y < size - margin;
      if (inside) {
        const i = Math.floor((x - margin) / band);
        const gap = (x - margin) % band > band * 0.8;
        const stripe = STRIPES[Math.min(i, 2)];
        if (stripe && !gap) rgb = stripe;
      }
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  writeFileSync('assets/logo.png', makeLogo(320));
  writeFileSync('assets/logo-small.png', makeLogo(128));
}
