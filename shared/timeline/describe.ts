// One line for a timeline event, as a case study's highlight reads it: what happened, in words.
// Participant references are left out: a highlight is about the relationship.
import { depthLabels } from '../assessments/depth';
import { stageLabels } from '../referrals/stages';
import type { VocabularyLabel as Label } from '../vocabulary';
import type { TimelineItem } from './schema';

export function describeEvent(item: TimelineItem, label: Label): string {
  switch (item.type) {
    case 'interaction':
      return `${label('interaction_kind', item.interaction.kind)}: ${item.interaction.summary}`;
    case 'affiliation_started':
      return `${item.personName} started as ${item.roleTitle || 'a contact'}`;
    case 'affiliation_ended':
      return `${item.personName} moved on from ${item.roleTitle || 'their role'}`;
    case 'trust_note':
      return `Trust ${label('trust_direction', item.note.direction).toLowerCase()}: ${item.note.observation}`;
    case 'commitment_made':
      return `${item.commitment.party === 'us' ? 'We' : 'They'} promised: ${item.commitment.description}`;
    case 'commitment_resolved':
      return `${item.commitment.party === 'us' ? 'We' : 'They'} ${item.commitment.status === 'released' ? 'were released from' : item.commitment.status}: ${item.commitment.description}`;
    case 'phase_change':
      return `The relationship moved to ${label('phase', item.change.toPhase).toLowerCase()}`;
    case 'assessment':
      return `Depth assessed at ${item.assessment.depth} of 5 (${depthLabels[item.assessment.depth]?.toLowerCase()})`;
    case 'opportunity':
      return `${label('opportunity_kind', item.opportunity.kind)} offered: ${item.opportunity.title}`;
    case 'referral_step':
      return `${stageLabels[item.step.stage]}: ${item.step.opportunityTitle}`;
  }
}
