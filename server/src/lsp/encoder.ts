import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';
import { jsonBytes } from '../json-bytes';

/**
 * The JSON encoder of the server's stdio writer: the same bytes as vscode-jsonrpc's default
 * (`Buffer.from(JSON.stringify(msg))`), with the diagnostics of a publish or a pull answer encoded one
 * by one (json-bytes.ts says why). Those messages dominate an editing session: the encoding was ~1.3 ms
 * of each edit's ~3 ms in the server (36% of its busy time in a CPU profile of bench/lsp.mjs).
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

/** UTF-8 JSON of a JSON-RPC message, byte for byte what JSON.stringify gives. */
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
