import { Secret } from 'otpauth';
import { RingBuffer } from './ring-buffer.ts';

// Turns the backend's in-memory state into JSON and back, so a page can keep the mock
// across reloads (the demo stores it in localStorage). Generic on purpose: plain objects,
// arrays, Maps, Sets, bytes, settled promises, infinities and extractable CryptoKeys
// round-trip without the state's owners writing anything. A value it cannot represent (a
// function, a class it does not know) throws with its path, so a new field that would be
// silently lost on reload fails the round-trip test instead.

/** What `JSON.stringify` can carry unchanged. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Class instances stored by a few fields of their own. */
interface ClassCodec {
  tag: string;
  matches(value: object): boolean;
  encode(value: object): Json;
  decode(data: Json): object;
}

const classCodecs: ClassCodec[] = [
  {
    // otpauth's secret caches its encodings as read-only fields; the bytes are enough.
    tag: 'otpauth.Secret',
    matches: (value) => value instanceof Secret,
    encode: (value) => (value as Secret).base32,
    decode: (data) => Secret.fromBase32(String(data)),
  },
];

/**
 * Classes whose instances are nothing but their own data fields: stored as those fields,
 * brought back onto the class's prototype (so their methods work again).
 */
const dataClasses: Record<string, object> = {
  RingBuffer: RingBuffer.prototype,
};

const TAG = '$persisted';

function tagged(type: string, data: Json): Json {
  return { [TAG]: type, data };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A JSON-safe copy of `value`; promises are awaited (the state only holds settled ones). */
export async function encodeState(value: unknown, path = 'state'): Promise<Json> {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value === undefined) return tagged('undefined', null);
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : tagged('number', String(value));
  }
  if (typeof value !== 'object') {
    throw new TypeError(`mfa-mock: cannot persist the ${typeof value} at ${path}`);
  }
  if (Array.isArray(value)) {
    return Promise.all(value.map((item, index) => encodeState(item, `${path}[${index}]`)));
  }
  if (value instanceof Promise) return tagged('promise', await encodeState(await value, path));
  if (value instanceof Map) {
    const entries: Json[] = [];
    for (const [key, item] of value) {
      entries.push([await encodeState(key, path), await encodeState(item, `${path}.${key}`)]);
    }
    return tagged('map', entries);
  }
  if (value instanceof Set) return tagged('set', await encodeState([...value], path));
  if (value instanceof Uint8Array) return tagged('bytes', toBase64(value));
  if (value instanceof ArrayBuffer) return tagged('buffer', toBase64(new Uint8Array(value)));
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) {
    if (!value.extractable) {
      throw new TypeError(`mfa-mock: the CryptoKey at ${path} must be extractable to persist`);
    }
    const jwk = (await crypto.subtle.exportKey('jwk', value)) as Json;
    return tagged('cryptoKey', {
      jwk,
      algorithm: value.algorithm as unknown as Json,
      usages: value.usages,
    });
  }
  const codec = classCodecs.find((candidate) => candidate.matches(value));
  if (codec) return tagged(codec.tag, codec.encode(value));
  const prototype = Object.getPrototypeOf(value);
  const dataClass = Object.keys(dataClasses).find((name) => dataClasses[name] === prototype);
  if (prototype !== Object.prototype && prototype !== null && !dataClass) {
    throw new TypeError(`mfa-mock: cannot persist the ${prototype.constructor?.name} at ${path}`);
  }
  const out: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = await encodeState(item, `${path}.${key}`);
  }
  return dataClass ? tagged(`class:${dataClass}`, out) : out;
}

/** The value `encodeState` was given. Promises come back as resolved promises. */
export async function decodeState(data: Json): Promise<unknown> {
  return (await decode(data)).value;
}

/** Decoded values travel boxed, so an `await` never unwraps a decoded promise. */
interface Box {
  value: unknown;
}

async function decode(data: Json): Promise<Box> {
  if (data === null || typeof data !== 'object') return { value: data };
  if (Array.isArray(data)) {
    return { value: (await Promise.all(data.map(decode))).map((box) => box.value) };
  }
  const type = data[TAG];
  if (typeof type !== 'string') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(data)) out[key] = (await decode(item)).value;
    return { value: out };
  }
  const inner = data.data ?? null;
  switch (type) {
    case 'undefined':
      return { value: undefined };
    case 'number':
      return { value: Number(inner) };
    case 'promise':
      return { value: Promise.resolve((await decode(inner)).value) };
    case 'map': {
      const entries: [unknown, unknown][] = [];
      for (const [key, item] of inner as [Json, Json][]) {
        entries.push([(await decode(key)).value, (await decode(item)).value]);
      }
      return { value: new Map(entries) };
    }
    case 'set':
      return { value: new Set((await decode(inner)).value as unknown[]) };
    case 'bytes':
      return { value: fromBase64(String(inner)) };
    case 'buffer':
      return { value: fromBase64(String(inner)).buffer };
    case 'cryptoKey': {
      const { jwk, algorithm, usages } = inner as unknown as {
        jwk: JsonWebKey;
        algorithm: AlgorithmIdentifier;
        usages: KeyUsage[];
      };
      return { value: await crypto.subtle.importKey('jwk', jwk, algorithm, true, usages) };
    }
    default: {
      const prototype = dataClasses[type.replace(/^class:/, '')];
      if (type.startsWith('class:') && prototype) {
        const fields = (await decode(inner)).value as Record<string, unknown>;
        const instance = Object.create(prototype) as Record<string, unknown>;
        for (const [key, item] of Object.entries(fields)) {
          Object.defineProperty(instance, key, { value: item, writable: true, enumerable: true });
        }
        return { value: instance };
      }
      const codec = classCodecs.find((candidate) => candidate.tag === type);
      if (!codec) throw new TypeError(`mfa-mock: unknown persisted type ${type}`);
      return { value: codec.decode(inner) };
    }
  }
}
