const WINDOW = 220;

/** Folds case and accents, so "Oekraine" finds "Oekraïne". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A short piece of `text` around the first word of the search, with every
 * searched word marked `<mark>…</mark>`. Query syntax (quotes, AND/OR/NOT,
 * `*`) is ignored; a passage found only through the names of what it
 * mentions gives its opening words.
 */
export function snippetFor(text: string, search: string): string {
  const words = search
    .split(/[\s"()~^]+/)
    .filter((w) => w.length > 1 && !['AND', 'OR', 'NOT'].includes(w))
    .map((w) => fold(w.replace(/[*?]$/, '')))
    .filter((w) => w.length > 1);
  // Folding NFD then stripping marks keeps one character per letter of the Latin text here.
  const folded = fold(text);
  const aligned = folded.length === text.length;
  const positions = aligned ? words.map((w) => folded.indexOf(w)).filter((i) => i >= 0) : [];
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, first - WINDOW / 3);
  const end = Math.min(text.length, start + WINDOW);
  let piece = escapeHtml(text.slice(start, end));
  if (aligned) {
    for (const word of new Set(words)) {
      piece = piece.replace(new RegExp(`(?<![\\p{L}\\p{N}])(${escapeRegExp(word)}[\\p{L}\\p{N}]*)`, 'giu'), (match) => (fold(match).startsWith(word) ? `<mark>${match}</mark>` : match));
    }
  }
  return `${start > 0 ? '…' : ''}${piece}${end < text.length ? '…' : ''}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
