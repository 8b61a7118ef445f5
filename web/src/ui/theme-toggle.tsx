import { useEffect, useState } from 'react';
import { applyTheme, initialTheme, type Theme } from './theme';

/** Light/dark switch; follows the system until the reader picks one. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const follow = (e: MediaQueryListEvent) => {
      if (!document.documentElement.dataset.themeChosen) setTheme(e.matches ? 'dark' : 'light');
    };
    media?.addEventListener('change', follow);
    return () => media?.removeEventListener('change', follow);
  }, []);
  useEffect(() => applyTheme(theme, { persist: false }), [theme]);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => {
        document.documentElement.dataset.themeChosen = 'yes';
        applyTheme(next, { persist: true });
        setTheme(next);
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
      <span className="theme-label">{theme === 'dark' ? 'Light' : 'Dark'}</span>
    </button>
  );
}
