import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startShell } from '../components/popup/shell';

/** The popup's first paint (components/popup/shell.ts), loaded by popup.html as a classic script
 * in its head, so that reading the stored profile list starts before the body is parsed. */
export default defineUnlistedScript(() => {
  void startShell();
});
