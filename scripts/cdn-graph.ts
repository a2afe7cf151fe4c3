/** What a page downloads for one CDN entry: the files its static imports reach, and how deep. */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface StaticGraph {
  /** The entry and every chunk it imports statically, directly or not, relative to the entry's build folder. */
  files: string[];
  /** Requests one after the other before the last file is known: 1 for a module that imports nothing. */
  depth: number;
}

/** Relative specifiers of the static `import`/`export … from` statements in minified or plain output (not `import()`). */
const staticImportsOf = (code: string) => [...code.matchAll(/(?:\bimport\s*|\bfrom\s*)(["'])(\.{1,2}\/[^"']+)\1/g)].map((match) => match[2]!);

/** Breadth first, as a browser fetches: each level is requested once the level before it is read. */
export function staticGraphOf(buildDir: string, entry: string): StaticGraph {
  const seen = new Set([join(buildDir, entry)]);
  let level = [join(buildDir, entry)];
  let depth = 0;
  while (level.length > 0) {
    depth += 1;
    const next: string[] = [];
    for (const file of level) {
      for (const specifier of staticImportsOf(readFileSync(file, 'utf8'))) {
        const imported = join(dirname(file), specifier);
        if (!seen.has(imported)) seen.add(imported), next.push(imported);
      }
    }
    level = next;
  }
  return { files: [...seen].map((file) => relative(buildDir, file)), depth };
}
