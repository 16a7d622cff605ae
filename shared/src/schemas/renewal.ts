import { z } from 'zod';
import { oneLine } from './text.ts';
import { partialDateSchema } from '../dates/partial-date.ts';
import { agreementSchema } from './agreement.ts';

export const RENEWAL_DECISIONS = ['renew', 'renegotiate', 'terminate'] as const;
export type RenewalDecision = (typeof RENEWAL_DECISIONS)[number];

const title = oneLine(z.string().trim().min(1, { message: 'Titel is verplicht' }).max(300));
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Gebruik JJJJ-MM-DD' })
  .pipe(partialDateSchema);

/** Start a renewal: a draft successor is created (copying the facts) and linked by `renews`. */
export const startRenewalSchema = z
  .strictObject({
    title: title.optional().describe('Title of the successor (default: the same title)'),
    startDate: partialDateSchema.optional().describe('Start of the successor (default: the day after the current term ends, when known)'),
  })
  .default({});
export type StartRenewalInput = z.infer<typeof startRenewalSchema>;

/** Record the renewal decision; terminating needs the date notice was given. */
export const recordDecisionSchema = z
  .strictObject({
    decision: z.enum(RENEWAL_DECISIONS),
    noticeGivenDate: day.nullable().optional().describe('Day written notice was given (required for terminate)'),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'terminate' && !v.noticeGivenDate) {
      ctx.addIssue({ code: 'custom', path: ['noticeGivenDate'], message: 'Vul de datum in waarop is opgezegd' });
    }
  });
export type RecordDecisionInput = z.infer<typeof recordDecisionSchema>;

/** Terminate with notice; the end follows from the notice period unless given. */
export const terminateAgreementSchema = z.strictObject({
  noticeGivenDate: day.describe('Day written notice was given'),
  terminationDate: partialDateSchema.optional().describe('Last day of the agreement, when it does not follow from the notice period'),
});
export type TerminateAgreementInput = z.infer<typeof terminateAgreementSchema>;

export const renewalResultSchema = z.object({ predecessor: agreementSchema, successor: agreementSchema });
export type RenewalResult = z.infer<typeof renewalResultSchema>;
