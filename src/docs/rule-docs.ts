// Renders docs/regels.md from the rules' own documentation and examples, so
// the guide can never say something the tests do not check.
import { type RuleExample, rules } from '../pipeline/pipeline.ts'

export function renderRuleDocs(): string {
  const parts = [
    '# Controles van `verordening check`',
    '',
    '<!-- Gemaakt door `npm run docs` uit de regels in src/rules/. Niet met de hand bewerken. -->',
    '',
    'Elke controle heeft een naam (de *ruleId*) die achter elke melding staat. Een **fout** houdt de verordening tegen (`verordening check` eindigt met code 1 en `verordening build` bouwt niet); een **waarschuwing** niet.',
    'De voorbeelden hieronder zijn ook de tests van de controle: ze draaien bij elke `npm test` op een klein basisvoorbeeld (`test/fixtures/basis/`), waar de genoemde bestanden bij komen of dat ze vervangen. Een fout voorbeeld geeft precies de meldingen die eronder staan, met plaats (`bestand:regel:kolom`) en tekst; een goed voorbeeld geeft geen enkele melding, ook niet van de andere controles.',
    '',
    '| Controle | Soort | Wat ze controleert |',
    '| --- | --- | --- |',
    ...rules.map(
      (rule) =>
        `| [\`${rule.docs.ruleId}\`](#${rule.docs.ruleId}) | ${rule.docs.severity === 'error' ? 'fout' : 'waarschuwing'} | ${firstSentence(rule.docs.beschrijving)} |`,
    ),
    '',
  ]
  for (const rule of rules) {
    parts.push(
      `## ${rule.docs.ruleId}`,
      '',
      `**${rule.docs.severity === 'error' ? 'Fout' : 'Waarschuwing'}.** ${rule.docs.beschrijving}`,
      '',
      `**Zo lost u het op.** ${rule.docs.oplossing}`,
      '',
    )
    const todo = Object.values(rule.docs.todo ?? {})
    if (todo.length > 0)
      parts.push(
        `**In een concept** (\`status: concept\` in \`verordening.yml\`) is dit omgekeerd werk dat nog moet gebeuren: een waarschuwing, geteld op de lijst “Nog te doen” (${todo.map((kind) => kind.meer).join('; ')}).`,
        '',
      )
    for (const example of rule.docs.examples) parts.push(...renderExample(example))
  }
  return `${parts.join('\n').trimEnd()}\n`
}

function renderExample(example: RuleExample): string[] {
  const lines = [`### ${example.titel}`, '']
  if (example.vastgesteld) {
    lines.push(`De vastgestelde versie (git-tag \`${example.vastgesteld.versie}\`) is het basisvoorbeeld met:`, '')
    for (const [name, content] of Object.entries(example.vastgesteld.bestanden)) {
      const fence = content.includes('```') ? '~~~~' : '```'
      lines.push(`\`${name}\`:`, '', `${fence}${name.endsWith('.yml') ? 'yaml' : 'markdown'}`, content.trimEnd(), fence, '')
    }
    lines.push('De huidige versie:', '')
  }
  const files = Object.entries(example.bestanden)
  if (files.length === 0) lines.push('Het basisvoorbeeld zonder wijzigingen.', '')
  for (const [name, content] of files) {
    const language = name.endsWith('.yml') ? 'yaml' : 'markdown'
    const fence = content.includes('```') ? '~~~~' : '```'
    lines.push(`\`${name}\`:`, '', `${fence}${language}`, content.trimEnd(), fence, '')
  }
  if (example.verwacht.length === 0) lines.push('Geen melding.', '')
  else lines.push(example.verwacht.length === 1 ? 'Melding:' : 'Meldingen:', '', ...example.verwacht.map(renderMessage), '')
  return lines
}

/** `02-wmo.md:7:49: Onbekend effect …` → a list item with the place in code and the text as the author reads it. */
function renderMessage(entry: string): string {
  const match = /^([^:]+:\d+:\d+)(?:: ([\s\S]*))?$/.exec(entry)
  const [place, text] = match ? [match[1], match[2]] : [entry, undefined]
  return text === undefined ? `- \`${place}\`` : `- \`${place}\`: ${text}`
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text)
  return (match?.[1] ?? text).replace(/\|/g, '\\|')
}
