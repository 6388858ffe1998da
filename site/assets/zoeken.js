// The search page: MiniSearch (/assets/minisearch.js) over the documents the
// build wrote to zoeken/documenten.json (src/views/zoeken.ts), at the address in
// the page's data-documenten. Questions as
// inwoners type them work: Dutch stop words are dropped, words match in part
// (prefix, and a typo in longer words), and results are ranked instead of
// requiring every word. Effect pages rank above artikel pages, and the
// inwonersversie is shown first; the juridische versie is one click away.
// Every field is placed as text (textContent), never as HTML, and result links
// only go to paths on this site. External file: the CSP forbids inline scripts.

const pageSize = 10
const collator = new Intl.Collator('nl')

// Words that say nothing about the subject of a question.
const stopwoorden = new Set(
  `aan al alle als ben bent bij dan dat de deze die dit doe doen door dus een en er erg even geen had heb hebben heeft het hier hij hoe hun ik in is je jij kan kon kun kunnen kunt maar me meer men met mij mijn moet moeten na naar niet niets nog nu of om omdat ons onze ook op over te tot u uit uw van veel voor waar wanneer wat we wel wie wij wil wilt willen word wordt worden zal ze zelf zich zij zijn zo zou zulke krijg krijgen iets iemand graag help helpen hulp vraag vragen`.split(
    ' ',
  ),
)

/** Lowercase, without accents, without stop words, with the commonest Dutch endings cut. */
function zoekterm(word) {
  return normaal(word, true)
}

function normaal(word, zonderStopwoorden) {
  let term = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '')
  if (term.length < 2 || (zonderStopwoorden && stopwoorden.has(term))) return null
  if (term.length > 5 && term.endsWith('en')) {
    term = term.slice(0, -2)
    // voorschotten → voorschot, bussen → bus: the doubled consonant belongs to the plural.
    if (/([bdfgklmnprst])\1$/.test(term)) term = term.slice(0, -1)
  } else if (term.length > 4 && term.endsWith('s')) term = term.slice(0, -1)
  else if (term.length > 4 && term.endsWith('e')) term = term.slice(0, -1)
  return term
}

const versies = [
  { waarde: 'inwoners', label: 'Uitleg voor inwoners', past: (doc) => doc.versie === 'Inwonersversie' },
  { waarde: 'juridisch', label: 'Juridische tekst', past: (doc) => doc.versie === 'Juridische versie' },
  { waarde: 'alles', label: 'Alles', past: () => true },
]

function startSearch() {
  const root = document.getElementById('zoeken')
  if (!root || typeof window.MiniSearch !== 'function') return
  const form = root.querySelector('form')
  const input = document.getElementById('zoekterm')
  const clear = document.getElementById('zoeken-wissen')
  const status = document.getElementById('zoekstatus')
  const list = document.getElementById('zoekresultaten')
  const more = document.getElementById('zoeken-meer')
  const filterPanel = document.getElementById('zoekfilters')
  const filterGroups = document.getElementById('zoekfilters-groepen')
  const versieGroup = document.getElementById('zoekversie')
  const headerField = document.getElementById('zoekterm-kop')
  const geen = document.getElementById('zoeken-geen')
  const suggestie = document.getElementById('zoeksuggestie')
  const suggestieLink = document.getElementById('zoeksuggestie-link')

  let index = null
  let documents = []
  /** Every term in the documents, to split a compound the text does not have ("mantelzorgcompliment"). */
  const vocabulary = new Set()
  /** Per term, a word as the documents write it: what a spelling suggestion shows. */
  const surface = new Map()
  let results = []
  let shown = 0
  let timer = null
  let versie = 'inwoners'
  const chosen = { effecten: new Set(), wetten: new Set() }
  const counters = new Map()

  root.hidden = false

  // The address comes from the page (site.urls.zoekDocumenten): the site may live under a basis such as /verordening/.
  fetch(root.dataset.documenten || 'documenten.json')
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status))
      return response.json()
    })
    .then((loaded) => {
      documents = Array.isArray(loaded) ? loaded : []
      index = new window.MiniSearch({
        fields: ['titel', 'vraag', 'trefwoorden', 'diensten', 'tekst'],
        storeFields: ['url', 'titel', 'soort', 'versie', 'samenvatting', 'effecten', 'wetten'],
        tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u),
        // Every word is indexed; stop words are left out of the question only.
        processTerm: (word) => normaal(word, false),
        searchOptions: {
          processTerm: zoekterm,
          combineWith: 'OR',
          prefix: (term) => term.length >= 3,
          fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
          // The names people use for a service (diensten.yml) lead to the artikel about it.
          boost: { titel: 3, trefwoorden: 3, diensten: 6, vraag: 2, tekst: 1 },
          boostDocument: (_id, _term, stored) => (stored && stored.soort === 'effect' ? 2.5 : stored && stored.versie === 'Inwonersversie' ? 1.4 : 1),
        },
      })
      index.addAll(documents.filter((doc) => doc && typeof doc.id === 'string'))
      for (const doc of documents) {
        for (const field of ['titel', 'vraag', 'trefwoorden', 'diensten', 'tekst']) {
          for (const word of textOf(doc[field]).split(/[^\p{L}\p{N}]+/u)) {
            const term = normaal(word, false)
            if (!term) continue
            vocabulary.add(term)
            if (!surface.has(term)) surface.set(term, word.toLowerCase())
          }
        }
      }
      makeVersies()
      makeFilters()
      const q = new URLSearchParams(window.location.search).get('q')
      if (q && input.value.trim() === '') input.value = q.trim()
      runSearch()
    })
    .catch(() => {
      setStatus('Zoeken lukt nu niet. Probeer het later opnieuw, of kies een onderwerp op de pagina Inwoners.')
    })

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(runSearch, 150)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    runSearch()
  })
  clear.addEventListener('click', () => {
    input.value = ''
    for (const set of Object.values(chosen)) set.clear()
    for (const box of filterGroups.querySelectorAll('input[type=checkbox]')) box.checked = false
    runSearch()
    input.focus()
  })
  more.addEventListener('click', () => showNext(true))

  function setStatus(text) {
    status.textContent = text
  }

  function passes(doc) {
    const gekozen = versies.find((entry) => entry.waarde === versie) || versies[0]
    if (!gekozen.past(doc)) return false
    if (chosen.effecten.size > 0 && !(doc.effecten || []).some((value) => chosen.effecten.has(value))) return false
    if (chosen.wetten.size > 0 && !(doc.wetten || []).some((value) => chosen.wetten.has(value))) return false
    return true
  }

  function runSearch() {
    if (!index) return
    const term = input.value.trim()
    keepAddress(term)
    if (headerField) headerField.value = term
    const filtered = chosen.effecten.size > 0 || chosen.wetten.size > 0
    clear.hidden = term === '' && !filtered
    if (term === '' && !filtered) {
      results = []
      showResults([])
      setStatus('')
      return
    }
    // A question of stop words only ("hulp") is searched as it is, not as nothing.
    const alleenStopwoorden = term !== '' && term.split(/[^\p{L}\p{N}]+/u).every((word) => zoekterm(word) === null)
    const all =
      term === ''
        ? documents.map((doc) => ({ ...doc, terms: [] }))
        : index.search(alleenStopwoorden ? term : joinCompounds(splitCompounds(term)), alleenStopwoorden ? { processTerm: (word) => normaal(word, false) } : {})
    results = all.filter(passes)
    showResults(all)
    const count = results.length
    const what = count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`
    const where = versie === 'inwoners' ? ' in de uitleg voor inwoners' : versie === 'juridisch' ? ' in de juridische tekst' : ''
    const forWhat = term === '' ? ' met de gekozen filters' : ` voor “${term}”`
    const elsewhere = versie !== 'alles' && count === 0 && all.length > 0 ? ' Kies “Alles” om ook in de andere versie te zoeken.' : ''
    setStatus(`${what}${forWhat}${where}.${elsewhere}`)
    showNoResults(count === 0 && term !== '' ? term : null)
  }

  /**
   * No dead end: without results the page shows the loket and the onderwerpen
   * (rendered in the page, hidden), and a near spelling when one exists.
   */
  function showNoResults(term) {
    if (!geen) return
    geen.hidden = term === null
    const near = term === null ? null : nearSpelling(term)
    suggestie.hidden = near === null
    if (near === null) return
    const url = new URL(window.location.href)
    url.searchParams.set('q', near)
    suggestieLink.href = url.pathname + url.search
    suggestieLink.textContent = near
  }

  /** The question with each unknown word replaced by the nearest word of the documents, or null when none is near. */
  function nearSpelling(term) {
    let changed = false
    const words = term.split(/\s+/).map((word) => {
      const plainWord = normaal(word, true)
      if (!plainWord || plainWord.length < 4 || vocabulary.has(plainWord)) return word
      const limit = plainWord.length >= 7 ? 2 : 1
      let best = null
      let bestDistance = limit + 1
      for (const known of vocabulary) {
        if (Math.abs(known.length - plainWord.length) > limit) continue
        const distance = editDistance(plainWord, known, limit)
        if (distance < bestDistance) {
          best = known
          bestDistance = distance
        }
      }
      if (best === null) return word
      changed = true
      return surface.get(best) || best
    })
    return changed ? words.join(' ') : null
  }

  /**
   * A service name written in two words ("regio taxi", "thuis hulp") is one word
   * in the documents: two neighbouring words whose join the documents know are
   * searched joined as well.
   */
  function joinCompounds(query) {
    const words = query.split(/\s+/).filter((word) => word !== '')
    const joined = []
    for (let position = 0; position + 1 < words.length; position++) {
      const term = normaal(words[position] + words[position + 1], false)
      if (term && term.length >= 6 && (vocabulary.has(term) || [...vocabulary].some((known) => known.startsWith(term)))) joined.push(term)
    }
    return joined.length > 0 ? `${query} ${joined.join(' ')}` : query
  }

  /**
   * Dutch writes compounds as one word. A word of the question that no term of
   * the documents starts with is split after its longest known beginning
   * (at least four letters): "mantelzorgcompliment" → "mantelzorg compliment".
   */
  function splitCompounds(query) {
    return query
      .split(/\s+/)
      .map((word) => {
        const term = zoekterm(word)
        if (!term || term.length < 7 || vocabulary.has(term) || [...vocabulary].some((known) => known.startsWith(term))) return word
        for (let end = term.length - 3; end >= 4; end--) {
          if (vocabulary.has(term.slice(0, end))) return `${term.slice(0, end)} ${term.slice(end)}`
        }
        return word
      })
      .join(' ')
  }

  function keepAddress(term) {
    const url = new URL(window.location.href)
    if (term === '') url.searchParams.delete('q')
    else url.searchParams.set('q', term)
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
  }

  function showResults(all) {
    list.replaceChildren()
    shown = 0
    updateCounters(all)
    showNext(false)
  }

  function showNext(focus) {
    const batch = results.slice(shown, shown + pageSize)
    shown += batch.length
    more.hidden = shown >= results.length
    let first = null
    for (const result of batch) {
      const item = resultItem(result)
      if (!item) continue
      list.append(item)
      first = first || item.querySelector('a')
    }
    if (focus && first) first.focus()
  }

  function resultItem(result) {
    const href = sitePath(result.url)
    if (!href) return null
    const item = element(
      'li',
      `zoekresultaat zoekresultaat--${result.soort === 'effect' ? 'effect' : result.versie === 'Juridische versie' ? 'juridisch' : 'inwoners'}`,
    )
    const label = result.soort === 'effect' ? 'Onderwerp voor inwoners' : result.versie === 'Juridische versie' ? 'Juridische tekst' : 'Uitleg voor inwoners'
    item.append(element('p', 'utrecht-paragraph zoekresultaat__soort', label))
    const heading = element('h2', 'utrecht-heading-3 zoekresultaat__titel')
    const link = element('a', 'utrecht-link zoekresultaat__link', textOf(result.titel) || href)
    link.href = href
    heading.append(link)
    item.append(heading)
    const excerpt = element('p', 'utrecht-paragraph zoekresultaat__uittreksel')
    appendMarked(excerpt, textOf(result.samenvatting), new Set(result.terms || []))
    item.append(excerpt)
    return item
  }

  function makeVersies() {
    const fieldset = element('fieldset', 'zoekversie')
    fieldset.append(element('legend', 'zoekversie__legenda', 'Zoeken in'))
    versies.forEach((entry, position) => {
      const row = element('div', 'zoekversie__optie')
      const radio = element('input', 'zoekversie__keuze')
      radio.type = 'radio'
      radio.name = 'versie'
      radio.id = `versie-${position}`
      radio.value = entry.waarde
      radio.checked = entry.waarde === versie
      radio.addEventListener('change', () => {
        if (!radio.checked) return
        versie = entry.waarde
        runSearch()
      })
      const label = element('label', 'zoekversie__label', entry.label)
      label.htmlFor = radio.id
      row.append(radio, label)
      fieldset.append(row)
    })
    versieGroup.append(fieldset)
  }

  function makeFilters() {
    const groups = [
      ['effecten', 'Onderwerp'],
      ['wetten', 'Wet'],
    ]
    groups.forEach(([name, legend], groupIndex) => {
      const values = [...new Set(documents.flatMap((doc) => doc[name] || []))]
        .filter((value) => typeof value === 'string')
        .sort((a, b) => collator.compare(a, b))
      if (values.length === 0) return
      const fieldset = element('fieldset', 'zoekfilters__groep')
      fieldset.append(element('legend', 'zoekfilters__legenda', legend))
      values.forEach((value, position) => {
        const id = `filter-${groupIndex}-${position}`
        const row = element('div', 'zoekfilters__optie')
        const box = element('input', 'zoekfilters__vak')
        box.type = 'checkbox'
        box.id = id
        box.addEventListener('change', () => {
          if (box.checked) chosen[name].add(value)
          else chosen[name].delete(value)
          runSearch()
        })
        const label = element('label', 'zoekfilters__label', value)
        label.htmlFor = id
        const counter = element('span', 'zoekfilters__aantal', '')
        label.append(counter)
        counters.set(`${name}\u0000${value}`, counter)
        row.append(box, label)
        fieldset.append(row)
      })
      filterGroups.append(fieldset)
    })
    filterPanel.hidden = false
    if (window.matchMedia('(min-width: 60em)').matches) filterPanel.open = true
  }

  function updateCounters(all) {
    const gekozen = versies.find((entry) => entry.waarde === versie) || versies[0]
    const inVersie = all.filter((doc) => gekozen.past(doc))
    for (const [key, counter] of counters) {
      const [name, value] = key.split('\u0000')
      const count = inVersie.filter((doc) => (doc[name] || []).includes(value)).length
      counter.textContent = all.length > 0 ? ` (${count})` : ''
    }
  }
}

/** Levenshtein distance between two words, or limit + 1 once it is larger than limit. */
function editDistance(a, b, limit) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let smallest = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      current.push(value)
      smallest = Math.min(smallest, value)
    }
    if (smallest > limit) return limit + 1
    previous = current
  }
  return previous[b.length]
}

/** An element with a class and, optionally, text (never HTML). */
function element(tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function textOf(value) {
  return typeof value === 'string' ? value : ''
}

/** The text as text nodes, with the words that matched the question in <mark>. */
function appendMarked(target, text, terms) {
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (piece === '') continue
    const term = /[\p{L}\p{N}]/u.test(piece) ? zoekterm(piece) : null
    if (term && [...terms].some((matched) => term.startsWith(matched) || matched.startsWith(term))) {
      const mark = document.createElement('mark')
      mark.textContent = piece
      target.append(mark)
    } else {
      target.append(document.createTextNode(piece))
    }
  }
}

/**
 * A link target from the documents, as a path on this site, or null. Anything
 * that resolves to another origin (https://…, //…, javascript:, data:) is dropped.
 */
function sitePath(raw) {
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

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startSearch)
} else {
  startSearch()
}
