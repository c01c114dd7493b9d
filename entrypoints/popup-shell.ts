import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import baseCss from '../assets/base.css?inline';
import popupCss from '../components/popup/popup.css?inline';
import { loadApp, startShell } from '../components/popup/shell';

/**
 * The popup's first paint (components/popup/shell.ts), loaded by popup.html as a classic script in its head, so
 * that it is fetched before anything else and reads the profile list before the body is parsed. It brings the popup's styles with it:
 * one file to fetch before the first paint instead of three. Once the shell is painted it loads the app
 * (entrypoints/popup-app), whose modules popup.html does not name.
 */
export default defineUnlistedScript(() => {
  void startShell(`${baseCss}\n${popupCss}`);
  // After startShell has marked the shell as reading: loadApp waits for its paint.
  void loadApp();
});
