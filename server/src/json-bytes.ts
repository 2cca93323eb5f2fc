/**
 * JSON bytes of a value that holds one long list, with the list's elements encoded one by one and
 * every character outside ASCII written as a \uXXXX escape: the same JSON value as
 * `JSON.stringify(value)`, in pure ASCII.
 *
 * Why, measured on a two-page resume's 85 KB of diagnostics (bench/lsp.mjs, its CPU profiles):
 * - the typographic quotes (“…”) in our messages make the JSON a two-byte string, and V8 hands back a
 *   large two-byte JSON.stringify result in pieces that have to be copied together before it can be
 *   encoded: ~1.3 ms, 36% of the server's busy time per edit; element by element (small strings) it is
 *   ~0.75 ms, and with the escapes ~0.85 ms;
 * - the client decodes the bytes to a string and parses it: 1.5 ms for the two-byte text, 0.47 ms for the
 *   same JSON in ASCII (a one-byte string), in vscode-jsonrpc, which most editors' clients are built on.
 * Any JSON parser reads the escapes back to the same characters.
 */

/** Stands for the list while the rest of the value is encoded (a JSON string value, quotes included). */
const MARKER = '\u0001bulletproof-list\u0001';
const MARKER_JSON = JSON.stringify(MARKER);
const NON_ASCII = /[\u0080-\uffff]/g;

/** `\uXXXX` for one UTF-16 code unit (a pair's halves are escaped one by one, as JSON allows). */
function escapeUnit(c: string): string {
  const hex = c.charCodeAt(0).toString(16);
  return '\\u' + '0000'.slice(hex.length) + hex;
}

/** JSON text with every non-ASCII code unit escaped (it is inside strings: JSON has no other place for it). */
export function asciiJson(json: string): string {
  return json.replace(NON_ASCII, escapeUnit);
}

/**
 * ASCII JSON bytes of `value`, with `holder[key]` (which is `list`) encoded element by element, by
 * `element` where it gives a result. `holder` must be the object inside `value` that holds the list
 * under `key`.
 */
export function jsonBytes(value: unknown, holder: object, key: string, list: readonly unknown[], element?: (item: unknown) => string | undefined): Buffer {
  // the value with the list stood in for by the marker (a replacer sees the holding object as `this`)
  const outer = JSON.stringify(value, function (this: unknown, k: string, v: unknown) {
    return this === holder && k === key ? MARKER : v;
  });
  const at = outer.lastIndexOf(MARKER_JSON);
  if (at < 0) return Buffer.from(asciiJson(JSON.stringify(value)), 'latin1');
  // ASCII strings, so one byte per UTF-16 unit: one buffer of the summed lengths, each written in place
  const parts: string[] = [asciiJson(outer.slice(0, at)) + '['];
  for (let i = 0; i < list.length; i++) {
    // `element` may write an element it knows (ASCII JSON); JSON.stringify writes a list's undefined,
    // function and symbol elements as null
    const json = element?.(list[i]) ?? asciiJson(JSON.stringify(list[i]) ?? 'null');
    parts.push(i ? ',' + json : json);
  }
  parts.push(']' + asciiJson(outer.slice(at + MARKER_JSON.length)));
  let size = 0;
  for (const p of parts) size += p.length;
  const out = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const p of parts) offset += out.write(p, offset, 'latin1');
  return out;
}
