export * from './article.ts';
export * from './dates.ts';
export * from './diagnostic.ts';
export * from './settings.ts';
