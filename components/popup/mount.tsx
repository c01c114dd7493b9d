import { render } from 'preact';
import { usePopupStore } from '../../stores/popup';
import { PopupApp } from './PopupApp';
import { takeOverShell } from './shell';

/**
 * Replace the first-paint shell (once it is on screen: entrypoints/popup/main.ts) with the Preact app in the same task, carrying over what the
 * shell showed (the stored profile list, the tab's host) and what the person did in it: the section chosen, a
 * profile chosen, text typed in the search, a click on "Fill this page".
 */
export function mountPopup(root: HTMLElement): void {
  const shell = takeOverShell(root);
  const store = usePopupStore.getState();
  if (shell?.list) usePopupStore.setState({ ...shell.list, host: shell.host });
  if (shell?.switchTo) void store.switchProfile(shell.switchTo);
  if (shell && shell.tab !== 'fill') store.setTab(shell.tab);
  if (shell?.query) store.setQuery(shell.query);
  if (shell?.fillRequested) void store.fillPage();
  render(<PopupApp />, root);
  if (shell?.searchFocused) document.getElementById('search')?.focus();
}
