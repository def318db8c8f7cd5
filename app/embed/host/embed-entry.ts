/** Entry of the built `embed/v1/embed.js` (see vite.embed.config.ts): installs one host per page. */
import { createEmbedHost, type EmbedHost } from './embed-host';

declare global {
  interface Window { Strato?: EmbedHost }
}

if (!window.Strato) window.Strato = createEmbedHost(window);
