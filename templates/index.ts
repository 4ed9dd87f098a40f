import { article } from './article.ts';
import { atomFeed, sitemap } from './feeds.ts';
import { home } from './home.ts';
import { month } from './month.ts';
import { notFound } from './not-found.ts';
import { redirect } from './redirect.ts';
import type { Template } from './types.ts';
import { undated } from './undated.ts';
import { year } from './year.ts';

/** Every template of the site, by the virtual file name Eleventy knows it under. */
export const TEMPLATES: Record<string, Template<never>> = {
  'home.11ty.js': home,
  'year.11ty.js': year as Template<never>,
  'month.11ty.js': month as Template<never>,
  'article.11ty.js': article as Template<never>,
  'undated.11ty.js': undated as Template<never>,
  'redirect.11ty.js': redirect as Template<never>,
  'not-found.11ty.js': notFound,
  'feed.11ty.js': atomFeed,
  'sitemap.11ty.js': sitemap,
};
