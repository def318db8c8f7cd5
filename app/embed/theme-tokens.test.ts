// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyThemeTokens, safeTokenValue } from './theme-tokens';

const supportsAll = () => true;

describe('theme tokens', () => {
  it('sets accepted tokens as the app\'s CSS variables', () => {
    const root = document.createElement('div');
    expect(applyThemeTokens(root, { accent: '#ff0066', fontFamily: 'Georgia, serif', radius: '2px' }, supportsAll)).toEqual([]);
    expect([root.style.getPropertyValue('--accent'), root.style.getPropertyValue('--font-sans'), root.style.getPropertyValue('--radius')]).toEqual(['#ff0066', 'Georgia, serif', '2px']);
  });
  it('refuses values that could load resources or break out of the declaration', () => {
    expect(safeTokenValue('color', 'url(https://evil/x.png)', supportsAll)).toBeNull();
    expect(safeTokenValue('color', 'red; background: blue', supportsAll)).toBeNull();
    expect(safeTokenValue('color', 'notacolour', () => false)).toBeNull();
    const root = document.createElement('div');
    expect(applyThemeTokens(root, { bg: 'url(x)' }, supportsAll)).toEqual(['bg']);
  });
});
