/**
 * A QR code (ISO/IEC 18004, model 2) for a text: the modules of the square, row by row,
 * `true` for dark. Framework-free, so any UI can draw the TOTP setup's `otpauth://` URI
 * (mfa-react draws it as one SVG path). Written for the kit instead of a QR library: it
 * needs one thing — byte mode at error-correction level L, the level authenticator-app
 * QR codes have always been shown at here — and a library doing every mode and level cost
 * a settings page about 9 kB min+gzip; this, about 2 kB.
 */

/** Error-correction codewords in each block, per version 1–40, at level L. */
const EC_PER_BLOCK = [
  7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26,
  28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
];
/** Blocks the codewords are split into, per version 1–40, at level L. */
const BLOCKS = [
  1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15,
  16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
];
/** Level L's two bits in the format information. */
const LEVEL_L = 1;

/** The longest text (in UTF-8 bytes) a QR code holds in byte mode at level L. */
export const QR_CODE_MAX_BYTES = 2953;

/** The dark modules of a QR code for `text`, row by row. Throws a RangeError past 2953 UTF-8 bytes. */
export function encodeQrCode(text: string): boolean[][] {
  const bytes = new TextEncoder().encode(text);
  const version = smallestVersion(bytes.length);
  const codewords = withErrorCorrection(dataCodewords(bytes, version), version);
  const grid = new Grid(version);
  grid.placeData(codewords);
  let best: Uint8Array = grid.dark;
  let bestPenalty = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 8; mask++) {
    const candidate = grid.masked(mask);
    const score = penalty(candidate, grid.size);
    if (score < bestPenalty) [best, bestPenalty] = [candidate, score];
  }
  return Array.from({ length: grid.size }, (_, y) =>
    Array.from({ length: grid.size }, (_, x) => best[y * grid.size + x] === 1),
  );
}

// ------------------------------------------------------------------------- capacity

/** All codewords a version holds: its modules less the function patterns, over 8. */
function totalCodewords(version: number): number {
  let modules = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const alignments = Math.floor(version / 7) + 2;
    modules -= (25 * alignments - 10) * alignments - 55;
    if (version >= 7) modules -= 36;
  }
  return Math.floor(modules / 8);
}

function dataCapacity(version: number): number {
  const index = version - 1;
  return totalCodewords(version) - (EC_PER_BLOCK[index] ?? 0) * (BLOCKS[index] ?? 0);
}

/** Bits of the byte-mode length field. */
const countBits = (version: number) => (version < 10 ? 8 : 16);

function smallestVersion(byteCount: number): number {
  for (let version = 1; version <= 40; version++) {
    if (4 + countBits(version) + 8 * byteCount <= 8 * dataCapacity(version)) return version;
  }
  throw new RangeError(`A QR code holds at most ${QR_CODE_MAX_BYTES} bytes.`);
}

// --------------------------------------------------------------------------- codewords

/** Mode, length, the bytes, a terminator, then the standard's padding to capacity. */
function dataCodewords(bytes: Uint8Array, version: number): number[] {
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let bit = length - 1; bit >= 0; bit--) bits.push((value >>> bit) & 1);
  };
  put(0b0100, 4); // byte mode
  put(bytes.length, countBits(version));
  for (const byte of bytes) put(byte, 8);
  const capacityBits = 8 * dataCapacity(version);
  put(0, Math.min(4, capacityBits - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const codewords: number[] = [];
  for (let at = 0; at < bits.length; at += 8) {
    codewords.push(bits.slice(at, at + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  }
  for (let pad = 0xec; codewords.length < capacityBits / 8; pad ^= 0xec ^ 0x11) {
    codewords.push(pad);
  }
  return codewords;
}

/** Product in GF(256) modulo x⁸ + x⁴ + x³ + x² + 1, the field QR codes use. */
function multiply(a: number, b: number): number {
  let product = 0;
  for (let bit = 7; bit >= 0; bit--) {
    product = (product << 1) ^ ((product >>> 7) * 0x11d);
    if ((b >>> bit) & 1) product ^= a;
  }
  return product;
}

/** (x − α⁰)(x − α¹)…(x − α^(degree−1)), highest power first. */
function generatorPolynomial(degree: number): number[] {
  let polynomial = [1];
  for (let root = 1, i = 0; i < degree; i++, root = multiply(root, 2)) {
    const next = new Array<number>(polynomial.length + 1).fill(0);
    polynomial.forEach((coefficient, j) => {
      next[j] = (next[j] ?? 0) ^ coefficient;
      next[j + 1] = (next[j + 1] ?? 0) ^ multiply(coefficient, root);
    });
    polynomial = next;
  }
  return polynomial;
}

/** The Reed–Solomon codewords of `data`: the remainder of data·x^degree by the generator. */
function reedSolomon(data: number[], generator: number[]): number[] {
  const remainder = new Array<number>(generator.length - 1).fill(0);
  for (const byte of data) {
    const factor = byte ^ (remainder.shift() ?? 0);
    remainder.push(0);
    remainder.forEach((value, i) => {
      remainder[i] = value ^ multiply(generator[i + 1] ?? 0, factor);
    });
  }
  return remainder;
}

/** Splits the data into blocks, adds each block's error correction, and interleaves them. */
function withErrorCorrection(data: number[], version: number): number[] {
  const blockCount = BLOCKS[version - 1] ?? 1;
  const ecLength = EC_PER_BLOCK[version - 1] ?? 0;
  const generator = generatorPolynomial(ecLength);
  const shortLength = Math.floor(data.length / blockCount);
  const longBlocks = data.length % blockCount;
  const blocks: number[][] = [];
  for (let i = 0, at = 0; i < blockCount; i++) {
    const length = shortLength + (i >= blockCount - longBlocks ? 1 : 0);
    blocks.push(data.slice(at, at + length));
    at += length;
  }
  const corrections = blocks.map((block) => reedSolomon(block, generator));
  const interleaved: number[] = [];
  for (const group of [blocks, corrections]) {
    for (let i = 0; i < shortLength + 1 || i < ecLength; i++) {
      for (const block of group) if (i < block.length) interleaved.push(block[i] as number);
    }
  }
  return interleaved;
}

// ------------------------------------------------------------------------------ grid

/** The eight mask patterns: whether to invert the data module at column x, row y. */
const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(y / 2) + Math.floor(x / 3)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** `data` followed by its BCH check bits (the remainder by `generator`), as one number. */
function withBch(data: number, generator: number, checkBits: number): number {
  let remainder = data;
  for (let i = 0; i < checkBits; i++) {
    remainder = (remainder << 1) ^ ((remainder >>> (checkBits - 1)) * generator);
  }
  return (data << checkBits) | (remainder & ((1 << checkBits) - 1));
}

class Grid {
  readonly size: number;
  /** 1 for dark, row-major. */
  readonly dark: Uint8Array;
  /** 1 where a function pattern (finder, timing, alignment, format, version) sits. */
  private readonly fixed: Uint8Array;

  constructor(version: number) {
    this.size = 4 * version + 17;
    this.dark = new Uint8Array(this.size * this.size);
    this.fixed = new Uint8Array(this.size * this.size);
    const last = this.size - 1;
    for (let i = 0; i < this.size; i++) {
      this.setFixed(6, i, i % 2 === 0);
      this.setFixed(i, 6, i % 2 === 0);
    }
    // Finders with their light separators: rings at distance 0–1 and 3 are dark.
    for (const [cx, cy] of [
      [3, 3],
      [last - 3, 3],
      [3, last - 3],
    ] as const) {
      this.square(cx, cy, 4, (ring) => ring !== 2 && ring !== 4);
    }
    const centres = alignmentCentres(version, this.size);
    for (const cx of centres) {
      for (const cy of centres) {
        const onFinder =
          (cx === 6 && cy === 6) || (cx === 6 && cy === last - 6) || (cx === last - 6 && cy === 6);
        if (!onFinder) this.square(cx, cy, 2, (ring) => ring !== 1);
      }
    }
    // Reserve the format areas (drawn per mask) and set the one always-dark module.
    for (let i = 0; i < 9; i++) {
      if (i === 6) continue; // the timing patterns cross there
      this.setFixed(8, i, false);
      this.setFixed(i, 8, false);
    }
    for (let i = 0; i < 8; i++) {
      this.setFixed(last - i, 8, false);
      this.setFixed(8, last - i, false);
    }
    this.setFixed(8, this.size - 8, true);
    if (version >= 7) {
      const bits = withBch(version, 0x1f25, 12);
      for (let i = 0; i < 18; i++) {
        const a = this.size - 11 + (i % 3);
        const b = Math.floor(i / 3);
        this.setFixed(a, b, ((bits >>> i) & 1) === 1);
        this.setFixed(b, a, ((bits >>> i) & 1) === 1);
      }
    }
  }

  private setFixed(x: number, y: number, dark: boolean): void {
    this.dark[y * this.size + x] = dark ? 1 : 0;
    this.fixed[y * this.size + x] = 1;
  }

  /** The square of `radius` around (cx, cy), dark where `isDark(ring)` (ring: Chebyshev distance). */
  private square(cx: number, cy: number, radius: number, isDark: (ring: number) => boolean): void {
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && y >= 0 && x < this.size && y < this.size) {
          this.setFixed(x, y, isDark(Math.max(Math.abs(dx), Math.abs(dy))));
        }
      }
    }
  }

  /**
   * The codewords' bits, most significant first, in two-module-wide columns from the
   * bottom right, up then down, skipping the vertical timing column; leftover modules stay light.
   */
  placeData(codewords: number[]): void {
    let bit = 0;
    for (let right = this.size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      const upward = ((right + 1) & 2) === 0;
      for (let step = 0; step < this.size; step++) {
        const y = upward ? this.size - 1 - step : step;
        for (const x of [right, right - 1]) {
          const at = y * this.size + x;
          if (this.fixed[at]) continue;
          const codeword = codewords[bit >>> 3] ?? 0;
          this.dark[at] = (codeword >>> (7 - (bit & 7))) & 1;
          bit++;
        }
      }
    }
  }

  /** A copy with `mask` applied to the data modules and the format information drawn for it. */
  masked(mask: number): Uint8Array {
    const size = this.size;
    const result = this.dark.slice();
    const invert = MASKS[mask] as (x: number, y: number) => boolean;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const at = y * size + x;
        if (!this.fixed[at] && invert(x, y)) result[at] = 1 - (result[at] as number);
      }
    }
    const format = withBch((LEVEL_L << 3) | mask, 0x537, 10) ^ 0x5412;
    const set = (x: number, y: number, i: number) => {
      result[y * size + x] = (format >>> i) & 1;
    };
    for (let i = 0; i < 15; i++) {
      // Around the top-left finder: along column 8 (bits 0–7), then row 8 (bits 8–14).
      if (i < 6) set(8, i, i);
      else if (i < 8) set(8, i + 1, i);
      else if (i === 8) set(7, 8, i);
      else set(14 - i, 8, i);
      // The copy: row 8 at the top right (bits 0–7), column 8 at the bottom left (8–14).
      if (i < 8) set(size - 1 - i, 8, i);
      else set(8, size - 15 + i, i);
    }
    return result;
  }
}

/** Centres of the alignment patterns along each axis (none in version 1). */
function alignmentCentres(version: number, size: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = version === 32 ? 26 : Math.ceil((size - 13) / (2 * count - 2)) * 2;
  const centres = [6];
  for (let at = size - 7; centres.length < count; at -= step) centres.splice(1, 0, at);
  return centres;
}

// --------------------------------------------------------------------------- penalty

/**
 * The standard's score of how hard a masked symbol is to read: long runs, 2×2 blocks,
 * finder look-alikes, and an uneven share of dark modules. The lowest score's mask is used.
 */
function penalty(dark: Uint8Array, size: number): number {
  let score = 0;
  const at = (x: number, y: number) => dark[y * size + x] ?? 0;
  for (const transpose of [false, true]) {
    for (let a = 0; a < size; a++) {
      const line = Array.from({ length: size }, (_, b) => (transpose ? at(a, b) : at(b, a)));
      let run = 1;
      for (let b = 1; b <= size; b++) {
        if (b < size && line[b] === line[b - 1]) {
          run++;
          continue;
        }
        if (run >= 5) score += run - 2;
        run = 1;
      }
      const text = line.join('');
      for (const pattern of ['10111010000', '00001011101']) {
        for (let from = text.indexOf(pattern); from >= 0; from = text.indexOf(pattern, from + 1)) {
          score += 40;
        }
      }
    }
  }
  for (let y = 0; y + 1 < size; y++) {
    for (let x = 0; x + 1 < size; x++) {
      const colour = at(x, y);
      if (colour === at(x + 1, y) && colour === at(x, y + 1) && colour === at(x + 1, y + 1)) {
        score += 3;
      }
    }
  }
  const darkCount = dark.reduce((sum, module) => sum + module, 0);
  score += 10 * Math.floor(Math.abs(darkCount * 20 - size * size * 10) / (size * size));
  return score;
}
