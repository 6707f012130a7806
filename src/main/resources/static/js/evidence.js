// Marks the evidence of an item's tags in its text: every place a tag's evidence phrase occurs as a
// whole word becomes a <mark> naming the tag. The text is split into text nodes and marks; no HTML is
// parsed, so whatever the text holds stays text.

import { el } from './dom.js';

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Evidence phrase (lower case) → the tags it is evidence of. */
function phrases(tags) {
  const byPhrase = new Map();
  for (const t of tags || []) {
    for (const ev of t.evidence || []) {
      const p = (ev.text || '').trim().toLowerCase();
      if (!p) continue;
      if (!byPhrase.has(p)) byPhrase.set(p, []);
      if (!byPhrase.get(p).includes(t)) byPhrase.get(p).push(t);
    }
  }
  return byPhrase;
}

/** A matcher for the tags' evidence, longest phrase first, whole words only; null when there is none. */
export function matcher(tags) {
  const byPhrase = phrases(tags);
  if (!byPhrase.size) return null;
  const alternatives = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp('(?<![\\p{L}\\p{N}])(?:' + alternatives.join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
  return { pattern, byPhrase };
}

/** The text as a fragment of text nodes and <mark class="evidence"> elements. */
export function highlight(text, m) {
  const frag = document.createDocumentFragment();
  if (!m) {
    frag.appendChild(document.createTextNode(text));
    return frag;
  }
  let at = 0;
  for (const match of text.matchAll(m.pattern)) {
    if (match.index > at) frag.appendChild(document.createTextNode(text.slice(at, match.index)));
    const tags = m.byPhrase.get(match[0].toLowerCase()) || [];
    const mark = el('mark', 'evidence evidence-' + (tags.some((t) => t.kind === 'topic') ? 'topic' : 'region'), match[0]);
    mark.dataset.tags = tags.map((t) => t.id).join(' ');
    mark.title = tags.map((t) => t.label + ' (' + t.kind + ')').join(', ');
    frag.appendChild(mark);
    at = match.index + match[0].length;
  }
  if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
  return frag;
}

/** The text as paragraphs (split on blank lines), each with its evidence marked. */
export function paragraphs(text, m) {
  const frag = document.createDocumentFragment();
  for (const para of (text || '').split(/\n\s*\n/)) {
    if (!para.trim()) continue;
    const p = el('p');
    p.appendChild(highlight(para.trim(), m));
    frag.appendChild(p);
  }
  return frag;
}
