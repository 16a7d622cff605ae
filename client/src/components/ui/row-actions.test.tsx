import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { RowActions } from './row-actions.tsx';

afterEach(cleanup);

describe('RowActions', () => {
  it('names the row in each button for screen readers and leaves out the actions that are false', () => {
    const onEdit = vi.fn();
    render(<RowActions rowName="jan@vrt.nl" actions={[{ key: 'edit', label: 'Bewerken', onClick: onEdit }, false, { key: 'delete', label: 'Verwijderen', onClick: vi.fn() }]} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Bewerken jan@vrt.nl', 'Verwijderen jan@vrt.nl']);
    fireEvent.click(screen.getByRole('button', { name: 'Bewerken jan@vrt.nl' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});
