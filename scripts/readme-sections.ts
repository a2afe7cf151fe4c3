/**
 * Generated parts of README.md live between `<!-- name:start -->` and `<!-- name:end -->`, so that
 * the hand-written text around them stays hand-written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './package-layout.ts';

export const README = join(ROOT, 'README.md');

function bounds(readme: string, name: string): { start: number; end: number } {
  const startMarker = `<!-- ${name}:start -->`;
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  if (start === -1 || end < start) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> section`);
  return { start: start + startMarker.length, end };
}

/** The section's content, without the markers. */
export function readmeSection(readme: string, name: string): string {
  const { start, end } = bounds(readme, name);
  return readme.slice(start, end);
}

/** Replaces the section's content in README.md. */
export function writeReadmeSection(name: string, content: string): void {
  const readme = readFileSync(README, 'utf8');
  const { start, end } = bounds(readme, name);
  writeFileSync(README, readme.slice(0, start) + content + readme.slice(end));
}
