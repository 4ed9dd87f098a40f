import { html } from '../src/render/html.ts';
import { layout } from './layout.ts';
import { pagesOf, type Template } from './types.ts';

/** The page static hosts show for an unknown address. */
export const notFound: Template<{ url: string }> = {
  data: pagesOf('notFound'),
  render(data) {
    const { site } = data;
    const main = html`
<h1 class="page-title">Siden findes ikke</h1>
<p class="page-intro">Adressen peger ikke på en side i arkivet. Måske er artiklen flyttet, eller der er en slåfejl i adressen.</p>
<p><a href="${site.href('/')}">Gå til tidslinjen</a> og find artiklen under dens år og måned.</p>`;
    return layout(data, { title: 'Siden findes ikke', main });
  },
};
