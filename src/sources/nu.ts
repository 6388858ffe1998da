// "Now", for everything a check, a site or a document says about today: the
// clock, or SOURCE_DATE_EPOCH when it is set (seconds since 1970 UTC, the
// convention of reproducible builds: https://reproducible-builds.org/specs/source-date-epoch/).
// A build can then be repeated with the same dates, and the tests pin it so
// that what they expect of the shipped example does not change with the
// calendar (its newest figures are from 2025: from 2028 on the clock would
// call them old).
export function nu(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH?.trim()
  if (epoch && /^\d{1,12}$/.test(epoch)) return new Date(Number(epoch) * 1000)
  return new Date()
}
