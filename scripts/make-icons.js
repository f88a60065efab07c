#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-16/32/64/80.png): a green rounded square with a lighter
 * threshold band and a white price line that climbs out of it. Pure Node: shapes are sampled
 * 4×4 per pixel and written with a small PNG encoder (zlib from Node, CRC-32 below).
 *
 *   node scripts/make-icons.js [outDir]
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Buffer } = require('buffer');

const SIZES = [16, 32, 64, 80];
const SUBSAMPLES = 4;
const BACKGROUND = [16, 124, 65]; // Excel green
const BAND = [111, 199, 154];
const LINE = [255, 255, 255];

/** Shapes in a 0..1 square; each returns true when the point is inside. */
function insideRoundedSquare(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideBand(x, y) {
  return x >= 0.12 && x <= 0.88 && y >= 0.5 && y <= 0.68;
}

const LINE_POINTS = [
  [0.14, 0.6],
  [0.36, 0.56],
  [0.56, 0.62],
  [0.86, 0.22],
];

function nearLine(x, y, halfWidth) {
  for (let i = 0; i + 1 < LINE_POINTS.length; i += 1) {
    const [ax, ay] = LINE_POINTS[i];
    const [bx, by] = LINE_POINTS[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    const px = ax + t * dx - x;
    const py = ay + t * dy - y;
    if (px * px + py * py <= halfWidth * halfWidth) return true;
  }
  return false;
}

function colourAt(x, y, size) {
  if (!insideRoundedSquare(x, y)) return null;
  // Keep the line at least ~1.6 px wide on the smallest icon.
  const halfWidth = Math.max(0.05, 0.8 / size);
  if (nearLine(x, y, halfWidth)) return LINE;
  if (insideBand(x, y)) return BAND;
  return BACKGROUND;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy += 1) {
        for (let sx = 0; sx < SUBSAMPLES; sx += 1) {
          const colour = colourAt(
            (px + (sx + 0.5) / SUBSAMPLES) / size,
            (py + (sy + 0.5) / SUBSAMPLES) / size,
            size,
          );
          if (colour) {
            covered += 1;
            for (let c = 0; c < 3; c += 1) sum[c] += colour[c];
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        for (let c = 0; c < 3; c += 1) rgba[offset + c] = Math.round(sum[c] / covered);
      }
      rgba[offset + 3] = Math.round((255 * covered) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An 8-bit RGBA PNG, every scanline with filter 0. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, crc32, SIZES };
