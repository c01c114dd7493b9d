/**
 * The popup's app (issue #16). The name and "Fill this page" are painted first, with the popup's styles, by the
 * classic script /popup-shell.js (entrypoints/popup-shell.ts), the only script popup.html names besides the two
 * small modules WXT adds to every page. Once that paint is done, the shell reads this page (popup-app.html) for
 * the app's module scripts and loads them into the popup: the app's 60 kB of modules are not fetched alongside the
 * shell, and their preloads are all requested at once. The app takes over from the shell.
 */
import { mountPopup } from '../../components/popup/mount';
import { shellPainted } from '../../components/popup/shell';

void shellPainted().then(() => mountPopup(document.getElementById('app') ?? document.body));
