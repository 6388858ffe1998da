// Search page on Pagefind's JS API (/pagefind/pagefind.js), with our own small
// renderer instead of Pagefind's default UI: every field from the index is
// placed as text (textContent, text nodes), never as HTML, and result links
// only go to paths on this site. Text in the index comes from the verordening,
// so it is treated as untrusted even though the checker refuses HTML in it.
// External file on purpose: the site's Content-Security-Policy forbids inline scripts.
'use strict'

const pageSize = 10
const filterLabels = { versie: 'Versie', effect: 'Onderwerp', wet: 'Wet' }
const filterOrder = ['versie', 'effect', 'wet']
const collator = new Intl.Collator('nl')

function startSearch () {
  const root = document.getElementById('zoeken')
  if (!root) return
  const form = root.querySelector('form')
  const input = document.getElementById('zoekterm')
  const status = document.getElementById('zoekstatus')
  const list = document.getElementById('zoekresultaten')
  const more = document.getElementById('zoeken-meer')
  const filterPanel = document.getElementById('zoekfilters')
  const filterGroups = document.getElementById('zoekfilters-groepen')
  const headerField = document.getElementById('zoekterm-kop')

  /** Chosen filter values per filter name. */
  const chosen = new Map()
  /** Checkbox labels per filter value, to update their counts. */
  const counters = new Map()
  let pagefind = null
  let results = []
  let shown = 0
  let searchId = 0
  /** The filter counts of the whole index, shown when nothing is searched. */
  let totals = {}

  root.hidden = false

  import('/pagefind/pagefind.js')
    .then(async (module) => {
      pagefind = module
      await pagefind.options({ excerptLength: 30 })
      await pagefind.init()
      totals = await pagefind.filters()
      makeFilters(totals)
      // The query from the header form (?q=), unless the user has started typing already.
      const q = new URLSearchParams(window.location.search).get('q')
      if (q && input.value.trim() === '') input.value = q.trim()
      if (input.value.trim() !== '') runSearch(0)
    })
    .catch(() => {
      setStatus('Zoeken lukt nu niet. Probeer het later opnieuw, of kies een onderwerp op de pagina Inwoners.')
    })

  input.addEventListener('input', () => runSearch(300))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    runSearch(0)
  })
  more.addEventListener('click', () => {
    showNext(true)
  })

  function setStatus (text) {
    status.textContent = text
  }

  function filterOptions () {
    const filters = {}
    for (const [name, values] of chosen) {
      if (values.size > 0) filters[name] = { any: [...values] }
    }
    return filters
  }

  async function runSearch (delay) {
    if (!pagefind) return
    const term = input.value.trim()
    const filters = filterOptions()
    const filtered = Object.keys(filters).length > 0
    keepAddress(term)
    if (headerField) headerField.value = term
    const id = ++searchId
    if (term === '' && !filtered) {
      results = []
      updateCounters(totals)
      showResults()
      setStatus('')
      return
    }
    // A null term with filters lists every page that has those filters.
    const search = await pagefind.debouncedSearch(term === '' ? null : term, { filters }, delay)
    if (search === null || id !== searchId) return
    results = search.results
    updateCounters(search.filters)
    showResults()
    const count = results.length
    const what = count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`
    const forWhat = term === '' ? ' met de gekozen filters' : ` voor “${term}”${filtered ? ' met de gekozen filters' : ''}`
    setStatus(`${what}${forWhat}.`)
  }

  function keepAddress (term) {
    const url = new URL(window.location.href)
    if (term === '') url.searchParams.delete('q')
    else url.searchParams.set('q', term)
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
  }

  function showResults () {
    list.replaceChildren()
    shown = 0
    showNext(false)
  }

  async function showNext (focus) {
    const id = searchId
    const batch = results.slice(shown, shown + pageSize)
    shown += batch.length
    more.hidden = shown >= results.length
    const entries = await Promise.all(batch.map((result) => result.data()))
    if (id !== searchId) return
    let first = null
    for (const data of entries) {
      const item = resultItem(data)
      if (!item) continue
      list.append(item)
      first = first || item.querySelector('a')
    }
    if (focus && first) first.focus()
  }

  function resultItem (data) {
    const href = sitePath(data.url)
    if (!href) return null
    const item = element('li', 'zoekresultaat')
    const heading = element('h2', 'utrecht-heading-3 zoekresultaat__titel')
    const link = element('a', 'utrecht-link zoekresultaat__link', textOf(data.meta && data.meta.title) || href)
    link.href = href
    heading.append(link)
    item.append(heading)
    const excerptNode = element('p', 'utrecht-paragraph zoekresultaat__uittreksel')
    appendExcerpt(excerptNode, data.excerpt)
    item.append(excerptNode)
    const parts = (data.sub_results || []).filter((sub) => sitePath(sub.url) && sitePath(sub.url) !== href).slice(0, 3)
    if (parts.length > 0) {
      const partList = element('ul', 'zoekresultaat__onderdelen')
      for (const sub of parts) {
        const partItem = element('li', 'zoekresultaat__onderdeel')
        const partLink = element('a', 'utrecht-link zoekresultaat__onderdeel-link', textOf(sub.title) || 'Naar dit deel')
        partLink.href = sitePath(sub.url)
        const partExcerpt = element('p', 'utrecht-paragraph zoekresultaat__uittreksel')
        appendExcerpt(partExcerpt, sub.excerpt)
        partItem.append(partLink, partExcerpt)
        partList.append(partItem)
      }
      item.append(partList)
    }
    return item
  }

  function makeFilters (all) {
    const names = Object.keys(all || {})
      .filter((name) => Object.keys(all[name] || {}).length > 0)
      .sort((a, b) => rank(a) - rank(b) || collator.compare(a, b))
    if (names.length === 0) return
    names.forEach((name, groupIndex) => {
      const fieldset = element('fieldset', 'zoekfilters__groep')
      fieldset.append(element('legend', 'zoekfilters__legenda', filterLabels[name] || textOf(name)))
      const values = Object.keys(all[name]).sort((a, b) => collator.compare(a, b))
      values.forEach((value, index) => {
        const id = `filter-${groupIndex}-${index}`
        const row = element('div', 'zoekfilters__optie')
        const box = element('input', 'zoekfilters__vak')
        box.type = 'checkbox'
        box.id = id
        box.addEventListener('change', () => {
          const set = chosen.get(name) || new Set()
          if (box.checked) set.add(value)
          else set.delete(value)
          chosen.set(name, set)
          runSearch(0)
        })
        const label = element('label', 'zoekfilters__label', textOf(value))
        label.htmlFor = id
        const counter = element('span', 'zoekfilters__aantal', ` (${all[name][value]})`)
        label.append(counter)
        counters.set(`${name}\u0000${value}`, counter)
        row.append(box, label)
        fieldset.append(row)
      })
      filterGroups.append(fieldset)
    })
    filterPanel.hidden = false
    // Wide screens show the filters beside the results; small screens keep them folded.
    if (window.matchMedia('(min-width: 60em)').matches) filterPanel.open = true
  }

  function updateCounters (counts) {
    for (const [key, counter] of counters) {
      const [name, value] = key.split('\u0000')
      const count = counts && counts[name] ? counts[name][value] || 0 : 0
      counter.textContent = ` (${count})`
    }
  }
}

function rank (name) {
  const position = filterOrder.indexOf(name)
  return position === -1 ? filterOrder.length : position
}

/** An element with a class and, optionally, text (never HTML). */
function element (tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function textOf (value) {
  return typeof value === 'string' ? value : ''
}

/**
 * A link target from the index, as a path on this site, or null. Anything that
 * resolves to another origin (https://…, //…, javascript:, data:) is dropped.
 */
function sitePath (raw) {
  if (typeof raw !== 'string' || raw === '') return null
  let url
  try {
    url = new URL(raw, window.location.href)
  } catch {
    return null
  }
  if (url.origin !== window.location.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null
  return url.pathname + url.search + url.hash
}

/**
 * Pagefind (1.5) builds an excerpt from the page text with only `<` and `>`
 * escaped and the matched words wrapped in `<mark>…</mark>`. The excerpt is
 * split on exactly those two markers; everything else is text: the escaping is
 * undone (also of `&`, `"` and `'`, should a later Pagefind escape those) and
 * the result goes in as text nodes. It is never parsed as HTML.
 */
function appendExcerpt (target, excerpt) {
  if (typeof excerpt !== 'string') return
  const pieces = excerpt.split(/(<mark>|<\/mark>)/)
  let mark = null
  for (const piece of pieces) {
    if (piece === '<mark>') {
      mark = document.createElement('mark')
      continue
    }
    if (piece === '</mark>') {
      if (mark) target.append(mark)
      mark = null
      continue
    }
    if (piece === '') continue
    const text = document.createTextNode(unescapeExcerpt(piece))
    if (mark) mark.append(text)
    else target.append(text)
  }
  if (mark) target.append(mark)
}

function unescapeExcerpt (text) {
  const characters = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" }
  return text.replace(/&(lt|gt|amp|quot|#39);/g, (_, name) => characters[name])
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startSearch)
} else {
  startSearch()
}
