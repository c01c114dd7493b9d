import { useEffect, useState } from 'preact/hooks';

/** The section named by `#/section` in the page address (`basics` when there is none). */
export function currentRoute(hash: string): string {
  const route = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return route || 'basics';
}

export function useHashRoute(): string {
  const [route, setRoute] = useState(() => currentRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(currentRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
