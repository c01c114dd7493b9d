/**
 * A LaTeX CV (.tex) through a real LaTeX parser (@unified-latex), into the lines the CV text importer reads.
 * Nothing is ever run: known CV macros (moderncv, awesome-cv, article sections, itemize, tabular, \href) are read
 * as structure, any other macro is kept as the text of its arguments. `\input` and `\include` are not followed
 * (a warning says so), so a file that includes itself finishes like any other.
 */
import { getParser } from '@unified-latex/unified-latex-util-parse';
import type * as Ast from '@unified-latex/unified-latex-types';
import type { ConvertedCv } from './links';
import { SCHOLAR_IDS } from '../../values/scholar-ids';
import { LATEX_ACCENTS, LATEX_LETTERS } from '../latex-symbols';

const MODERNCV_ENTRY = 'm m m m m m';
const AWESOME_ENTRY = 'm m m m m';

/** Signatures of the CV macros whose arguments we read (so the parser attaches them). */
function macroSignatures(awesome: boolean): Record<string, { signature: string }> {
  const s = (signature: string) => ({ signature });
  return {
    name: s('m m'),
    firstname: s('m'),
    familyname: s('m'),
    lastname: s('m'),
    title: s('m'),
    position: s('m'),
    email: s('m'),
    phone: s('o m'),
    mobile: s('m'),
    homepage: s('m'),
    social: s('o m'),
    github: s('m'),
    linkedin: s('m'),
    gitlab: s('m'),
    orcid: s('m'),
    googlescholar: s('m m'),
    address: awesome ? s('m') : s('m m m'),
    extrainfo: s('m'),
    quote: s('m'),
    photo: s('o o m'),
    cventry: s(awesome ? AWESOME_ENTRY : MODERNCV_ENTRY),
    cvsubentry: s('m m m'),
    cvitem: s('o m m'),
    cvitemwithcomment: s('m m m'),
    cvdoubleitem: s('m m m m'),
    cvlistitem: s('m'),
    cvlistdoubleitem: s('m m'),
    cvhonor: s('m m m m'),
    cvskill: s('m m'),
    cvsection: s('m'),
    cvsubsection: s('m'),
    cvparagraph: s('m'),
    href: s('m m'),
    url: s('m'),
    input: s('m'),
    include: s('m'),
    subfile: s('m'),
    bibitem: s('o m'),
    newcommand: s('s m o o m'),
    renewcommand: s('s m o o m'),
    providecommand: s('s m o o m'),
    definecolor: s('m m m'),
    moderncvstyle: s('m'),
    moderncvcolor: s('m'),
    moderncvtheme: s('o m'),
    colorlet: s('m m'),
    setlength: s('m m'),
    setcounter: s('m m'),
    geometry: s('m'),
    hypersetup: s('m'),
    fontdir: s('o'),
    vspace: s('s m'),
    hspace: s('s m'),
    makecvfooter: s(''),
    makecvheader: s('o'),
    makecvtitle: s(''),
  };
}

/** Macros that set up the document: their arguments are never text. */
const SETUP = new Set([
  'documentclass',
  'usepackage',
  'RequirePackage',
  'newcommand',
  'renewcommand',
  'providecommand',
  'def',
  'let',
  'definecolor',
  'colorlet',
  'moderncvstyle',
  'moderncvcolor',
  'moderncvtheme',
  'setlength',
  'setcounter',
  'geometry',
  'hypersetup',
  'pagestyle',
  'thispagestyle',
  'fontdir',
  'vspace',
  'hspace',
  'photo',
  'label',
  'ref',
  'cite',
  'bibliographystyle',
  'bibliography',
  'addbibresource',
  'nocite',
  'color',
  'textcolor',
  'renewcommand*',
  'fancyhf',
  'rhead',
  'lhead',
  'cfoot',
  'makecvfooter',
  'makecvheader',
  'makecvtitle',
  'maketitle',
  'newpage',
  'clearpage',
  'pagebreak',
  'noindent',
  'centering',
  'raggedright',
  'raggedleft',
  'today',
  'quote',
]);

const HEADINGS = new Set([
  'section',
  'subsection',
  'subsubsection',
  'chapter',
  'part',
  'cvsection',
  'cvsubsection',
  'paragraph',
]);
const INCLUDES = new Set(['input', 'include', 'subfile', 'InputIfFileExists', 'import', 'subimport']);

const ACCENTS = LATEX_ACCENTS;
/** On top of the shared table: what a CV means by `\\` (a line break), spacing and layout macros. */
const SYMBOLS: Record<string, string> = {
  ...LATEX_LETTERS,
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  textbar: '|',
  textbullet: '•',
  textperiodcentered: '·',
  textasciitilde: '~',
  slash: '/',
  quad: ' ',
  qquad: ' ',
  hfill: '\t',
  hfil: '\t',
  '\\': '\n',
  newline: '\n',
  linebreak: '\n',
  par: '\n\n',
  cr: '\n',
  smallskip: '\n',
  medskip: '\n',
  bigskip: '\n',
};

interface Contact {
  name?: string;
  title?: string;
  lines: string[];
}

const SOCIAL_URLS: Record<string, (id: string) => string> = {
  github: SCHOLAR_IDS.github.url,
  linkedin: SCHOLAR_IDS.linkedin.url,
  orcid: SCHOLAR_IDS.orcid.url,
  googlescholar: SCHOLAR_IDS.googleScholar.url,
  scholar: SCHOLAR_IDS.googleScholar.url,
  gitlab: (id) => `https://gitlab.com/${id}`,
};

/**
 * @unified-latex's PEG parser spends about 10 µs on each character, so a 20-page CV took seconds. Two things keep
 * the parser's work small without changing what it sees:
 * - Runs of plain text (characters LaTeX gives no meaning, never straight after a macro name) become one
 *   placeholder word of private-use characters before parsing and are put back in the parsed string nodes.
 * - A line that stands alone (braces balanced, no environment, comment or verbatim, not continued by the next
 *   line's `{` or `[`) is parsed on its own, and CV lines share a shape (`\cvitem{…}{…}`, `\item …`), so each shape
 *   is parsed once. The document around those lines is parsed with one placeholder per run of such lines (a
 *   run's lines are joined by the whitespace node the parser makes of a line break), and the lines' nodes are
 *   spliced back where their placeholders are. One placeholder per line left the 20-page CV's skeleton at ~900
 *   lines, still about half the parse.
 */
const PLAIN_RUN = /(?<=^|[\s{}$&#^_~%[\]*"'`-])[^\\{}$&#^_~%[\]@\r\n*"'`\-\uE000-\uE0FF]+/g;
const RUN_MARK = /\uE000([\uE010-\uE01F]+)\uE001/g;
const LINE_MARK = /^\uE002([\uE010-\uE01F]+)\uE003$/;

const toMark = (n: number) => [...n.toString(16)].map((d) => String.fromCharCode(0xe010 + parseInt(d, 16))).join('');
const fromMark = (mark: string) => parseInt([...mark].map((d) => (d.charCodeAt(0) - 0xe010).toString(16)).join(''), 16);

function standsAlone(line: string, next: string | undefined): boolean {
  if (!line.trim() || /^\s*[{[]/.test(line) || /^\s*[{[]/.test(next ?? '')) return false;
  if (/\\(begin|end|verb|makeat|ExplSyntax|catcode|input|include)\b|(^|[^\\])%|[\uE000-\uE0FF]/.test(line))
    return false;
  if (/\\[A-Za-z@]+\s*$/.test(line)) return false;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

type Parse = (source: string) => Ast.Root;

/** Replace marks in every string node by the text they stand for, and splice parsed lines in. */
function putBack(nodes: Ast.Node[], runs: string[], lines: Ast.Node[][]): Ast.Node[] {
  const out: Ast.Node[] = [];
  for (const node of nodes) {
    if (node.type === 'string') {
      const line = LINE_MARK.exec(node.content);
      if (line?.[1]) {
        out.push(...(lines[fromMark(line[1])] ?? []));
        continue;
      }
      if (node.content.includes('\uE000'))
        node.content = node.content.replace(RUN_MARK, (whole, mark: string) => runs[fromMark(mark)] ?? whole);
    }
    if ('content' in node && Array.isArray(node.content)) node.content = putBack(node.content, runs, lines);
    if ('args' in node && node.args) for (const arg of node.args) arg.content = putBack(arg.content, runs, lines);
    out.push(node);
  }
  return out;
}

function parseQuickly(source: string, parse: Parse): Ast.Root {
  const shapes = new Map<string, Ast.Node[]>();
  const lines: Ast.Node[][] = [];
  const all = source.split('\n');
  const skeleton: string[] = [];
  let inRun = false;
  all.forEach((line, i) => {
    if (!standsAlone(line, all[i + 1])) {
      skeleton.push(line);
      inRun = false;
      return;
    }
    const runs: string[] = [];
    const shape = line.replace(PLAIN_RUN, (run) => `\uE000${toMark(runs.push(run) - 1)}\uE001`);
    let parsed = shapes.get(shape);
    if (!parsed) {
      parsed = parse(shape).content;
      shapes.set(shape, parsed);
    }
    const nodes = putBack(structuredClone(parsed), runs, []);
    const run = lines[lines.length - 1];
    if (inRun && run) run.push({ type: 'whitespace' }, ...nodes);
    else {
      lines.push(nodes);
      skeleton.push(`\uE002${toMark(lines.length - 1)}\uE003`);
      inRun = true;
    }
  });
  const tree = parse(skeleton.join('\n'));
  tree.content = putBack(tree.content, [], lines);
  return tree;
}

/** In a list, an `\item` parsed on its own line has no body argument: its body is what follows, to the next item. */
function gatherItemBodies(nodes: Ast.Node[]): Ast.Node[] {
  const out: Ast.Node[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node) continue;
    const isItem = (n: Ast.Node | undefined) => n?.type === 'macro' && n.content === 'item';
    if (
      isItem(node) &&
      node.type === 'macro' &&
      !(node.args ?? []).some((a) => a.openMark !== '[' && a.content.length > 0)
    ) {
      let j = i + 1;
      while (j < nodes.length && !isItem(nodes[j])) j++;
      const body = nodes.slice(i + 1, j);
      out.push({
        ...node,
        args: [...(node.args ?? []), { type: 'argument', openMark: '', closeMark: '', content: body }],
      });
      i = j - 1;
    } else out.push(node);
  }
  return out;
}

export function latexToCv(source: string): ConvertedCv {
  const awesome = /\\documentclass(\[[^\]]*\])?\{awesome-cv\}/.test(source);
  const parser = getParser({ macros: macroSignatures(awesome) });
  const tree = parseQuickly(source, (source) => parser.parse(source));
  const urls: string[] = [];
  const warnings: string[] = [];
  const included: string[] = [];
  const contact: Contact = { lines: [] };

  const arg = (node: Ast.Macro, i: number): Ast.Node[] => node.args?.[i]?.content ?? [];
  const argText = (node: Ast.Macro, i: number) => flat(render(arg(node, i)));
  const flat = (text: string) =>
    text
      .replace(/[\s\t]+/g, ' ')
      .replace(/\*\*/g, '')
      .trim();

  const render = (nodes: Ast.Node[]): string => {
    let out = '';
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (!node) continue;
      switch (node.type) {
        case 'string':
          out += node.content;
          break;
        case 'whitespace':
          out += ' ';
          break;
        case 'parbreak':
          out += '\n\n';
          break;
        case 'comment':
          break;
        case 'group':
          out += render(node.content);
          break;
        case 'inlinemath':
          out += render(node.content).replace(/\^\{?\*\}?/g, '*');
          break;
        case 'displaymath':
        case 'mathenv':
          break;
        case 'verbatim':
        case 'verb':
          out += node.content;
          break;
        case 'environment':
          out += environment(node);
          break;
        case 'macro': {
          const accent = ACCENTS[node.content];
          if (accent && !node.args?.length) {
            // The accented letter is the next node: a group ({e}) or the first letter of a string.
            let next = nodes[i + 1];
            if (next?.type === 'whitespace') next = nodes[++i + 1];
            if (next && (next.type === 'group' || next.type === 'string' || next.type === 'macro')) {
              i++;
              const text = (
                next.type === 'group' ? render(next.content) : next.type === 'macro' ? macro(next) : next.content
              ).replace(/^[ıȷ]/, (c) => (c === 'ı' ? 'i' : 'j'));
              out += (text.slice(0, 1) + accent).normalize('NFC') + text.slice(1);
            }
            break;
          }
          out += macro(node);
        }
      }
    }
    return out;
  };

  const environment = (node: Ast.Environment): string => {
    const env = node.env.replace(/\*$/, '');
    if (/^(tabular|tabularx|longtable|tabu|supertabular)$/.test(env)) {
      // Column specs are the leading group(s); rows end at \\ and cells at &.
      const content = [...node.content];
      while (content[0]?.type === 'group' || content[0]?.type === 'whitespace') content.shift();
      return `\n${render(content)
        .split('\n')
        .map((row) =>
          row
            .split('&')
            .map((c) => c.trim())
            .filter(Boolean)
            .join('\t'),
        )
        .join('\n')}\n`;
    }
    if (/^(comment|figure|tikzpicture|filecontents)$/.test(env)) return '';
    if (env === 'minipage') {
      const content = [...node.content];
      while (content[0]?.type === 'group' || content[0]?.type === 'whitespace') content.shift();
      return `\n${render(content)}\n`;
    }
    if (/^(itemize|enumerate|description|cvitems)$/.test(env)) return `\n${render(gatherItemBodies(node.content))}\n`;
    return `\n${render(node.content)}\n`;
  };

  const macro = (node: Ast.Macro): string => {
    const name = node.content;
    if (SYMBOLS[name] !== undefined) return SYMBOLS[name];
    if (INCLUDES.has(name)) {
      included.push(argText(node, 0) || name);
      return '';
    }
    if (HEADINGS.has(name)) {
      const args = node.args ?? [];
      const title = flat(render(args[args.length - 1]?.content ?? []));
      return `\n\n${title}\n\n`;
    }
    switch (name) {
      case 'name':
        contact.name = [argText(node, 0), argText(node, 1)].filter(Boolean).join(' ');
        return '';
      case 'firstname':
        contact.name = [argText(node, 0), contact.name].filter(Boolean).join(' ');
        return '';
      case 'familyname':
      case 'lastname':
        contact.name = [contact.name, argText(node, 0)].filter(Boolean).join(' ');
        return '';
      case 'title':
      case 'position':
        contact.title = argText(node, 0).replace(/\s*\{?\\enskip\\cdotp\\enskip\}?\s*/g, ', ');
        return '';
      case 'email':
        contact.lines.push(argText(node, 0));
        return '';
      case 'phone':
        contact.lines.push(argText(node, 1));
        return '';
      case 'mobile':
        contact.lines.push(argText(node, 0));
        return '';
      case 'homepage': {
        const url = argText(node, 0).replace(/\s/g, '');
        contact.lines.push(/^https?:/.test(url) ? url : `https://${url}`);
        return '';
      }
      case 'social': {
        const kind = argText(node, 0).toLowerCase();
        const id = argText(node, 1).replace(/\s/g, '');
        const url = SOCIAL_URLS[kind]?.(id);
        if (url) {
          urls.push(url);
          contact.lines.push(url);
        }
        return '';
      }
      case 'github':
      case 'linkedin':
      case 'gitlab':
      case 'orcid':
      case 'googlescholar': {
        const url = SOCIAL_URLS[name]?.(argText(node, 0).replace(/\s/g, ''));
        if (url) {
          urls.push(url);
          contact.lines.push(url);
        }
        return '';
      }
      case 'address':
        contact.lines.push(
          [0, 1, 2]
            .map((i) => argText(node, i))
            .filter(Boolean)
            .join(', '),
        );
        return '';
      case 'extrainfo':
        contact.lines.push(argText(node, 0));
        return '';
      case 'href': {
        const url = argText(node, 0).replace(/\s/g, '');
        urls.push(url);
        const text = render(arg(node, 1));
        const email = /^mailto:(.+)$/i.exec(url)?.[1];
        return email && !text.includes('@') ? email : text;
      }
      case 'url': {
        const url = argText(node, 0).replace(/\s/g, '');
        urls.push(url);
        return url;
      }
      case 'textbf':
      case 'bfseries':
        return node.args?.length ? `**${render(arg(node, node.args.length - 1))}**` : '';
      case 'item': {
        // The parser attaches the label ([…]) and, in lists, the item's body as arguments.
        const label = node.args?.find((a) => a.openMark === '[')?.content;
        const body = (node.args ?? [])
          .filter((a) => a.openMark !== '[')
          .map((a) => render(a.content))
          .join(' ');
        return `\n- ${label?.length ? `${flat(render(label))} ` : ''}${body.replace(/\n+/g, ' ').trim()}\n`;
      }
      case 'bibitem':
        return '\n- ';
      case 'cventry': {
        if (awesome) {
          // \cventry{title}{organisation}{location}{date}{description}
          const head = [0, 1, 2].map((i) => argText(node, i)).filter(Boolean);
          return `\n${head.join(', ')}\t${argText(node, 3)}\n${render(arg(node, 4))}\n\n`;
        }
        // moderncv: \cventry{years}{degree or title}{institution}{city}{grade}{description}
        const head = [1, 2, 3, 4].map((i) => argText(node, i)).filter(Boolean);
        const description = render(arg(node, 5)).trim();
        return `\n${head.join(', ')}\t${argText(node, 0)}\n${description}\n\n`;
      }
      case 'cvsubentry':
        return `\n${[0, 2]
          .map((i) => argText(node, i))
          .filter(Boolean)
          .join(', ')}\t${argText(node, 1)}\n`;
      case 'cvhonor': {
        // \cvhonor{award}{event}{location}{date}
        const head = [0, 1, 2].map((i) => argText(node, i)).filter(Boolean);
        return `\n- ${head.join(', ')}\t${argText(node, 3)}\n`;
      }
      case 'cvitem': {
        const label = argText(node, 1);
        const text = render(arg(node, 2)).trim();
        if (!label) return `\n${text}\n`;
        // A year or a range as the label dates the item; any other label names it.
        return /^\d{4}([–-]+(\d{4}|present|now|today))?$|^(\w+\.? )?\d{4}\s*[–-]/i.test(label)
          ? `\n- ${text}\t${label}\n`
          : `\n${label}: ${text}\n`;
      }
      case 'cvitemwithcomment':
        return `\n${argText(node, 0)}: ${argText(node, 1)} (${argText(node, 2)})\n`;
      case 'cvdoubleitem':
        return `\n${argText(node, 0)}: ${argText(node, 1)}\n${argText(node, 2)}: ${argText(node, 3)}\n`;
      case 'cvlistitem':
        return `\n- ${render(arg(node, 0)).trim()}\n`;
      case 'cvlistdoubleitem':
        return `\n- ${argText(node, 0)}\n- ${argText(node, 1)}\n`;
      case 'cvskill':
        return `\n${argText(node, 0)}: ${argText(node, 1)}\n`;
      case 'cvparagraph':
        return `\n${render(arg(node, 0))}\n`;
      default:
        if (SETUP.has(name)) return '';
        // Unknown macros are kept as the text of their arguments, never expanded.
        return (node.args ?? []).map((a) => render(a.content)).join(' ');
    }
  };

  const docEnv = findDocument(tree.content);
  const body = render(docEnv ?? tree.content);
  if (docEnv) render(preambleOf(tree.content)); // \name, \email, … live in moderncv's preamble.
  if (included.length)
    warnings.push(
      `The file includes other files (${[...new Set(included)].slice(0, 5).join(', ')}); Vitae did not read them. ` +
        'Import each file, or a PDF of the whole CV.',
    );
  const header = [contact.name, contact.title, ...contact.lines].filter((l): l is string => !!l);
  const text = [...header, '', body]
    .join('\n')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/``|''/g, '"')
    .replace(/~/g, ' ')
    .replace(/[ \u00a0]+\n/g, '\n')
    .replace(/\n[ ]+/g, '\n')
    .replace(/[ ]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n');
  return { text, urls, warnings };
}

function findDocument(nodes: Ast.Node[]): Ast.Node[] | undefined {
  for (const node of nodes) if (node.type === 'environment' && node.env === 'document') return node.content;
  return undefined;
}

function preambleOf(nodes: Ast.Node[]): Ast.Node[] {
  const end = nodes.findIndex((n) => n.type === 'environment' && n.env === 'document');
  return end < 0 ? nodes : nodes.slice(0, end);
}
