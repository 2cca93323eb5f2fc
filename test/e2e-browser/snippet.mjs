// A small reader for VS Code's snippet syntax (TextMate style), enough to know which tab stops a
// contributed snippet has and what text it leaves once each stop is filled. The e2e driver reads the
// snippet from the manifest rather than hard-coding its body, so the check follows the snippet file.
//
// Supported: $1, ${1}, ${1:default with ${2:nested}}, ${1|one,two|}, $0, $VAR / ${VAR:default}
// (variables expand to their default: the driver inserts with no selection), and \$ \} \\ escapes.

/**
 * @typedef {{ text: string } | { index: number, children: Node[], choices?: string[] } | { variable: string, children: Node[] }} Node
 * @typedef {{ index: number, placeholder?: string, choices?: string[] }} Stop
 */

/** @returns {{ nodes: Node[], stops: Stop[] }} */
export function parseSnippet(body) {
  let i = 0;
  const stops = [];

  function parseUntil(stopChar) {
    const nodes = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ text });
      text = '';
    };
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        text += body[i + 1];
        i += 2;
      } else if (stopChar && c === stopChar) {
        break;
      } else if (c === '$') {
        const node = parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += '$';
          i++;
        }
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return nodes;
  }

  function parseDollar() {
    const rest = body.slice(i);
    let m;
    if ((m = /^\$(\d+)/.exec(rest))) {
      i += m[0].length;
      stops.push({ index: Number(m[1]) });
      return { index: Number(m[1]), children: [] };
    }
    if ((m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest))) {
      i += m[0].length;
      return { variable: m[1], children: [] };
    }
    if ((m = /^\$\{(\d+)\|/.exec(rest))) {
      i += m[0].length;
      const choices = [];
      let cur = '';
      while (i < body.length && !(body[i] === '|' && body[i + 1] === '}')) {
        if (body[i] === '\\' && i + 1 < body.length) {
          cur += body[i + 1];
          i += 2;
        } else if (body[i] === ',') {
          choices.push(cur);
          cur = '';
          i++;
        } else cur += body[i++];
      }
      choices.push(cur);
      i += 2;
      stops.push({ index: Number(m[1]), choices });
      return { index: Number(m[1]), children: [{ text: choices[0] }], choices };
    }
    if ((m = /^\$\{(\d+)(:?)/.exec(rest))) {
      i += m[0].length;
      const stop = { index: Number(m[1]) };
      stops.push(stop);
      const children = m[2] ? parseUntil('}') : [];
      i++; // the closing brace
      stop.placeholder = expandNodes(children, new Map(), new Map());
      return { index: stop.index, children };
    }
    if ((m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?)/.exec(rest))) {
      i += m[0].length;
      const children = m[2] ? parseUntil('}') : [];
      i++;
      return { variable: m[1], children };
    }
    return null;
  }

  const nodes = parseUntil(null);
  return { nodes, stops };
}

function expandNodes(nodes, values, defaults) {
  let out = '';
  for (const n of nodes) {
    if ('text' in n) out += n.text;
    else if ('variable' in n) out += expandNodes(n.children, values, defaults);
    else if (values.has(n.index)) out += values.get(n.index);
    else if (n.children.length) out += expandNodes(n.children, values, defaults);
    else out += defaults.get(n.index) ?? '';
  }
  return out;
}

/** The text a snippet leaves when each tab stop in `values` (index → text) was filled in. */
export function expandSnippet(parsed, values) {
  // a bare $1 mirrors the default of the ${1:...} that defines it
  const defaults = new Map();
  for (const s of parsed.stops) if (s.placeholder !== undefined && !defaults.has(s.index)) defaults.set(s.index, s.placeholder);
  for (const s of parsed.stops) if (s.choices && !defaults.has(s.index)) defaults.set(s.index, s.choices[0]);
  return expandNodes(parsed.nodes, values, defaults);
}
