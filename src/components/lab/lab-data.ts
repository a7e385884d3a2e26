// Build-time lookups for the lab pages: a lesson's labs in order, and one lab as the island's props
// (markdown rendered to safe HTML here, so the browser gets plain data).
import { getCollection } from 'astro:content';
import type { RegistryState } from '../../engine/registry/types.ts';
import type { Lab } from '../../schemas/lab.ts';
import { renderMarkdown } from '../quiz/markdown.ts';
import { labSessionKey, type LabPanelProps } from './lab-props.ts';

export async function labsOf(lesson: string): Promise<Lab[]> {
  const labs = await getCollection('labs');
  return labs
    .map((entry) => entry.data as Lab)
    .filter((lab) => lab.lesson === lesson)
    .sort((a, b) => a.order - b.order);
}

export const HINT_TITLES = ['a nudge', 'the concept', 'the exact command'] as const;

export function labPanelProps(lab: Lab, scenario: RegistryState): LabPanelProps {
  return {
    labId: lab.id,
    sessionKey: labSessionKey(lab.id),
    scenario,
    goal: lab.goal,
    hints: [lab.hints.nudge, lab.hints.concept, lab.hints.command].map((text, i) => ({
      title: HINT_TITLES[i] ?? '',
      html: renderMarkdown(text, { inline: true }),
    })),
    feedback: lab.feedback.map((f) => ({ when: f.when, html: renderMarkdown(f.say, { inline: true }) })),
    solution: lab.solution,
    par: lab.par,
  };
}
