/**
 * Mammoth's HTML → the plain text of a `.docx` and its blocks. The text is the blocks joined by `\n`, in
 * document order: paragraphs, headings (`h1`–`h6`, level from the tag), list items, each table row as one
 * line with its cells joined by `\t`, and the footnotes and endnotes last, each as `[注n] …`. A note
 * reference in the body becomes `[注n]` too, so a mark and its note read alike.
 */
import type { Block, BlockKind } from '../../model.js';
import { type HtmlToken, tokenizeHtml } from './html-tokens.js';
import { TextBuilder } from './text-builder.js';

export interface DocxText {
  readonly text: string;
  readonly blocks: readonly Block[];
  /** Text of the first paragraph in Word's Title style, if any (a fallback for `meta.title`). */
  readonly title: string | null;
}

/** The class the style map gives paragraphs in Word's Title style. */
export const TITLE_CLASS = 'wc-title';

const BLOCK_KIND: Readonly<Record<string, BlockKind>> = { p: 'paragraph', li: 'list-item' };
const NOTE_ID = /^(?:footnote|endnote)-\d+$/u;
const NOTE_REF_ID = /^(?:footnote|endnote)-ref-\d+$/u;
const BACK_LINK = /^#(?:footnote|endnote|comment)-ref-/u;
const noteMarker = (n: number): string => `[注${n}]`;

interface Open {
  readonly kind: BlockKind;
  readonly level?: number;
  text: string;
  readonly title: boolean;
}

export function blocksFromHtml(html: string): DocxText {
  const out = new TextBuilder();
  const notes: { marker: string; text: string }[] = [];
  const noteNumbers = new Map<string, number>();
  let title: string | null = null;
  let open: Open | null = null;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  let note: { id: string; text: string; depth: number } | null = null;
  let noteRef: { target: string; text: string; depth: number } | null = null;
  let hiddenAt: number | null = null; // depth of a note's back link (↑) or mammoth's comment list
  let depth = 0;

  const emit = (): void => {
    if (open && open.text.trim() !== '') {
      out.add(open.text.trim(), open.kind, open.level);
      if (open.title && title === null) title = open.text.trim();
    }
    open = null;
  };
  const append = (text: string, lineBreak = false): void => {
    if (hiddenAt !== null) return;
    if (noteRef) noteRef.text += text;
    else if (note) note.text += lineBreak ? ' ' : text;
    else if (cell !== null) cell += lineBreak ? ' ' : text;
    else if (tableDepth === 0) (open ??= { kind: 'paragraph', text: '', title: false }).text += text;
  };

  const onOpen = (token: Extract<HtmlToken, { type: 'open' }>): void => {
    const { name, attributes } = token;
    const id = attributes.get('id') ?? '';
    if (hiddenAt !== null) return;
    if (name === 'dl' || (name === 'a' && BACK_LINK.test(attributes.get('href') ?? ''))) hiddenAt = depth;
    else if (name === 'a' && NOTE_REF_ID.test(id)) noteRef = { target: (attributes.get('href') ?? '').slice(1), text: '', depth };
    else if (name === 'li' && NOTE_ID.test(id)) note = { id, text: '', depth };
    else if (name === 'br') append('\n', true);
    else if (note) {
      if (name === 'p' && note.text !== '') note.text += ' ';
    } else if (name === 'table') {
      if (tableDepth++ === 0) emit();
      else if (cell !== null) cell += ' ';
    } else if (tableDepth > 0) {
      if (tableDepth === 1 && name === 'tr') row = [];
      else if (tableDepth === 1 && (name === 'td' || name === 'th')) cell = '';
      else if (cell !== null && cell !== '' && !cell.endsWith(' ')) cell += ' ';
    } else if (/^h[1-6]$/u.test(name)) {
      emit();
      open = { kind: 'heading', level: Number(name[1]), text: '', title: false };
    } else if (name === 'p' || name === 'li') {
      emit();
      open = { kind: BLOCK_KIND[name]!, text: '', title: (attributes.get('class') ?? '').split(/\s+/u).includes(TITLE_CLASS) };
    } else if (name === 'ul' || name === 'ol') {
      emit(); // a nested list ends the text of the item that holds it
    }
  };

  const onClose = (name: string): void => {
    if (hiddenAt !== null) {
      if (depth === hiddenAt) hiddenAt = null;
    } else if (noteRef && depth === noteRef.depth) {
      const n = Number(/\d+/u.exec(noteRef.text)?.[0] ?? noteNumbers.size + 1);
      noteNumbers.set(noteRef.target, n);
      const marker = noteMarker(n);
      noteRef = null;
      append(marker);
    } else if (name === 'li' && note && depth === note.depth) {
      const n = noteNumbers.get(note.id) ?? notes.length + 1;
      notes.push({ marker: noteMarker(n), text: note.text.trim() });
      note = null;
    } else if (note) {
      return;
    } else if (name === 'table') {
      tableDepth = Math.max(0, tableDepth - 1);
    } else if (tableDepth === 1 && (name === 'td' || name === 'th') && cell !== null) {
      row?.push(cell.replace(/[\t\n]/gu, ' ').trim()); // a tab inside a cell would look like a cell boundary
      cell = null;
    } else if (tableDepth === 1 && name === 'tr' && row) {
      if (row.some((text) => text !== '')) out.add(row.join('\t'), 'table-row');
      row = null;
    } else if (tableDepth === 0 && (name === 'p' || name === 'li' || /^h[1-6]$/u.test(name))) {
      emit();
    }
  };

  for (const token of tokenizeHtml(html)) {
    if (token.type === 'text') append(token.text);
    else if (token.type === 'open') {
      onOpen(token);
      depth++;
    } else {
      depth--;
      onClose(token.name);
    }
  }
  emit();
  for (const { marker, text } of notes) out.add(`${marker} ${text}`, 'footnote');
  return { ...out.result(), title };
}
