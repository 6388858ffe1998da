// Why the system refused, in plain Dutch. Node's own messages ("EACCES:
// permission denied, open '…'") and those of the libraries underneath
// (Eleventy, playwright) are English; a beleidsmedewerker reads what went
// wrong in her words, and the code stays only where nothing better is known.

const reasons: Record<string, string> = {
  ENOENT: 'het bestand of de map bestaat niet',
  EACCES: 'u heeft geen toestemming om hier te lezen of te schrijven',
  EPERM: 'het systeem staat dit niet toe (geen toestemming, of het bestand is in gebruik)',
  EROFS: 'de schijf is alleen-lezen',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'uw schijfruimte is op',
  EEXIST: 'er bestaat al een bestand met die naam',
  EISDIR: 'dit is een map, geen bestand',
  ENOTDIR: 'een deel van het pad is geen map',
  ENOTEMPTY: 'de map is niet leeg',
  // Windows: a file that Word or another program has open cannot be replaced.
  EBUSY: 'het bestand is geopend in een ander programma; sluit het en probeer het opnieuw',
  EMFILE: 'er staan te veel bestanden tegelijk open; probeer het opnieuw',
  ENFILE: 'er staan te veel bestanden tegelijk open; probeer het opnieuw',
  ENAMETOOLONG: 'het pad is te lang; kies een kortere map of naam',
  EXDEV: 'het bestand kan niet naar een andere schijf worden verplaatst',
  EADDRINUSE: 'die poort is al in gebruik door een ander programma; kies een andere met --port',
  EADDRNOTAVAIL: 'dat adres hoort niet bij deze computer',
}

/** The error code Node gives (`ENOENT`, …), or undefined. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code
  return typeof code === 'string' ? code : undefined
}

/**
 * Why an operation failed, in Dutch and without the path (the caller names
 * the file or map). An error without a known code keeps the first line of its
 * own message, marked as technical, so nothing is hidden from whoever helps.
 */
export function systemReason(error: unknown): string {
  const code = errorCode(error)
  if (code && reasons[code]) return reasons[code]
  // Eleventy wraps the error of a failed write (`cause`, or `originalError` in its own classes).
  const wrapped = error as { cause?: unknown; originalError?: unknown } | null | undefined
  for (const inner of [wrapped?.cause, wrapped?.originalError]) {
    if (inner && inner !== error && errorCode(inner)) return systemReason(inner)
  }
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() ?? ''
  if (code) return `systeemfout ${code}`
  return first === '' ? 'onbekende oorzaak' : `technische melding: ${first}`
}
