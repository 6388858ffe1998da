// The rules of `verordening check`, in the order the authoring guide lists them.
import type { Rule } from '../rule.ts'
import artikelEffect from './artikel-effect.ts'
import effectVastgesteld from './effect-vastgesteld.ts'

export const rules: Rule[] = [artikelEffect, effectVastgesteld]
