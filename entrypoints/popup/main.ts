/**
 * The popup's app (issue #16). The name and "Fill this page" are painted first by the classic script
 * /popup-shell.js (entrypoints/popup-shell.ts) from the stored profile list. This module brings the style sheets
 * in with the page, and only once that paint is done loads the Preact app, which takes over from the shell: its
 * 50 kB of modules do not compete with the first paint.
 */
import '../../assets/base.css';
import '../../components/popup/popup.css';
import { shellPainted } from '../../components/popup/shell';

const root = document.getElementById('app') ?? document.body;
void shellPainted()
  .then(() => import('../../components/popup/mount'))
  .then(({ mountPopup }) => mountPopup(root));
