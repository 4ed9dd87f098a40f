import { article } from './article.ts';
import { atomFeed, jsonFeed, robots, sitemap, sitemapIndex, topicFeed } from './feeds.ts';
import { home } from './home.ts';
import { month } from './month.ts';
import { notFound } from './not-found.ts';
import { redirect } from './redirect.ts';
import { search } from './search.ts';
import { topic, topicIndex } from './topics.ts';
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
  'topic-index.11ty.js': topicIndex,
  'topic.11ty.js': topic as Template<never>,
  'search.11ty.js': search,
  'feed.11ty.js': atomFeed,
  'feed-json.11ty.js': jsonFeed,
  'topic-feed.11ty.js': topicFeed as Template<never>,
  'sitemap.11ty.js': sitemap as Template<never>,
  'sitemap-index.11ty.js': sitemapIndex,
  'robots.11ty.js': robots,
};
