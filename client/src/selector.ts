import type { DocumentFilter } from 'vscode-languageclient/node';

/** File-name globs that mark a resume when the file is not in the `resume` language. */
export const DEFAULT_FILES = ['**/*{resume,Resume,RESUME,cv,CV}*'];

/** Languages whose files are linted when their path matches `bulletproof.files`. */
export const HOST_LANGUAGES = ['markdown', 'plaintext', 'latex', 'tex', 'json', 'jsonc', 'yaml'];

/** The documents the server gets: every `resume` file, plus host-language files matching the globs. */
export function documentSelector(files: readonly string[] | undefined): DocumentFilter[] {
  const globs = files?.length ? files : DEFAULT_FILES;
  return [{ language: 'resume' }, ...HOST_LANGUAGES.flatMap((language) => globs.map((pattern) => ({ language, pattern })))];
}
