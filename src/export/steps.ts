// The steps of an export, in order, as `onStep` names them (see
// src/site/build-steps.ts). A PDF is a build of the site, then printing.
import { buildSteps } from '../site/build-steps.ts'
import type { ExportKind } from './output-file.ts'

export const checkStep = buildSteps[0]
export const printStep = 'de PDF afdrukken'
export const pdfSteps: readonly string[] = [...buildSteps.slice(1), printStep]
export const fileStep = 'het bestand maken'

export function exportSteps(kind: ExportKind): readonly string[] {
  return kind === 'pdf' ? [checkStep, ...pdfSteps] : [checkStep, fileStep]
}
