// Story groups on the client: the items that share an item's story id, each near-duplicate folded under
// the first item of its chain of duplicates.

/** The id of the first item m duplicates, following duplicateOf within the group (cycles stop). */
function root(m, byId) {
  let at = m;
  const seen = new Set();
  while (at.duplicateOf && byId.has(String(at.duplicateOf)) && !seen.has(String(at.id))) {
    seen.add(String(at.id));
    at = byId.get(String(at.duplicateOf));
  }
  return String(at.id);
}

/** [{item, duplicates: [...]}] for the story of `item`, oldest first; `item` itself is included. */
export function storyGroup(item, candidates) {
  const byId = new Map();
  for (const c of candidates) if (c.story === item.story) byId.set(String(c.id), c);
  byId.set(String(item.id), item);
  const groups = new Map();
  const members = [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));
  for (const m of members) {
    const r = root(m, byId);
    if (!groups.has(r)) groups.set(r, { item: byId.get(r), duplicates: [] });
    if (r !== String(m.id)) groups.get(r).duplicates.push(m);
  }
  return [...groups.values()].sort((a, b) => Number(a.item.id) - Number(b.item.id));
}
