import type { Problem } from '../../domain/problem.ts';

/** Documents larger than this are refused by size, before a byte is read. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/**
 * Decodes bytes as UTF-8 text, refusing what is not text: an empty file, a binary file (NUL bytes
 * or many control characters), or invalid UTF-8 (with the line and byte offset of the first bad byte).
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  what = 'a document',
): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { ok: false, problems: [{ file, message: `the file is empty: ${what} needs text` }] };
  }
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head)
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) control++;
  if (head.includes(0) || control > head.length / 100) {
    const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
    return {
      ok: false,
      problems: [
        {
          file,
          message: pdf
            ? 'this is a PDF file: name it .pdf to import it as one'
            : 'this is a binary file, not text (it holds NUL or control bytes)',
        },
      ],
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    return { ok: true, text };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, offset).filter((b) => b === 0x0a).length;
    return {
      ok: false,
      problems: [
        {
          file,
          line,
          message: `invalid UTF-8 at byte ${offset}: save the file as UTF-8 (it may be Shift_JIS, GBK or Latin-1)`,
        },
      ],
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Binary search on prefixes; streaming leaves a sequence cut at the prefix's end pending, not failed.
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}
