/** The host matching of "never fill" sites and settings.profilePerSite lives in lib/ (the popup uses it too). */
export { hostMatches } from '../lib/settings/hosts';
