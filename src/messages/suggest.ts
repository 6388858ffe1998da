// "Bedoelt u …?": the nearest known name to what the author typed.
import didYouMean, { ReturnTypeEnums, ThresholdTypeEnums } from 'didyoumean2'

export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined
  const match = didYouMean(input, [...candidates], {
    returnType: ReturnTypeEnums.FIRST_CLOSEST_MATCH,
    thresholdType: ThresholdTypeEnums.SIMILARITY,
    threshold: 0.5,
  })
  return typeof match === 'string' ? match : undefined
}
