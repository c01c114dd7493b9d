import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Vitae — academic profile & form filler',
    short_name: 'Vitae',
    description:
      'Keeps your academic CV on your machine and fills reviewer sign-ups, job applications and grant forms with it.',
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus', 'clipboardWrite', 'unlimitedStorage'],
    host_permissions: ['<all_urls>'],
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
  }),
});
