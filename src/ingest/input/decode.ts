import { NewsgraphError } from "../../domain/errors.ts";

/** Input that cannot be read as an article: binary, an unknown encoding, empty, a field of the wrong type. */
export class ArticleInputError extends NewsgraphError {
  override name = "ArticleInputError";
  constructor(message: string) {
    super("BAD_USER_INPUT", message);
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const UTF32LE_BOM = [0xff, 0xfe, 0x00, 0x00];
const UTF32BE_BOM = [0x00, 0x00, 0xfe, 0xff];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

/** The encoding a byte order mark announces (UTF-8 when there is none). */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be";

/**
 * The encoding of a file from its first bytes: a UTF-8 or UTF-16 byte order mark, else UTF-8.
 * UTF-32 is refused (no reader of news text writes it; it is more likely a binary file).
 */
export function encodingOf(head: Uint8Array): TextEncodingName {
  if (startsWith(head, UTF32LE_BOM) || startsWith(head, UTF32BE_BOM)) {
    throw new ArticleInputError("UTF-32 text is not supported; save the file as UTF-8");
  }
  if (startsWith(head, UTF16LE_BOM)) return "utf-16le";
  if (startsWith(head, UTF16BE_BOM)) return "utf-16be";
  return "utf-8";
}

/**
 * Text of an input file: UTF-8 (with or without a byte order mark) or UTF-16 with its byte order
 * mark, the mark removed. Anything else is refused with a message that says what it looks like:
 * NUL bytes mean binary content (an image, a PDF, a word-processor file), invalid UTF-8 another
 * encoding (Latin-1, Windows-1252) to convert first.
 */
export function decodeText(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes);
  const bom = encoding === "utf-8" ? (startsWith(bytes, UTF8_BOM) ? 3 : 0) : 2;
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    if ((bytes.length - bom) % 2 !== 0) {
      throw new ArticleInputError("not valid UTF-16: the text has an odd number of bytes");
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom));
  } catch {
    throw notText(bytes);
  }
  checkNotBinary(text);
  return text;
}

/** Refuses decoded text that holds NUL characters: what text files never contain. */
export function checkNotBinary(text: string): void {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    throw new ArticleInputError(
      `binary content (a NUL byte at character ${nul}): not a text, Markdown, HTML or JSON article`,
    );
  }
}

function notText(bytes: Uint8Array): ArticleInputError {
  if (bytes.includes(0)) {
    return new ArticleInputError(
      "binary content (NUL bytes): not a text, Markdown, HTML or JSON article",
    );
  }
  return new ArticleInputError(
    "not UTF-8 text (and no UTF-16 byte order mark); convert the file to UTF-8",
  );
}

/**
 * Decodes a stream of chunks (a JSON Lines file) by the same rules, chunk by chunk: the file is
 * never held in memory whole.
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    let bytes = chunk;
    if (!decoder) {
      // Four bytes decide the encoding (a UTF-32 mark is four long).
      head = concat(head, bytes);
      if (head.length < 4) continue;
      const encoding = encodingOf(head);
      const bom = encoding === "utf-8" ? (startsWith(head, UTF8_BOM) ? 3 : 0) : /* UTF-16 mark */ 2;
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
      bytes = head.subarray(bom);
    }
    yield decodeChunk(decoder, bytes, true);
  }
  if (!decoder) {
    const encoding = encodingOf(head);
    const bom = encoding === "utf-8" ? (startsWith(head, UTF8_BOM) ? 3 : 0) : 2;
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    head = head.subarray(bom);
    if (head.length > 0) yield decodeChunk(decoder, head, true);
  }
  yield decodeChunk(decoder, new Uint8Array(0), false);
}

function decodeChunk(decoder: TextDecoder, bytes: Uint8Array, stream: boolean): string {
  let text: string;
  try {
    text = decoder.decode(bytes, { stream });
  } catch {
    throw notText(bytes);
  }
  checkNotBinary(text);
  return text;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
