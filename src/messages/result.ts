// The one way app code says that something could not be done: a value, or a
// Dutch sentence for the user (with the place in a file where there is one).
// Thrown errors are for our own bugs; everything the user can cause comes back
// as a `Result`, so each command prints it the same way and tests can read it.

export interface Failure {
  ok: false
  /** What went wrong and what the user can do, in Dutch. */
  message: string
  /** Where, when the cause is in a file: its path and a 1-based line and column. */
  place?: { file: string; line: number; column: number }
}

export type Result<T> = { ok: true; value: T } | Failure

export function succeed<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function failure(message: string, place?: Failure['place']): Failure {
  return place ? { ok: false, message, place } : { ok: false, message }
}

/** The failure as one line for a terminal or a log: `file:line:column: message`. */
export function describeFailure(problem: Failure): string {
  return problem.place ? `${problem.place.file}:${problem.place.line}:${problem.place.column}: ${problem.message}` : problem.message
}
