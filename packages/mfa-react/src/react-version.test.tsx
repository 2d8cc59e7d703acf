import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { expect, inject, it } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major a test project promises to run on (vitest.config.ts). */
    reactMajor: number;
  }
}

// The suite runs once per supported React; this fails if a project quietly ran another.
it('runs on the React major its project names, with a matching react-dom', () => {
  expect(Number(reactVersion.split('.')[0])).toBe(inject('reactMajor'));
  expect(reactDomVersion).toBe(reactVersion);
});
