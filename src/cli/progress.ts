// Progress on long work, in Dutch, on stderr: "Bouwen: stap 3 van 4 — de
// pagina's schrijven …". In a terminal the line is shown at once and
// overwritten by the next step, and wiped at the end, so only the result
// stays. Elsewhere (a log, a pipeline) a step is written on a line of its own
// only once the work has taken a while, so a quick run prints nothing extra.

export interface Progress {
  /** A step begins; its name is one of the steps given, or any other text. */
  step(name: string): void
  /** The work is done: the progress line goes away. */
  end(): void
}

export interface ProgressOptions {
  /** `--stil`: no progress at all. */
  stil?: boolean
  stream?: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean }
  /** Outside a terminal, show steps only after this long (milliseconds). */
  afterMs?: number
  now?: () => number
}

const quiet: Progress = { step: () => undefined, end: () => undefined }

export function progress(label: string, steps: readonly string[], options: ProgressOptions = {}): Progress {
  if (options.stil) return quiet
  const stream = options.stream ?? process.stderr
  const now = options.now ?? (() => performance.now())
  const afterMs = options.afterMs ?? 10_000
  const started = now()
  const terminal = stream.isTTY === true
  let shown = false
  let timer: NodeJS.Timeout | undefined

  const line = (name: string) => {
    const index = steps.indexOf(name)
    return index === -1 ? `${label}: ${name} …` : `${label}: stap ${index + 1} van ${steps.length} — ${name} …`
  }
  return {
    step(name) {
      clearTimeout(timer)
      if (terminal) {
        // Back to the start of the line and clear it, then the new step.
        stream.write(`\r\x1b[2K${line(name)}`)
        shown = true
        return
      }
      const text = `${line(name)}\n`
      const waited = now() - started
      if (waited >= afterMs) stream.write(text)
      else {
        timer = setTimeout(() => stream.write(text), afterMs - waited)
        timer.unref()
      }
    },
    end() {
      clearTimeout(timer)
      if (terminal && shown) stream.write('\r\x1b[2K')
    },
  }
}
