export type Theme = 'light' | 'dark';

const storageKey = 'aftershock-theme';

/** The theme the reader chose last, else the system's. */
export function initialTheme(): Theme {
  const saved = readSaved();
  if (saved) return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function readSaved(): Theme | null {
  try {
    const v = window.localStorage.getItem(storageKey);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    // Storage can be blocked (private mode, sandboxed frame): fall back to the system theme.
    return null;
  }
}

export function applyTheme(theme: Theme, options: { persist: boolean }): void {
  document.documentElement.dataset.theme = theme;
  if (!options.persist) return;
  try {
    window.localStorage.setItem(storageKey, theme);
  } catch {
    // Not persisted: the choice still holds for this page.
  }
}
