/** `npm run docs`: regenerates the README's API section from the elements' JSDoc. */
import { API_SECTION, renderApiReference } from './api-docs.ts';
import { analyzeElements } from './manifest.ts';
import { writeReadmeSection } from './readme-sections.ts';

writeReadmeSection(API_SECTION, renderApiReference(await analyzeElements()));
console.log('README.md: API section regenerated from the custom elements manifest');
