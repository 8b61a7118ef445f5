// Sets the theme before the first paint so a dark reader never sees a white flash. A plain file
// rather than an inline script: the server's Content-Security-Policy allows scripts from 'self' only.
(() => {
  const root = document.documentElement;
  try {
    const saved = localStorage.getItem('aftershock-theme');
    if (saved === 'light' || saved === 'dark') {
      root.dataset.theme = saved;
      root.dataset.themeChosen = 'yes';
      return;
    }
  } catch {
    // Storage blocked (private mode): fall through to the system preference.
  }
  if (matchMedia('(prefers-color-scheme: dark)').matches) root.dataset.theme = 'dark';
})();
