import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderWithApp } from '../../../testing/render.tsx';
import { EMPTY_AUDIT_FILTERS } from '../filters.ts';
import { AuditFiltersForm } from './audit-filters.tsx';

afterEach(() => cleanup());

describe('AuditFiltersForm', () => {
  it('keeps the first of two quick changes while the URL has not caught up with it', async () => {
    const onChange = vi.fn();
    // The value stays the old one, as the URL does while its navigation is pending.
    renderWithApp(<AuditFiltersForm value={EMPTY_AUDIT_FILTERS} onChange={onChange} />);
    fireEvent.change(await screen.findByLabelText('Soort record'), { target: { value: 'agreement' } });
    fireEvent.change(screen.getByLabelText('Handeling'), { target: { value: 'follow' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ entityType: 'agreement', action: 'follow' }));
  });
});
