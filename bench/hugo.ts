/**
 * The site a Hugo user would make of the same archive: every article converted to Markdown with
 * front matter (one page per article), list pages per year and per month (as taxonomies), a home
 * page listing all articles, RSS and a sitemap; Pagefind indexes the article text afterwards.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ParsedArticle } from '../src/model/index.ts';
import { listArticleFiles } from '../src/read/files.ts';
import { parseFile } from '../src/site/parse-file.ts';

const CONFIG = `baseURL = "https://arkiv.example.dk/"
languageCode = "da"
defaultContentLanguage = "da"
title = "Nyhedsarkiv"
timeZone = "Europe/Copenhagen"
disableKinds = []

[taxonomies]
  year = "years"
  month = "months"

[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML"]
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
<style>body{font:1.05rem/1.6 Georgia,serif;max-width:40rem;margin:0 auto;padding:1rem}blockquote{font-style:italic}</style>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> · <a href="{{ "/years/" | relURL }}">År</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2. January 2006" }}</time>{{ end }}
{{ with .Params.lead }}<p><strong>{{ . }}</strong></p>{{ end }}
{{ .Content }}
{{ with .Params.sources }}<p>{{ delimit . ", " }}</p>{{ end }}
</article>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ if not .Date.IsZero }}<time>{{ .Date.Format "2. January 2006" }}</time>{{ end }}</li>{{ end }}</ul>
{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical.Reverse }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ if not .Date.IsZero }}<time>{{ .Date.Format "2. January 2006" }}</time>{{ end }}</li>{{ end }}</ul>
{{ end }}
`,
};

/** `2021` → `2021-01-01`, `2021-04` → `2021-04-01`, `2021-04-05T10:30` → `2021-04-05T10:30:00`. */
function hugoDate(iso: string): string {
  const [date = iso, time] = iso.split('T');
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}${time ? `T${time}:00` : ''}`;
}

/** The Markdown page of one article. */
export function hugoPage(article: ParsedArticle): string {
  const front: Record<string, unknown> = { title: article.headline };
  if (article.date) {
    front.date = hugoDate(article.date.iso);
    front.years = [article.date.iso.slice(0, 4)];
    if (article.date.iso.length >= 7) front.months = [article.date.iso.slice(0, 7)];
  }
  if (article.lead) front.lead = article.lead;
  if (article.sources.length > 0) front.sources = article.sources;
  const body = article.body.map((block) => (block.kind === 'quote' ? `> ${block.text}` : block.kind === 'subhead' ? `## ${block.text}` : block.text));
  return `---\n${stringify(front)}---\n\n${body.join('\n\n')}\n`;
}

/** Writes the Hugo site for the articles under `content` into `site`; returns the number of pages. */
export async function writeHugoSite(content: string, site: string): Promise<number> {
  await rm(site, { recursive: true, force: true });
  await mkdir(path.join(site, 'content', 'artikler'), { recursive: true });
  await writeFile(path.join(site, 'hugo.toml'), CONFIG);
  for (const [file, text] of Object.entries(LAYOUTS)) {
    await mkdir(path.dirname(path.join(site, 'layouts', file)), { recursive: true });
    await writeFile(path.join(site, 'layouts', file), text);
  }
  let pages = 0;
  for (const file of await listArticleFiles(content)) {
    const { record } = await parseFile(content, file);
    if (!record || record.draft) continue;
    pages++;
    await writeFile(path.join(site, 'content', 'artikler', `${String(pages).padStart(6, '0')}.md`), hugoPage(record));
  }
  return pages;
}
