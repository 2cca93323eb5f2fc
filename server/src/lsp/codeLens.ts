import type { CodeLens } from 'vscode-languageserver';
import { SHOW_SUMMARY_COMMAND, type Summary } from './protocol';

/**
 * One lens above each entry title: "2/3 bullets proven · add a metric to 1". A lens only shows in
 * VS Code when it has a command, so each opens the proof summary of its document; editors without
 * that command still show the title.
 */
export function codeLenses(summary: Summary): CodeLens[] {
  return summary.entries.map((e) => ({
    range: e.range,
    command: { title: e.lens, command: SHOW_SUMMARY_COMMAND, arguments: [summary.uri] },
  }));
}
