// The oracles of the fuzz properties: what a check may never say, and what
// rendered HTML may never hold.
import type { Element, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import type { CheckResult } from '../../src/pipeline/pipeline.ts'

/** What is wrong with the messages of a check: an internal error, a message without a place or without a rule. */
export function messageProblems(result: CheckResult): string[] {
  const problems: string[] = []
  for (const file of result.files) {
    for (const message of file.messages) {
      if (/Interne fout/.test(message.reason)) problems.push(`${file.path}: ${message.reason}`)
      if (!(Number(message.line) >= 1 && Number(message.column) >= 1))
        problems.push(`${file.path}: zonder plaats (${message.line}:${message.column}): ${message.reason}`)
      if (!message.ruleId) problems.push(`${file.path}: zonder ruleId: ${message.reason}`)
    }
  }
  return problems
}

/** Every rendered HTML fragment in the site data: the fields named `html` or `…Html`. */
export function htmlFields(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) htmlFields(item, found)
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (/html$/i.test(key) && typeof field === 'string') found.push(field)
      else htmlFields(field, found)
    }
  }
  return found
}

const activeElements = new Set(['script', 'iframe', 'object', 'embed', 'meta', 'base', 'frame', 'frameset', 'applet'])
const urlAttributes = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'srcSet', 'background', 'cite', 'data'])

/**
 * What in a fragment could run or navigate, judged on the parsed DOM, not on
 * the string: text that mentions `javascript:` inside <code> is harmless.
 */
export function activeContent(html: string): string[] {
  const problems: string[] = []
  const tree: HastRoot = fromHtml(html, { fragment: true })
  visit(tree, 'element', (node: Element) => {
    if (activeElements.has(node.tagName)) problems.push(`<${node.tagName}>`)
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`${node.tagName}[${name}]`)
      if (!urlAttributes.has(name)) continue
      for (const url of Array.isArray(value) ? value : [value]) {
        // Browsers ignore control characters and whitespace inside a scheme.
        const scheme = String(url)
          .replace(/[\u0000-\u0020\u007f]/g, '')
          .toLowerCase()
        if (/^(javascript|vbscript|data):/.test(scheme)) problems.push(`${node.tagName}[${name}=${String(url)}]`)
      }
    }
  })
  return problems
}

/**
 * Fragments already judged harmless. Most of a case's HTML comes from files
 * the case did not change (the basic fixture, artikelen a mutation missed),
 * the same strings every time; the judgement is a pure function of the
 * string. Cleared when full, by count and by characters (a fragment can hold
 * a word of 50 KB), so a long run keeps a bounded set: at most some 10 MB.
 */
const harmless = new Set<string>()
let harmlessCharacters = 0

export function judgedActiveContent(html: string): string[] {
  if (harmless.has(html)) return []
  const problems = activeContent(html)
  if (problems.length === 0 && html.length <= 100_000) {
    if (harmless.size >= 2000 || harmlessCharacters + html.length > 5_000_000) {
      harmless.clear()
      harmlessCharacters = 0
    }
    harmless.add(html)
    harmlessCharacters += html.length
  }
  return problems
}
