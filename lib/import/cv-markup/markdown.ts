/**
 * A Markdown CV (a .md file, or pasted Markdown) through a real Markdown parser, mdast-util-from-markdown with
 * GitHub's extensions (tables, autolinks, strikethrough), into the lines the CV text importer reads: headings on
 * their own lines, list items as "- " lines, table rows as tab-separated cells, emphasis dropped but bold kept (it
 * marks the owner in author lists), HTML comments and raw HTML dropped, link text kept and its target collected.
 * In the header (before the first section heading) a link's target is written out, so the contact parser sees the
 * homepage behind "[Homepage](https://…)".
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents, RootContent } from 'mdast';
import type { ConvertedCv } from './links';

export function markdownToCv(markdown: string): ConvertedCv {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const urls: string[] = [];
  const lines: string[] = [];
  let inHeader = true;
  let seenTitle = false;

  const inline = (node: Nodes): string => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'inlineCode':
        return node.value;
      case 'strong':
        return `**${children(node)}**`;
      case 'emphasis':
      case 'delete':
        return children(node);
      case 'break':
        return '\n';
      case 'link': {
        urls.push(node.url);
        const text = children(node);
        const email = /^mailto:(.+)$/i.exec(node.url)?.[1];
        if (email) return text.includes('@') ? text : email;
        if (inHeader && !text.includes(node.url.replace(/^https?:\/\//, '').replace(/\/$/, ''))) return node.url;
        return text;
      }
      case 'image':
      case 'html':
      case 'footnoteReference':
        return '';
      default:
        return 'children' in node ? children(node) : 'value' in node ? String(node.value) : '';
    }
  };
  const children = (node: Parents): string => node.children.map((c) => inline(c as Nodes)).join('');

  const block = (node: RootContent, indent = ''): void => {
    switch (node.type) {
      case 'heading': {
        const text = children(node).replace(/\*\*/g, '').trim();
        if (!(node.depth === 1 && !seenTitle && inHeader)) inHeader = false;
        seenTitle = true;
        lines.push('', text, '');
        return;
      }
      case 'paragraph':
        lines.push(
          ...children(node)
            .split('\n')
            .map((l) => indent + l.trim()),
        );
        if (!indent) lines.push('');
        return;
      case 'list':
        node.children.forEach((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
          item.children.forEach((child, j) => {
            if (j === 0 && child.type === 'paragraph') {
              const [first = '', ...rest] = children(child).split('\n');
              lines.push(`${indent}${marker}${first.trim()}`, ...rest.map((l) => `${indent}  ${l.trim()}`));
            } else block(child, `${indent}  `);
          });
        });
        if (!indent) lines.push('');
        return;
      case 'table':
        // The first row is the header ("Years | Position") unless it already holds an entry (a year).
        node.children.forEach((row, i) => {
          const cells = row.children.map((cell) => children(cell).trim());
          if (i > 0 || /\d{4}/.test(cells.join(' '))) lines.push(cells.join('\t'));
        });
        lines.push('');
        return;
      case 'blockquote':
        node.children.forEach((child) => block(child, indent));
        return;
      case 'code':
        lines.push(...node.value.split('\n'), '');
        return;
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
        if (node.type === 'definition') urls.push(node.url);
        return;
      default:
        if ('children' in node) lines.push(children(node as Parents));
    }
  };
  for (const node of tree.children) block(node);
  return { text: lines.join('\n').replace(/\n{3,}/g, '\n\n'), urls, warnings: [] };
}
