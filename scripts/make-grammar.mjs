// Builds syntaxes/resume.tmLanguage.json, the TextMate grammar of the `resume` language.
// The regexes share fragments (dates, numbers with units), which are unreadable once inlined in JSON,
// so this file is the source and the JSON is generated: run `node scripts/make-grammar.mjs` after an
// edit; test/grammar/grammar.test.ts fails while the JSON is stale. Scope names are the standard ones
// (markup.heading, markup.list, constant.numeric, invalid.illegal, comment.block...) so every theme colours them.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const R = String.raw;
/** end of a word for ASCII text; `\w` would also stop at "_", which Markdown uses for emphasis */
const END = '(?![A-Za-z0-9])';

const MONTH = R`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const SEASON = R`(?:Spring|Summer|Fall|Autumn|Winter)`;
const YEAR = R`(?:19[5-9]\d|20[0-9]\d)`;
const DATE = R`(?:(?:${MONTH}|${SEASON})[ \t]+${YEAR}|${YEAR}[-/.](?:0[1-9]|1[0-2])(?!\d)|(?:0?[1-9]|1[0-2])/${YEAR}|${YEAR})`;
const OPEN_END = R`(?:Present|present|Current|current|Now|now|Today|today|Ongoing|ongoing)`;
const RANGE_SEP = R`(?:--|–|—|‒|-|→|to|until|till)`;
// units a measured number may carry, on either side of a before → after change
const UNITS = ['%', '[x×]', '[kKMB]', 'ms', 'µs', 'us', 's', 'secs?', 'seconds?', 'mins?', 'minutes?', 'h', 'hrs?', 'hours?', 'days?', 'weeks?', 'months?', '[KMGT]B', 'rps', 'qps', 'RPS', 'QPS'];
const UNIT = `(?:%|${UNITS.slice(1).map((u) => u + END).join('|')})`;
const NUM = R`(?:[$€£][ \t]?)?\d+(?:[.,]\d+)*(?:[ \t]?${UNIT})?`;
// Scope names. Several tokens carry two or three names, the last one innermost: many themes colour only
// the Markdown flavour of a list marker, and Dark+/Light+ leave constant.other and nord/One Dark leave
// invalid.illegal uncoloured. test/grammar/themes.test.ts checks the result against popular themes.
const LIST_MARKER = 'punctuation.definition.list.begin.resume beginning.punctuation.definition.list.markdown punctuation.definition.list.begin.markdown';
const PLACEHOLDER = 'invalid.illegal.placeholder.resume markup.deleted.placeholder.resume';
const DATE_SCOPE = 'constant.other.date.resume constant.language.date.resume';
// A bracketed template slot, on the same terms as the placeholder rule (server/src/engine/rules/placeholder.ts):
// at most 60 characters and five words, no comma, a letter inside, and lower-case ("[what broke]"),
// ALL CAPS ("[COMPANY]") or a slot word ("[Your Name]"); "[Remote]", "[x]", links and "[sic]" stay text.
const SLOT_WORDS = 'your|company|name|number|metric|metrics|result|results|insert|add|describe|tool|technology|team|project|product|percentage|percent|amount|date|city|role|title|system|impact|outcome|skill|achievement|x|n';
const BRACKET_SLOT =
  R`(?<!!|\]|\][ \t])\[(?![xX ]?\])(?!(?i:sic|citation needed|\d+)\])(?=[^\[\]\n,]{1,60}\])(?=[^\]]*\p{L})` +
  R`(?=[ \t]*\p{Ll}|[^\p{Ll}\]]*\]|[^\]]*\b(?i:${SLOT_WORDS})\b)` +
  R`[ \t]*[^\s\[\]]+(?:[ \t]+[^\s\[\]]+){0,4}[ \t]*\](?![ \t]?[(\[]|:)`;
// tags that are HTML, not an angle-bracket placeholder like <system> (the placeholder rule's list)
// a date where a before → after change would start: "from 2019 to 2021" is a tenure, not a metric
const NOT_A_YEAR = R`${DATE}(?![0-9A-Za-z.,%])`;
const HTML_TAGS = 'br|b|i|u|em|strong|span|sub|sup|small|div|p|a|img|hr|kbd|mark|code|s|ul|ol|li|table|tr|td|th|font|center|details|summary|abbr';

export const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Resume',
  scopeName: 'text.resume',
  fileTypes: ['resume.md', 'resume.txt', 'resume'],
  patterns: [
    { include: '#directive-line' },
    { include: '#comment' },
    { include: '#fenced-code' },
    { include: '#heading' },
    { include: '#plain-heading' },
    { include: '#separator' },
    { include: '#bullet' },
    { include: '#numbered' },
    { include: '#entry-title' },
    { include: '#title-parts' },
    { include: '#inline' },
  ],
  repository: {
    'directive-line': {
      comment: 'Plain-text resumes write directives as #-comments: "# bulletproof-disable-next-line weak-verb".',
      match: R`^[ \t]*(#)[ \t]*(bulletproof-(?:disable-next-line|disable-line|disable|enable))\b(.*)$`,
      name: 'comment.line.number-sign.resume',
      captures: {
        1: { name: 'punctuation.definition.comment.resume' },
        2: { name: 'keyword.control.directive.bulletproof.resume' },
        3: { patterns: [{ include: '#directive-rules' }] },
      },
    },
    comment: {
      begin: '<!--',
      end: '-->',
      name: 'comment.block.html.resume',
      beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.resume' } },
      endCaptures: { 0: { name: 'punctuation.definition.comment.end.resume' } },
      patterns: [
        {
          begin: R`(bulletproof-(?:disable-next-line|disable-line|disable|enable))\b`,
          end: '(?=--)',
          beginCaptures: { 1: { name: 'keyword.control.directive.bulletproof.resume' } },
          patterns: [{ include: '#directive-rules' }],
        },
      ],
    },
    'directive-rules': {
      comment: 'Rule ids after a directive, up to an optional "-- reason".',
      patterns: [
        { match: '--.*', name: 'comment.line.reason.resume' },
        { match: R`\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b`, name: 'variable.parameter.rule.bulletproof.resume' },
      ],
    },
    'fenced-code': {
      begin: R`^[ \t]*(\`{3,}|~{3,})[^\n]*$`,
      end: R`^[ \t]*\1[ \t]*$`,
      name: 'markup.fenced_code.block.resume',
      beginCaptures: { 0: { name: 'punctuation.definition.markdown' } },
      endCaptures: { 0: { name: 'punctuation.definition.markdown' } },
    },
    heading: {
      comment: 'Markdown headings: the name (#), sections (##) and entries (###: role | company | dates).',
      begin: R`^[ \t]{0,3}(#{1,6})(?=[ \t]|$)`,
      end: R`(?:[ \t]+#+)?[ \t]*$`,
      name: 'markup.heading.resume',
      contentName: 'entity.name.section.resume',
      beginCaptures: { 1: { name: 'punctuation.definition.heading.resume' } },
      endCaptures: { 0: { name: 'punctuation.definition.heading.resume' } },
      patterns: [
        { include: '#title-head' },
        { include: '#title-parts' },
        { include: '#inline' },
      ],
    },
    'plain-heading': {
      comment: 'Plain-text section titles: an ALL-CAPS line, or a usual section name alone on its line.',
      patterns: [
        {
          match: R`^[ \t]*((?=[^\n]*[A-Z]{4})[A-Z][A-Z&/ '’-]*[A-Z])[ \t]*(:?)[ \t]*$`,
          name: 'markup.heading.resume',
          captures: { 1: { name: 'entity.name.section.resume' }, 2: { name: 'punctuation.separator.resume' } },
        },
        {
          match: R`^[ \t]*((?i:(?:professional |work |relevant |technical |core |selected |side |open[- ]source |key )?(?:summary|profile|objective|about(?: me)?|experience|employment(?: history)?|work history|projects?|skills|expertise|education|certifications?|awards|honou?rs|publications|talks|volunteering|volunteer experience|interests|languages|contributions|achievements)))[ \t]*(:?)[ \t]*$`,
          name: 'markup.heading.resume',
          captures: { 1: { name: 'entity.name.section.resume' }, 2: { name: 'punctuation.separator.resume' } },
        },
      ],
    },
    separator: {
      match: R`^[ \t]*(?:={3,}|-{3,}|\*{3,}|_{3,}|(?:[-*_][ \t]+){2,}[-*_])[ \t]*$`,
      name: 'meta.separator.resume',
    },
    bullet: {
      begin: R`^([ \t]*)([-*+•▪◦‣●–])([ \t]+|$)`,
      end: '$',
      name: 'markup.list.unnumbered.resume',
      beginCaptures: { 2: { name: LIST_MARKER } },
      patterns: [{ include: '#lead-in' }, { include: '#inline' }],
    },
    numbered: {
      begin: R`^([ \t]*)(\d{1,3}[.)])([ \t]+|$)`,
      end: '$',
      name: 'markup.list.numbered.resume',
      beginCaptures: { 2: { name: LIST_MARKER } },
      patterns: [{ include: '#lead-in' }, { include: '#inline' }],
    },
    'lead-in': {
      comment: 'A bold lead-in right after the bullet marker: "- **Payments API**: ...".',
      match: R`\G(\*\*|__)(?=\S)(.+?)(?<=\S)(\1)([:.]?)`,
      name: 'markup.bold.lead-in.resume',
      captures: {
        1: { name: 'punctuation.definition.bold.resume' },
        2: { patterns: [{ include: '#inline' }] },
        3: { name: 'punctuation.definition.bold.resume' },
        4: { name: 'punctuation.separator.resume' },
      },
    },
    'entry-title': {
      comment: 'A line outside lists that splits with | and carries a date: role | company | dates.',
      match: R`^[ \t]*(?![-*+•▪◦‣●][ \t]|[#|>])(?=[^|\n]+\|[^\n]*(?:${YEAR}|${OPEN_END}))${titleHead()}`,
      captures: titleCaptures(),
    },
    'title-head': {
      comment: 'Role and company at the start of a heading that splits with |.',
      match: R`\G[ \t]+(?=[^|\n]+\|)${titleHead()}`,
      captures: titleCaptures(),
    },
    'title-parts': {
      comment: 'What follows in a title line: separators, date ranges, years.',
      patterns: [
        { match: R`(?<=\s)(\||·|•)(?=\s)`, name: 'punctuation.separator.resume' },
        { include: '#comment' },
        { include: '#date-range' },
        { include: '#date' },
        { include: '#year' },
      ],
    },
    inline: {
      patterns: [
        { include: '#comment' },
        { include: '#code-span' },
        { include: '#link' },
        { include: '#placeholder' },
        { include: '#metric-change' },
        { include: '#date-range' },
        { include: '#date' },
        { include: '#metric' },
        { include: '#bold' },
        { include: '#italic' },
      ],
    },
    'code-span': {
      match: R`(\`+)[^\`\n]+?\1`,
      name: 'markup.inline.raw.string.resume',
    },
    link: {
      patterns: [
        {
          match: R`(\[)([^\]\n]+)(\])(\()([^)\s]+)(?:[ \t]+"[^"\n]*")?(\))`,
          name: 'meta.link.inline.resume',
          captures: {
            1: { name: 'punctuation.definition.link.title.begin.resume' },
            2: { name: 'string.other.link.title.resume' },
            3: { name: 'punctuation.definition.link.title.end.resume' },
            4: { name: 'punctuation.definition.metadata.resume' },
            5: { name: 'markup.underline.link.resume' },
            6: { name: 'punctuation.definition.metadata.resume' },
          },
        },
        { match: R`<(?:https?://|mailto:)[^>\s]+>|\bhttps?://[^\s<>()\]]+[^\s<>()\].,;:!?'"]|<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b(?:www\.)?(?:github|gitlab|linkedin|bitbucket|codeberg)\.(?:com|org)/[\w./-]*[\w/]`, name: 'markup.underline.link.resume' },
      ],
    },
    placeholder: {
      comment: 'Unfilled template text, on the terms of the placeholder rule: [metric], XX%, TODO, {{...}}, <system>, ${1:...}.',
      patterns: [
        { match: BRACKET_SLOT, name: PLACEHOLDER },
        { match: R`\{\{[^{}\n]{0,60}\}\}`, name: PLACEHOLDER },
        { match: R`\$\{\d+(?::[^}\n]{0,60})?\}`, name: PLACEHOLDER },
        { match: R`<(?!(?:${HTML_TAGS})[ \t]*/?>)[a-z][a-z0-9 _/-]{0,40}>`, name: PLACEHOLDER },
        // a number still to be written: "XX%", "X%", "N%", "$XXk", "XX ms", "X.Xx"
        {
          match: R`(?<![\p{L}\p{N}])(?:\$X{1,4}[KkMm]?|\$x{2,4}[km]?|(?:X{1,4}|x{2,4}|N|Y)(?:[.,]X+)?\s?%|X{2,4}(?:\s?(?:ms|s|min|h|k|K|M|x))?|X(?:\.X)?x|(?:X|N)\s?ms)(?![\p{L}\p{N}])`,
          name: PLACEHOLDER,
        },
        { match: R`(?<![\p{L}\p{N}])(?:TODO|TBD|FIXME)(?![\p{L}\p{N}])|(?i:\blorem ipsum\b)`, name: PLACEHOLDER },
      ],
    },
    'metric-change': {
      comment: 'A before → after change: "from 480ms to 230ms", "40 min → 6 min".',
      patterns: [
        {
          match: R`\b(from)[ \t]+(?!${NOT_A_YEAR})(${NUM})((?:[ \t]+(?:per|a|an|each)[ \t]+[A-Za-z]+)?)[ \t]+((?:down |up )?to)[ \t]+((?:(?:under|below|over|above|less than|more than|about|around|roughly|just|nearly|~)[ \t]+)?)(${NUM})`,
          name: 'meta.metric.change.resume',
          captures: {
            1: { name: 'keyword.other.from.resume' },
            2: { name: 'constant.numeric.metric.before.resume' },
            4: { name: 'keyword.other.to.resume' },
            6: { name: 'constant.numeric.metric.after.resume' },
          },
        },
        {
          match: R`(?<![A-Za-z0-9.])(?!${NOT_A_YEAR})(${NUM})[ \t]*(→|->|⟶|➔|=>)[ \t]*((?:(?:under|below|over|above|~)[ \t]+)?)(${NUM})`,
          name: 'meta.metric.change.resume',
          captures: {
            1: { name: 'constant.numeric.metric.before.resume' },
            2: { name: 'keyword.operator.arrow.resume' },
            4: { name: 'constant.numeric.metric.after.resume' },
          },
        },
      ],
    },
    metric: {
      comment: 'Numbers shaped like a measured result; plain counts and versions stay plain text.',
      patterns: [
        { match: R`(?<![A-Za-z0-9])[$€£][ \t]?\d+(?:[.,]\d+)*(?:[ \t]?(?:[kKMB]|bn|mm|million|billion|thousand)(?![A-Za-z0-9]))?(?:[ \t]?(?:/|per[ \t])(?:mo|month|yr|year|day|week)\b)?`, name: 'constant.numeric.currency.resume' },
        { match: R`(?<![A-Za-z0-9.])\d+(?:[.,]\d+)?[ \t]?%`, name: 'constant.numeric.percentage.resume' },
        { match: R`(?<![A-Za-z0-9.])\d+(?:\.\d+)?(?:[x×](?![A-Za-z0-9])|[ \t](?:times|fold)\b)`, name: 'constant.numeric.multiplier.resume' },
        { match: R`(?<![A-Za-z0-9.])(?!${YEAR}s\b)\d+(?:[.,]\d+)?[ \t]?(?:ms|µs|us|ns|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?)(?![A-Za-z0-9])`, name: 'constant.numeric.duration.resume' },
        { match: R`(?<![A-Za-z0-9.])\d+(?:[.,]\d+)*[ \t]?(?:rps|qps|RPS|QPS|TPS|tps|req/s|[KMGTP]B|Gbps|Mbps)(?![A-Za-z0-9])`, name: 'constant.numeric.throughput.resume' },
        { match: R`(?<![A-Za-z0-9.])\d+(?:\.\d+)?(?:[kKMB]\+?(?![A-Za-z0-9])|[ \t](?:million|billion|thousand)\b)`, name: 'constant.numeric.magnitude.resume' },
        { match: R`\b[pP](?:50|75|90|95|99(?:\.9+)?|999)\b`, name: 'constant.numeric.percentile.resume' },
      ],
    },
    'date-range': {
      match: R`(?<![A-Za-z0-9$])(${DATE})[ \t]*(${RANGE_SEP})[ \t]*(${DATE}|${OPEN_END})(?![A-Za-z0-9%])`,
      name: 'meta.date.range.resume',
      captures: {
        1: { name: DATE_SCOPE },
        2: { name: 'punctuation.separator.range.resume' },
        3: { name: DATE_SCOPE },
      },
    },
    date: {
      match: R`(?<![A-Za-z0-9$])(?:(?:${MONTH}|${SEASON})[ \t]+${YEAR}|${YEAR}[-/.](?:0[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/${YEAR})(?![A-Za-z0-9%])`,
      name: DATE_SCOPE,
    },
    year: {
      comment: 'A lone year, only in title lines (in a bullet it may be a count).',
      match: R`(?<![A-Za-z0-9$€£.#])(?:${YEAR}|${OPEN_END})(?![A-Za-z0-9%]|\.\d)`,
      name: DATE_SCOPE,
    },
    bold: {
      match: R`(\*\*|__)(?=\S)(.+?)(?<=\S)(\1)`,
      name: 'markup.bold.resume',
      captures: {
        1: { name: 'punctuation.definition.bold.resume' },
        2: { patterns: [{ include: '#placeholder' }, { include: '#metric-change' }, { include: '#date-range' }, { include: '#date' }, { include: '#metric' }, { include: '#year' }] },
        3: { name: 'punctuation.definition.bold.resume' },
      },
    },
    italic: {
      patterns: [
        { match: R`(?<![A-Za-z0-9*])(\*)(?=[^\s*])([^*\n]+?)(?<=\S)(\*)(?![A-Za-z0-9*])`, name: 'markup.italic.resume', captures: italicCaptures() },
        { match: R`(?<![A-Za-z0-9_])(_)(?=[^\s_])([^_\n]+?)(?<=\S)(_)(?![A-Za-z0-9_])`, name: 'markup.italic.resume', captures: italicCaptures() },
      ],
    },
  },
};

function italicCaptures() {
  return {
    1: { name: 'punctuation.definition.italic.resume' },
    2: { patterns: [{ include: '#placeholder' }, { include: '#metric-change' }, { include: '#date-range' }, { include: '#date' }, { include: '#metric' }] },
    3: { name: 'punctuation.definition.italic.resume' },
  };
}
function titleHead() {
  // role (maybe bold), |, then the company unless that part is already a date
  return R`((?:\*\*|__)?)([^|\n]*?[^|\s*_])(\1)[ \t]*(\|)(?:[ \t]*((?!(?:${DATE}|${OPEN_END})[ \t]*(?:\||$|${RANGE_SEP}))[^|\s](?:[^|\n]*?[^|\s])?)(?=[ \t]*(?:\||$)))?`;
}
function titleCaptures() {
  return {
    1: { name: 'punctuation.definition.bold.resume' },
    2: { name: 'entity.name.type.role.resume', patterns: [{ include: '#placeholder' }] },
    3: { name: 'punctuation.definition.bold.resume' },
    4: { name: 'punctuation.separator.resume' },
    5: { name: 'entity.name.tag.organization.resume', patterns: [{ include: '#placeholder' }, { include: '#date-range' }, { include: '#date' }] },
  };
}

/** The JSON text written to syntaxes/resume.tmLanguage.json. */
export function grammarJson() {
  return JSON.stringify(grammar, null, 2) + '\n';
}

// `--check` compares instead of writing and exits 1 when the committed JSON is stale.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = path.join(import.meta.dirname, '..', 'syntaxes', 'resume.tmLanguage.json');
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    if (current !== grammarJson()) {
      console.error(`${path.relative(process.cwd(), out)} is stale: run node scripts/make-grammar.mjs`);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), out)} is up to date`);
  } else {
    fs.writeFileSync(out, grammarJson());
    console.log(`wrote ${out}`);
  }
}
