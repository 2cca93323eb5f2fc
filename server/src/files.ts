/** Reading resumes safely and writing fixes atomically (Node only). */
import fs from 'node:fs';
import path from 'node:path';

export interface ReadFile {
  text: string;
  /** the file started with a UTF-8 byte order mark (kept on write) */
  bom: boolean;
  bytes: Buffer;
  mode: number;
}

/** Reads a text file; refuses binary data and invalid UTF-8 with a clear reason. */
export function readTextFile(file: string): ReadFile | { error: string } {
  let bytes: Buffer;
  let mode = 0o644;
  let fd: number | undefined;
  try {
    // one open, then the stat and the read on the descriptor: no second look-up of the path
    fd = fs.openSync(file, 'r');
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { error: 'is a folder' };
    mode = st.mode & 0o7777;
    bytes = fs.readFileSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { error: 'is a folder' };
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? (e as Error).message})` };
  } finally {
    if (fd !== undefined)
      try {
        fs.closeSync(fd);
      } catch {
        /* read already done or failed; nothing to keep open */
      }
  }
  if (bytes.includes(0)) return { error: 'looks like a binary file (it contains NUL bytes); not linted' };
  let text: string;
  try {
    // ignoreBOM: keep a byte order mark in the text (the decoder drops it otherwise) so it is seen and written back
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { error: 'is not valid UTF-8 text; save it as UTF-8 to lint it' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom, bytes, mode };
}

/**
 * Writes `text` over `file` through a temporary file in the same folder and a rename, so a crash
 * leaves the old file or the new one, never a truncated one. Refuses (returns a reason) when the
 * file changed on disk since it was read. Keeps the file's mode and byte order mark.
 */
export function writeFileAtomic(file: string, text: string, read: ReadFile): string | undefined {
  let now: Buffer;
  try {
    now = fs.readFileSync(file);
  } catch (e) {
    return `not fixed: the file could not be read again (${(e as NodeJS.ErrnoException).code})`;
  }
  if (!now.equals(read.bytes)) return 'not fixed: the file changed on disk while it was being linted';
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.bulletproof-${process.pid}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', read.mode);
    try {
      fs.writeSync(fd, (read.bom ? '\ufeff' : '') + text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(tmp, read.mode);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing left to clean */
    }
    return `not fixed: could not write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  return undefined;
}
