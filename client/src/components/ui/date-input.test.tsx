import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderWithApp } from '../../testing/render.tsx';
import { DateFilterInput, DateInput } from './date-input.tsx';
import { FormField } from './form-field.tsx';

afterEach(cleanup);

function Field({ precision }: { precision?: 'any' | 'day' }) {
  const [value, setValue] = useState('');
  return (
    <FormField id="start" label="Ingangsdatum" description="Bijvoorbeeld 1-3-2023">
      <DateInput value={value} onChange={setValue} precision={precision} />
    </FormField>
  );
}

const reading = (input: HTMLElement) => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return document.getElementById(ids[ids.length - 1]!)?.textContent;
};

describe('DateInput', () => {
  it('says beside the field what it read, at its precision', () => {
    renderWithApp(<Field />);
    const input = screen.getByLabelText('Ingangsdatum');
    fireEvent.change(input, { target: { value: '01-03-2023' } });
    expect(reading(input)).toBe('1 maart 2023');
    fireEvent.change(input, { target: { value: 'mrt 2023' } });
    expect(reading(input)).toBe('maart 2023 (maand)');
    fireEvent.change(input, { target: { value: '2023' } });
    expect(reading(input)).toBe('2023 (jaar)');
    fireEvent.change(input, { target: { value: '31-02-2023' } });
    expect(reading(input)).toBe('Deze datum bestaat niet');
    expect(input.getAttribute('aria-describedby')).toMatch(/^start-description /);
  });

  it('asks for a day where only a day will do', () => {
    renderWithApp(<Field precision="day" />);
    const input = screen.getByLabelText('Ingangsdatum');
    fireEvent.change(input, { target: { value: 'mrt 2023' } });
    expect(reading(input)).toBe('Vul een dag in, bijvoorbeeld 1-3-2023');
  });
});

describe('DateFilterInput', () => {
  it('commits the first or last day of what was typed, and clears with an empty field', () => {
    const committed: string[] = [];
    renderWithApp(
      <FormField id="to" label="Tot">
        <DateFilterInput bound="end" value="" onCommit={(v) => committed.push(v)} />
      </FormField>,
    );
    const input = screen.getByLabelText('Tot');
    fireEvent.change(input, { target: { value: 'feb 2024' } });
    fireEvent.change(input, { target: { value: 'feb 20' } });
    fireEvent.change(input, { target: { value: '' } });
    expect(committed).toEqual(['2024-02-29', '']);
  });
});
