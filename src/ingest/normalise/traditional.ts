import { buildTraditionalTable, openccConverter, readStoredTable, type Convert } from './traditional-table.js';

/**
 * Traditional → simplified conversion that keeps lengths, so the offset map stays one-to-one.
 *
 * opencc-js converts by phrase (乾燥 → 干燥 but 乾隆 stays), which is right, but it costs ~17 MB/s; most
 * reports are already simplified, so a text is converted only when it holds a character that a
 * conversion would change (the table the build stores, see traditional-table.ts), and opencc is loaded
 * only then. A phrase conversion that changes length is rare; the chunk holding it is then converted
 * character by character instead.
 */
let converter: Convert | undefined;
/** One byte per BMP code unit: 1 where conversion changes the character on its own. */
let traditional: Uint8Array | undefined;

function convert(): Convert {
  converter ??= openccConverter();
  return converter;
}

function traditionalTable(): Uint8Array {
  traditional ??= readStoredTable() ?? buildTraditionalTable(convert());
  return traditional;
}

export function hasTraditional(text: string): boolean {
  const table = traditionalTable();
  for (let i = 0; i < text.length; i++) {
    if (table[text.charCodeAt(i)] === 1) return true;
  }
  return false;
}

/**
 * Converts traditional characters to simplified, returning a string of exactly the same length.
 * Repeated until stable: OpenCC maps a few characters in two steps (薴 → 苧 → 苎), and normalising
 * must be idempotent so that a draft and a source meet in the same form.
 */
export function toSimplified(text: string): string {
  let current = text;
  for (let round = 0; round < 3 && hasTraditional(current); round++) {
    const next = convertOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

function convertOnce(text: string): string {
  const whole = convert()(text);
  if (whole.length === text.length) return whole;
  return text
    .split(/(?<=[\n。！？；])/u)
    .map((chunk) => {
      const converted = convert()(chunk);
      if (converted.length === chunk.length) return converted;
      return Array.from(chunk, (c) => {
        const one = convert()(c);
        return one.length === c.length ? one : c;
      }).join('');
    })
    .join('');
}
