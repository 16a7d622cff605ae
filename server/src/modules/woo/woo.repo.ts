import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/statements.ts';

/**
 * One published agreement with exactly the facts that may be public: title,
 * type, dates, category, publication and the public file. Nothing else is
 * read here, so nothing else can leave through the public pages.
 */
export interface PublishedRow {
  id: number;
  title: string;
  type: string;
  startDate: string | null;
  endDate: string | null;
  termKind: string | null;
  wooCategory: string | null;
  wooState: string;
  wooPublishedOn: string | null;
  wooUrl: string | null;
  file: { versionId: number; fileName: string; mediaType: string; sizeBytes: number; sha256: string } | null;
  parties: { name: string; role: string }[];
}

/** The published set: published or partly published, whatever else the agreement is. */
const PUBLISHED = `a.woo_state in ('published', 'partly_published')`;

const SELECT = `select a.id, a.title, a.type, a.start_date, a.end_date, a.term_kind, a.woo_category, a.woo_state, a.woo_published_on, a.woo_url,
    v.id as version_id, v.file_name, v.media_type, v.size_bytes, v.sha256,
    (select json_group_array(json_array(o.name, p.role) order by p.id) from agreement_parties p join organisations o on o.id = p.organisation_id where p.agreement_id = a.id) as parties
  from agreements a
  left join document_versions v on v.id = a.woo_document_version_id
    and v.document_id in (select d.id from documents d where d.agreement_id = a.id)
  where ${PUBLISHED}`;

function rowOf(r: Record<string, unknown>): PublishedRow {
  return {
    id: r.id as number,
    title: r.title as string,
    type: r.type as string,
    startDate: r.start_date as string | null,
    endDate: r.end_date as string | null,
    termKind: r.term_kind as string | null,
    wooCategory: r.woo_category as string | null,
    wooState: r.woo_state as string,
    wooPublishedOn: r.woo_published_on as string | null,
    wooUrl: r.woo_url as string | null,
    file:
      r.version_id === null
        ? null
        : { versionId: r.version_id as number, fileName: r.file_name as string, mediaType: r.media_type as string, sizeBytes: r.size_bytes as number, sha256: r.sha256 as string },
    parties: (JSON.parse((r.parties as string | null) ?? '[]') as [string, string][]).map(([name, role]) => ({ name, role })),
  };
}

/** Every published agreement, newest publication first. */
export function findPublishedAgreements(db: Db): PublishedRow[] {
  return (prepared(db, `${SELECT} order by a.woo_published_on desc, a.id desc`).all() as Record<string, unknown>[]).map(rowOf);
}

/** One published agreement, or undefined when it does not exist or is not published. */
export function findPublishedAgreement(db: Db, id: number): PublishedRow | undefined {
  const r = prepared(db, `${SELECT} and a.id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? rowOf(r) : undefined;
}
