// A source the importer refuses: the message is Dutch and, where there is
// one, starts with the position in the source (`regel:kolom: …`).
export class ImportError extends Error {
  override name = 'ImportError'
}
