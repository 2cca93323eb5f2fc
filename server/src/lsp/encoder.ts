import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';
import { jsonBytes } from '../json-bytes';

/**
 * The JSON encoder of the server's stdio writer. Most messages as vscode-jsonrpc's default encodes them
 * (`Buffer.from(JSON.stringify(msg))`); the diagnostics of a publish or a pull answer, which dominate an
 * editing session, element by element and in ASCII with \uXXXX escapes (the same JSON value): cheaper
 * for the server to encode and for the client to parse (json-bytes.ts has the figures).
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

/** JSON bytes of a JSON-RPC message: the value JSON.stringify gives, diagnostics lists in ASCII. */
export function encodeMessage(msg: Message): Uint8Array {
  const found = bigList(msg);
  return found ? jsonBytes(msg, found.holder, found.key, found.list) : Buffer.from(JSON.stringify(msg), 'utf8');
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
