import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';
import { asciiJson, jsonBytes } from '../json-bytes';

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
  if (!found) return Buffer.from(JSON.stringify(msg), 'utf8');
  // strings seen in this message or the one before keep their encoded form: from one edit to the next
  // most diagnostics say the same thing
  previous = current;
  current = new Map();
  forgetLater();
  return jsonBytes(msg, found.holder, found.key, found.list, diagnosticJson);
}

let current = new Map<string, string>();
let previous = new Map<string, string>();
let forget: NodeJS.Timeout | undefined;

/**
 * The cache holds the words of the last two diagnostics messages (they quote the resume): a minute
 * after the last one it is emptied, so a closed resume's text does not stay in the server.
 */
function forgetLater(): void {
  if (forget) forget.refresh();
  else {
    forget = setTimeout(() => {
      current = new Map();
      previous = new Map();
      forget = undefined;
    }, 60_000);
    forget.unref();
  }
}

/** A string as an ASCII JSON string literal, from the two-message cache when it was written lately. */
function quoted(s: string): string {
  let q = current.get(s);
  if (q === undefined) {
    q = previous.get(s) ?? asciiJson(JSON.stringify(s));
    current.set(s, q);
  }
  return q;
}

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

function positionJson(p: unknown): string | undefined {
  const x = p as { line?: unknown; character?: unknown } | null;
  if (!x || typeof x !== 'object' || !isInt(x.line) || !isInt(x.character) || !hasKeys(x, POSITION_KEYS)) return undefined;
  return `{"line":${x.line},"character":${x.character}}`;
}

function rangeJson(r: unknown): string | undefined {
  const x = r as { start?: unknown; end?: unknown } | null;
  if (!x || typeof x !== 'object' || !hasKeys(x, RANGE_KEYS)) return undefined;
  const a = positionJson(x.start);
  const b = a && positionJson(x.end);
  return b && `{"start":${a},"end":${b}}`;
}

const POSITION_KEYS = ['line', 'character'];
const RANGE_KEYS = ['start', 'end'];
const DIAGNOSTIC_KEYS = ['range', 'severity', 'source', 'code', 'codeDescription', 'message', 'data', 'tags', 'relatedInformation'];
const DATA_KEYS = ['version', 'finding', 'bullet'];
const HREF_KEYS = ['href'];
const RELATED_KEYS = ['location', 'message'];
const LOCATION_KEYS = ['uri', 'range'];

/** Whether the object's own enumerable keys are, in order, a subsequence of `keys` (no others). */
function hasKeys(o: object, keys: readonly string[]): boolean {
  let k = 0;
  for (const key in o) {
    if (!Object.prototype.hasOwnProperty.call(o, key)) return false;
    while (k < keys.length && keys[k] !== key) k++;
    if (k === keys.length) return false;
    k++;
  }
  return true;
}

/**
 * The ASCII JSON of one of our diagnostics, written field by field with the repeated strings (rule,
 * docs link, message, uri) from the cache: what JSON.stringify would give, byte for byte, but without
 * stringifying and escaping the same message again after every keystroke. Anything of another shape
 * gives undefined and goes through JSON.stringify.
 */
function diagnosticJson(item: unknown): string | undefined {
  const d = item as Record<string, unknown> | null;
  if (!d || typeof d !== 'object' || Array.isArray(d) || !hasKeys(d, DIAGNOSTIC_KEYS)) return undefined;
  const range = rangeJson(d.range);
  if (!range || !isInt(d.severity) || typeof d.source !== 'string' || typeof d.code !== 'string' || typeof d.message !== 'string') return undefined;
  const href = (d.codeDescription as { href?: unknown } | undefined)?.href;
  if (typeof href !== 'string' || !hasKeys(d.codeDescription as object, HREF_KEYS)) return undefined;
  const data = d.data as { version?: unknown; finding?: unknown; bullet?: { start?: unknown; end?: unknown } } | undefined;
  if (!data || typeof data !== 'object' || !hasKeys(data, DATA_KEYS) || !isInt(data.version) || !isInt(data.finding)) return undefined;
  let dataJson = `{"version":${data.version},"finding":${data.finding}`;
  if (data.bullet !== undefined) {
    const b = data.bullet;
    if (!b || typeof b !== 'object' || !hasKeys(b, RANGE_KEYS) || !isInt(b.start) || !isInt(b.end)) return undefined;
    dataJson += `,"bullet":{"start":${b.start},"end":${b.end}}`;
  }
  dataJson += '}';
  let out = `{"range":${range},"severity":${d.severity},"source":${quoted(d.source)},"code":${quoted(d.code)},"codeDescription":{"href":${quoted(href)}},"message":${quoted(d.message)},"data":${dataJson}`;
  if (d.tags !== undefined) {
    if (!Array.isArray(d.tags)) return undefined;
    // an index loop, not every(): a hole would be skipped there and written as null by JSON.stringify
    for (let i = 0; i < d.tags.length; i++) if (!isInt(d.tags[i])) return undefined;
    out += `,"tags":[${d.tags.join(',')}]`;
  }
  if (d.relatedInformation !== undefined) {
    if (!Array.isArray(d.relatedInformation)) return undefined;
    let list = '';
    for (const r of d.relatedInformation as Array<{ location?: { uri?: unknown; range?: unknown }; message?: unknown }>) {
      if (!r || typeof r !== 'object' || !hasKeys(r, RELATED_KEYS) || typeof r.message !== 'string') return undefined;
      const loc = r.location;
      if (!loc || typeof loc !== 'object' || !hasKeys(loc, LOCATION_KEYS) || typeof loc.uri !== 'string') return undefined;
      const rr = rangeJson(loc.range);
      if (!rr) return undefined;
      list += `${list ? ',' : ''}{"location":{"uri":${quoted(loc.uri)},"range":${rr}},"message":${quoted(r.message)}}`;
    }
    out += `,"relatedInformation":[${list}]`;
  }
  return out + '}';
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
