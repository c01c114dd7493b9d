import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { REMOTE_ORIGINS } from './lib/import/remote-origins';

const REMOTE_IMPORT_ORIGINS = [REMOTE_ORIGINS.orcid, REMOTE_ORIGINS.dblp];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Vitae — academic profile & form filler',
    short_name: 'Vitae',
    description:
      'Keeps your academic CV on your machine and fills reviewer sign-ups, job applications and grant forms with it.',
    permissions: [
      'storage',
      'scripting',
      'activeTab',
      'contextMenus',
      'clipboardWrite',
      'unlimitedStorage',
      // Chrome: the import parsers run in an offscreen document, out of the service worker's start-up (issue #16).
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: ['<all_urls>'],
    // Import by ORCID iD / dblp pid (issue #5) asks for just these origins on the click that starts it, so the
    // two fetches stay visible and revocable even if <all_urls> is ever narrowed. WXT drops
    // optional_host_permissions from MV2 builds instead of converting it: Firefox (MV2) lists them in
    // optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: REMOTE_IMPORT_ORIGINS }
      : { optional_host_permissions: REMOTE_IMPORT_ORIGINS }),
    commands: {
      'fill-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Fill this page with your Vitae profile',
      },
    },
    action: { default_title: 'Vitae' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vitae@vitae.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    resolve: {
      alias: {
        // The Markdown importer's entity decoder (decode-named-character-reference) picks a `document`-based build
        // under the "browser" condition; the import runs in the background service worker, which has no document.
        'decode-named-character-reference': fileURLToPath(
          new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
        ),
      },
    },
  }),
  hooks: {
    // The injected content script talks to the native `browser`/`chrome` (promise-based in MV3 and in Firefox)
    // instead of webextension-polyfill: that keeps it under its 40 KB budget (issue #4). Other entrypoints keep
    // the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const native = '@wxt-dev/browser';
      // And WXT's content script context by the script's own small one (entrypoints/content/context.ts).
      const context = fileURLToPath(new URL('./entrypoints/content/context.ts', import.meta.url));
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) {
        config.resolve.alias = [
          { find: /^wxt\/browser$/, replacement: native },
          { find: /^wxt\/utils\/content-script-context$/, replacement: context },
          ...(alias as object[]),
        ] as never;
      } else {
        config.resolve.alias = {
          ...(alias as Record<string, string> | undefined),
          'wxt/browser': native,
          'wxt/utils/content-script-context': context,
        };
      }
    },
  },
});
