/**
 * The popup's app (issue #16). The name and "Fill this page" are painted first, with the popup's styles, by the
 * classic script /popup-shell.js (entrypoints/popup-shell.ts) from the stored profile list. Only once that paint is
 * done does this module load the Preact app, which takes over from the shell: its 50 kB of modules do not compete
 * with the first paint.
 */
import { shellPainted } from '../../components/popup/shell';

const root = document.getElementById('app') ?? document.body;
void shellPainted()
  .then(() => import('../../components/popup/mount'))
  .then(({ mountPopup }) => mountPopup(root));
