import { inflateRawSync } from 'node:zlib';

/** Limits a workbook must stay within before a spreadsheet library is allowed to open it. */
export interface ZipLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total size of all entries once decompressed, in bytes. */
  maxUncompressedBytes: number;
  maxEntries: number;
}

export const WORKBOOK_LIMITS: ZipLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 5000,
};

export class ZipRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipRefusal';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

function describeNonZip(buf: Buffer): string {
  const head = buf.subarray(0, 512).toString('utf8');
  if (/^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(head) && /[,;\t]/.test(head)) {
    return 'is a text (CSV) file, not an Excel workbook; save it as .xlsx from a spreadsheet program';
  }
  if (buf.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    return 'is an old binary Excel file (.xls); save it as .xlsx';
  }
  return 'is not an .xlsx workbook (an .xlsx file is a zip archive and this one does not start like one)';
}

/**
 * Checks that `buf` is a complete zip archive whose entries decompress within the limits, by walking the
 * central directory and actually inflating every entry with a hard output cap (declared sizes can lie).
 * Throws ZipRefusal with a message a user can act on: not a zip, truncated, too large, a zip bomb.
 * Returns the decompressed entries whose names `keep` accepts, so a reader need not unzip them again.
 */
export function checkZip(
  buf: Buffer,
  limits: ZipLimits = WORKBOOK_LIMITS,
  keep: (name: string) => boolean = () => false,
): Map<string, Buffer> {
  const kept = new Map<string, Buffer>();
  if (buf.length > limits.maxFileBytes) {
    throw new ZipRefusal(`is ${buf.length} bytes; the limit is ${limits.maxFileBytes} bytes`);
  }
  if (buf.length < 4 || buf.readUInt32LE(0) !== LOCAL) throw new ZipRefusal(describeNonZip(buf));
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new ZipRefusal('is truncated or damaged: the zip directory at its end is missing');
  const entries = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (entries > limits.maxEntries)
    throw new ZipRefusal(`holds ${entries} entries; the limit is ${limits.maxEntries}`);
  if (dirOffset + dirSize > eocd)
    throw new ZipRefusal('is truncated or damaged: the zip directory points past the data');
  let remaining = limits.maxUncompressedBytes;
  let at = dirOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) {
      throw new ZipRefusal('is truncated or damaged: a zip directory entry is cut short');
    }
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (declared > remaining) {
      throw new ZipRefusal(
        `decompresses past the ${limits.maxUncompressedBytes}-byte limit (entry ${name}); refusing a possible zip bomb`,
      );
    }
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) {
      throw new ZipRefusal(`is truncated or damaged: entry ${name} is missing`);
    }
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + compressed > buf.length)
      throw new ZipRefusal(`is truncated or damaged: entry ${name} is cut short`);
    const data = buf.subarray(dataStart, dataStart + compressed);
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, remaining) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ZipRefusal(
            `decompresses past the ${limits.maxUncompressedBytes}-byte limit (entry ${name}); refusing a possible zip bomb`,
          );
        }
        throw new ZipRefusal(`is damaged: entry ${name} does not decompress (${(error as Error).message})`);
      }
    } else throw new ZipRefusal(`uses an unsupported zip compression method (${method}) for entry ${name}`);
    remaining -= content.length;
    if (keep(name)) kept.set(name, Buffer.from(content));
    if (remaining < 0) {
      throw new ZipRefusal(
        `decompresses past the ${limits.maxUncompressedBytes}-byte limit; refusing a possible zip bomb`,
      );
    }
  }
  return kept;
}
