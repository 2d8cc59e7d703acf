import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'authblock-demo-theme';

function storedTheme(): ThemeChoice {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** The colour scheme: the system's unless the person picked one (remembered). */
export function useTheme() {
  const [theme, setTheme] = useState<ThemeChoice>(storedTheme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') {
      localStorage.removeItem(STORAGE_KEY);
      delete root.dataset.theme;
      root.style.colorScheme = '';
    } else {
      localStorage.setItem(STORAGE_KEY, theme);
      root.dataset.theme = theme;
      root.style.colorScheme = theme;
    }
  }, [theme]);
  return [theme, setTheme] as const;
}
