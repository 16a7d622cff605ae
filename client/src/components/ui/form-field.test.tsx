import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { FormField } from './form-field.tsx';
import { TextInput } from './text-input.tsx';

afterEach(cleanup);

describe('FormField', () => {
  it('labels the input and links its description and error', () => {
    render(
      <FormField id="end" label="Einddatum" description="JJJJ" error="Ongeldig">
        <TextInput />
      </FormField>,
    );
    const input = screen.getByLabelText('Einddatum');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('end-error end-description');
    expect(document.getElementById('end-error')?.textContent).toBe('Ongeldig');
  });
});
