// Kept while callers move to the pipeline module (src/pipeline/pipeline.ts).
export { checkSource, checkVerordening, countMessages, parseHoofdstukFile, type CheckResult } from './pipeline/pipeline.ts'
