import { formatSpottDate } from '../../../lib/format'
import { encodePathPart } from '../../../lib/fragment-link'
import type { Opportunity } from '../api/opportunity-schema'
import { closeDateHealth, type CloseDateHealth } from '../fields/date-fields'
import { displayName } from '../fields/name-field'
import { taskDue } from '../fields/next-task-field'
import { stageLabel, stageOutcome } from '../fields/stage-badge'

/** The one link to share: the detail page, without query string, fragment or list state. */
export const canonicalUrl = (id: string, origin: string = window.location.origin) =>
  `${origin}/opportunities/${encodePathPart(id)}`

/** One line of text, whatever Spott sent: chat apps would make line breaks new lines. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Plain text that pastes well into chat: the name, then the facts a colleague needs to
 * decide whether to click, then the link. Every line reads well with a value missing.
 */
export function opportunitySummary(
  opportunity: Opportunity,
  url: string,
  now: Date = new Date(),
): string {
  const stage = opportunity.stage.value
  const outcome = stageOutcome(stage)
  const owner = opportunity.owner.value
  const close = closeDateHealth(opportunity.closeDate.value, stage.isOpen, now)
  const task = opportunity.nextTaskDue.value

  return [
    oneLine(displayName(opportunity.name.value)),
    `Stage: ${oneLine(stageLabel(stage))}${outcome === 'open' ? '' : ` (${outcome})`}`,
    `Company: ${oneLine(opportunity.company.value.name) || 'not set'}`,
    `Owner: ${owner ? `${oneLine(owner.name) || 'unnamed'}${owner.deactivatedAt ? ' (deactivated)' : ''}` : 'nobody'}`,
    `Close date: ${close ? `${formatSpottDate(close.day)} (${closeHint(close, stage.isOpen)})` : 'not set'}`,
    `Next task: ${task ? taskLine(task, now) : 'none'}`,
    url,
  ].join('\n')
}

/**
 * The field's hint in running text. An open deal's hint starts with our own English word
 * ("Overdue", "Closes …"), lowercased; a closed deal's is Intl's, in the reader's language.
 */
const closeHint = ({ text }: CloseDateHealth, isOpen: boolean) =>
  isOpen ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text

function taskLine(task: NonNullable<Opportunity['nextTaskDue']['value']>, now: Date): string {
  const what = oneLine(task.content ?? '') || 'Task without a description'
  const { due, days } = taskDue(task, now)
  if (!due || days === undefined) return what
  const when = formatSpottDate(due, { withTime: false })
  const health = days < 0 ? ' (overdue)' : days === 0 ? ' (today)' : ''
  return `${what}, due ${when}${health}`
}
