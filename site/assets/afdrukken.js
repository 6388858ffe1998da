// Printing: every toelichting and every folded list belongs in the printed text. The print
// stylesheet shows a closed <details> in browsers that know ::details-content (Chromium);
// for the others the toelichtingen are opened just before printing and closed again after.
{
  const opened = []
  addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll('details:not([open])')) {
      details.open = true
      opened.push(details)
    }
  })
  addEventListener('afterprint', () => {
    for (const details of opened.splice(0)) details.open = false
  })
}
