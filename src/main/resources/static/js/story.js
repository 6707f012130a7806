// Story groups on the client: the items that share an item's story id, each near-duplicate folded under
// the item it duplicates.

/** [{item, duplicates: [...]}] for the story of `item`, oldest first; `item` itself is included. */
export function storyGroup(item, candidates) {
  const byId = new Map();
  for (const c of candidates) if (c.story === item.story) byId.set(String(c.id), c);
  byId.set(String(item.id), item);
  const groups = new Map();
  const members = [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));
  for (const m of members) {
    const parent = m.duplicateOf && byId.has(String(m.duplicateOf)) ? String(m.duplicateOf) : null;
    if (!parent) groups.set(String(m.id), { item: m, duplicates: [] });
  }
  for (const m of members) {
    if (groups.has(String(m.id))) continue;
    const parent = groups.get(String(m.duplicateOf));
    if (parent) parent.duplicates.push(m);
    else groups.set(String(m.id), { item: m, duplicates: [] });
  }
  return [...groups.values()];
}
