// Search page: starts the Pagefind UI (loaded from /pagefind/pagefind-ui.js)
// and runs the query from ?q= so the search form in the page header works.
// External file on purpose: the site's Content-Security-Policy forbids inline scripts.
'use strict'

function startZoeken () {
  const element = document.querySelector('#zoeken')
  if (!element || typeof window.PagefindUI !== 'function') return

  const ui = new window.PagefindUI({
    element: '#zoeken',
    showSubResults: true,
    // Pagefind picks its built-in Dutch texts from <html lang="nl">.
    showImages: false
  })

  const q = new URLSearchParams(window.location.search).get('q')
  if (q && q.trim() !== '') {
    ui.triggerSearch(q.trim())
  }

  // Keep the header field in step with what was searched for.
  const kopveld = document.querySelector('#zoekterm-kop')
  if (kopveld && q) kopveld.value = q
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startZoeken)
} else {
  startZoeken()
}
