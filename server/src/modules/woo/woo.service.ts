import type { Readable } from 'node:stream';
import type { AgreementType } from '@akkoord/shared/domain/enums';
import { defaultWooCategory, type WooInformationCategory } from '@akkoord/shared/woo/woo';
import type { AppDeps } from '../../deps.ts';
import { filesOf } from '../documents/document-access.ts';
import { findPublishedAgreement, findPublishedAgreements, type PublishedRow } from './woo.repo.ts';

/** A published agreement as the public may see it: nothing else leaves the server. */
export interface PublicAgreement {
  id: number;
  title: string;
  type: string;
  parties: { name: string; role: string }[];
  startDate: string | null;
  endDate: string | null;
  termKind: string | null;
  category: WooInformationCategory;
  publishedOn: string | null;
  partly: boolean;
  url: string | null;
  file: { fileName: string; mediaType: string; sizeBytes: number } | null;
}

function toPublic(r: PublishedRow): PublicAgreement | null {
  const category = (r.wooCategory ?? defaultWooCategory(r.type as AgreementType)) as WooInformationCategory | 'none';
  // A published agreement must name a category of the Woo; one that says "none" is not on the public list.
  if (category === 'none') return null;
  return {
    id: r.id,
    title: r.title,
    type: r.type,
    parties: r.parties,
    startDate: r.startDate,
    endDate: r.endDate,
    termKind: r.termKind,
    category,
    publishedOn: r.wooPublishedOn,
    partly: r.wooState === 'partly_published',
    url: r.wooUrl,
    file: r.file ? { fileName: r.file.fileName, mediaType: r.file.mediaType, sizeBytes: r.file.sizeBytes } : null,
  };
}

/** Every published agreement, newest publication first. */
export function listPublicAgreements(deps: AppDeps, category?: WooInformationCategory): PublicAgreement[] {
  return findPublishedAgreements(deps.db)
    .map(toPublic)
    .filter((a): a is PublicAgreement => a !== null && (category === undefined || a.category === category));
}

/** The information categories that have at least one published agreement (robots.txt names their sitemap indexes). */
export function listPublishedCategories(deps: AppDeps): WooInformationCategory[] {
  return [...new Set(listPublicAgreements(deps).map((a) => a.category))];
}

/** One published agreement, or null (not published and never existed answer alike). */
export function getPublicAgreement(deps: AppDeps, id: number): PublicAgreement | null {
  const row = findPublishedAgreement(deps.db, id);
  return row ? toPublic(row) : null;
}

/** The published file of a published agreement, or null. */
export function openPublicFile(deps: AppDeps, id: number): { stream: Readable; fileName: string; mediaType: string; sizeBytes: number } | null {
  const row = findPublishedAgreement(deps.db, id);
  if (!row?.file || !toPublic(row)) return null;
  return { stream: filesOf(deps).open(row.file.sha256), fileName: row.file.fileName, mediaType: row.file.mediaType, sizeBytes: row.file.sizeBytes };
}
