// Node's and the libraries' English errors, said in Dutch (src/messages/system-error.ts).
import { describe, expect, it } from 'vitest'
import { systemReason } from '../src/messages/system-error.ts'

function nodeError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code })
}

describe('systemReason', () => {
  it('says the common refusals in Dutch, without the English text', () => {
    expect(systemReason(nodeError('EACCES', "EACCES: permission denied, open '/x'"))).toBe('u heeft geen toestemming om hier te lezen of te schrijven')
    expect(systemReason(nodeError('ENOSPC', 'ENOSPC: no space left on device'))).toBe('de schijf is vol')
    expect(systemReason(nodeError('EBUSY', "EBUSY: resource busy or locked, rename 'C:\\x.docx'"))).toContain('geopend in een ander programma')
    expect(systemReason(nodeError('ENOENT', 'ENOENT: no such file or directory'))).toBe('het bestand of de map bestaat niet')
  })

  it('looks inside an error that wraps another (Eleventy)', () => {
    const wrapped = Object.assign(new Error('Having trouble writing to "_site/index.html" from "./site/index.njk"'), {
      originalError: nodeError('EROFS', 'EROFS: read-only file system'),
    })
    expect(systemReason(wrapped)).toBe('de schijf is alleen-lezen')
    expect(systemReason(new Error('Problem writing Eleventy templates', { cause: nodeError('ENOSPC', 'ENOSPC') }))).toBe('de schijf is vol')
  })

  it('keeps an unknown error, marked as technical, on one line', () => {
    expect(systemReason(new Error('Something odd\n    at x (y.js:1:1)'))).toBe('technische melding: Something odd')
    expect(systemReason(nodeError('EWEIRD', 'EWEIRD: odd'))).toBe('systeemfout EWEIRD')
  })
})
