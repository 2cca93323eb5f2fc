/** Expanding the CLI's file arguments: files, folders (searched) and simple globs (*, **, ?). */
import fs from 'node:fs';
import path from 'node:path';

export const RESUME_EXTENSIONS = ['.md', '.markdown', '.txt', '.tex', '.json', '.yaml', '.yml', '.resume'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.vscode-test', '.test-out']);

function walk(dir: string, out: string[], filter: (f: string) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, out, filter);
    } else if (e.isFile() && filter(p)) out.push(p);
  }
}

const isResume = (f: string) => {
  const base = path.basename(f).toLowerCase();
  if (base === 'package.json' || base === 'package-lock.json' || base === 'tsconfig.json' || base.startsWith('.')) return false;
  return RESUME_EXTENSIONS.some((x) => base.endsWith(x));
};

/** Converts a glob to a RegExp over '/'-separated paths. Every other character is literal. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files named by the arguments (sorted, each once) and a message per argument that named nothing. */
export function expandArgs(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const a of args) {
    if (/[*?]/.test(a)) {
      const norm = a.split(path.sep).join('/');
      const firstMagic = norm.search(/[*?]/);
      const base = norm.slice(0, norm.lastIndexOf('/', firstMagic) + 1) || './';
      const re = globToRegExp(norm.replace(/^\.\//, ''));
      const found: string[] = [];
      walk(base, found, (f) => re.test(f.split(path.sep).join('/').replace(/^\.\//, '')));
      if (found.length === 0) missing.push(`no files match "${a}"`);
      files.push(...found);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(a);
    } catch {
      missing.push(`${a}: no such file or folder`);
      continue;
    }
    if (st.isDirectory()) walk(a, files, isResume);
    else files.push(a);
  }
  return { files: [...new Set(files)].sort(), missing };
}
