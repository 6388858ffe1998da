// Kept while callers move to the pipeline module: serve's re-check is
// `Pipeline.recheck` (src/pipeline/pipeline.ts).
import { Pipeline, type CheckResult } from './pipeline/pipeline.ts'

export class IncrementalChecker {
  private readonly pipeline: Pipeline

  constructor(dir: string) {
    this.pipeline = Pipeline.forFolder(dir)
  }

  /** `changed`: file names in the map that changed; omit for a full check. */
  async check(changed?: string[]): Promise<CheckResult> {
    return changed && changed.length > 0 ? this.pipeline.recheck(changed) : this.pipeline.check()
  }
}
