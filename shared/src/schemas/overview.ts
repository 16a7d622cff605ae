import { z } from 'zod';
import { fundingLineSchema, contradictionSchema } from './collaboration.ts';

/** The rows of the source document's comparison table, in its order. */
export const OVERVIEW_ROWS = ['purpose', 'founded', 'hostedByVrtSince', 'capacity', 'budget', 'funding', 'agreements', 'legalBasis'] as const;
export type OverviewRowKey = (typeof OVERVIEW_ROWS)[number];

export const overviewCellSchema = z.object({
  purpose: z.string().nullable(),
  foundedYear: z.number().int().nullable(),
  foundedNote: z.string().nullable(),
  hostedByVrtSince: z.number().int().nullable(),
  capacityFte: z.number().nullable(),
  capacityNote: z.string().nullable(),
  budgetCents: z.number().int().nullable(),
  funding: z.array(fundingLineSchema),
  fundingNote: z.string().nullable(),
  contradictions: z.array(contradictionSchema),
  agreements: z.array(z.object({ id: z.number().int(), type: z.string(), title: z.string(), startDate: z.string().nullable() })),
  agreementsNote: z.string().nullable(),
  legalBasis: z.string().nullable(),
});
export type OverviewCell = z.infer<typeof overviewCellSchema>;

export const overviewSchema = z.object({
  columns: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() })),
  rows: z.array(z.enum(OVERVIEW_ROWS)),
  cells: z.record(z.string(), overviewCellSchema).describe('One cell set per collaboration code'),
});
export type Overview = z.infer<typeof overviewSchema>;
