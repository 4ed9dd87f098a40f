// Starts the Pagefind search UI on the search page: the first bundle is the primary index,
// the others (parts of the archive by time) are merged into it. A ?q= in the address searches right away.
(() => {
  const element = document.getElementById('soegning');
  if (!element || typeof PagefindUI === 'undefined') return;
  const [bundlePath, ...others] = JSON.parse(element.dataset.bundles || '[]');
  // The index holds each article's full address, path prefix included; Pagefind would otherwise
  // put the folder above `pagefind/` in front of it a second time.
  const ui = new PagefindUI({
    element: '#soegning',
    bundlePath,
    baseUrl: '/',
    mergeIndex: others.map((path) => ({ bundlePath: path, baseUrl: '/' })),
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    autofocus: true,
    pageSize: 10,
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
