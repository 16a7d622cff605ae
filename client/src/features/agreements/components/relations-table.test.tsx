import { describe, expect, it } from 'vitest';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { renderWithApp } from '../../../testing/render.tsx';
import { RelationsTable } from './relations-table.tsx';

const RELATIONS: Agreement['relations'] = [
  {
    id: 1,
    kind: 'covers',
    direction: 'incoming',
    otherAgreementId: 8,
    restricted: false,
    otherTitle: 'Verwerkersovereenkomst politie en VRT (RTR)',
    otherType: 'processor',
    otherArchived: false,
    note: null,
  },
  { id: 5, kind: 'covers', direction: 'incoming', otherAgreementId: 11, restricted: true },
];

describe('RelationsTable', () => {
  it('names a related agreement outside the user’s collaborations in words, without a link or details', () => {
    const { container } = renderWithApp(<RelationsTable relations={RELATIONS} />);
    expect(container.querySelector('a[href="/agreements/8"]')!.textContent).toBe('Verwerkersovereenkomst politie en VRT (RTR)');
    expect(container.querySelector('a[href="/agreements/11"]')).toBeNull();
    const rows = [...container.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[1]).toBe('Gedekt doorOvereenkomst buiten uw samenwerkingsverbanden (nr. 11)geen inzage');
  });
});
