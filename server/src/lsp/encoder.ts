import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

/**
 * The JSON encoder of the server's stdio writer: the same bytes as vscode-jsonrpc's default
 * (`Buffer.from(JSON.stringify(msg))`), made faster for the messages that dominate an editing session,
 * diagnostics.
 *
 * Why: our messages quote the bullet with typographic quotes (“…”), so a diagnostics message is a
 * two-byte string, and in V8 the string JSON.stringify returns for a large two-byte result is made of
 * many pieces that have to be copied together before it can be written out. For a two-page resume's
 * 85 KB of diagnostics that copy and the UTF-8 encoding cost ~1.3 ms of every edit's ~3 ms in the
 * server (by a CPU profile of bench/lsp.mjs). Encoding each diagnostic on its own (small strings, cheap
 * to flatten and encode) and joining the bytes costs ~0.5 ms for the same output.
 */
export const diagnosticsJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message): Promise<Uint8Array> {
    try {
      return Promise.resolve(encodeMessage(msg));
    } catch (err) {
      return Promise.reject(err);
    }
  },
};

/** Below this many elements a list is encoded with the rest of the message. */
const MIN_SPLIT = 16;
/** Stands for the list while the rest of the message is encoded (a JSON string value, quotes included). */
const MARKER = '\u0001bulletproof-list\u0001';
const MARKER_JSON = JSON.stringify(MARKER);

/** UTF-8 JSON of a JSON-RPC message, byte for byte what JSON.stringify gives. */
export function encodeMessage(msg: Message): Uint8Array {
  const found = bigList(msg);
  if (!found) return Buffer.from(JSON.stringify(msg), 'utf8');
  const { holder, key, list } = found;
  // the message with the list stood in for by the marker (a replacer sees the holding object as
  // `this`), then the list spliced in element by element
  const outer = JSON.stringify(msg, function (this: unknown, k: string, v: unknown) {
    return this === holder && k === key ? MARKER : v;
  });
  const at = outer.lastIndexOf(MARKER_JSON);
  if (at < 0) return Buffer.from(JSON.stringify(msg), 'utf8');
  const parts: Buffer[] = [Buffer.from(outer.slice(0, at) + '[', 'utf8')];
  let first = true;
  for (const item of list) {
    // JSON.stringify writes a list's undefined, function and symbol elements as null
    const json = JSON.stringify(item) ?? 'null';
    parts.push(Buffer.from(first ? json : ',' + json, 'utf8'));
    first = false;
  }
  parts.push(Buffer.from(']' + outer.slice(at + MARKER_JSON.length), 'utf8'));
  return Buffer.concat(parts);
}

/** The diagnostics list of a publishDiagnostics notification or of a pull diagnostics response. */
function bigList(msg: Message): { holder: object; key: string; list: unknown[] } | undefined {
  const m = msg as { params?: { diagnostics?: unknown }; result?: { items?: unknown } };
  const params = m.params;
  if (params && typeof params === 'object' && Array.isArray(params.diagnostics) && params.diagnostics.length >= MIN_SPLIT) return { holder: params, key: 'diagnostics', list: params.diagnostics };
  const result = m.result;
  if (result && typeof result === 'object' && Array.isArray(result.items) && result.items.length >= MIN_SPLIT) return { holder: result, key: 'items', list: result.items };
  return undefined;
}
