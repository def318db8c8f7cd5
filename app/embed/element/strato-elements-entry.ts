/** Entry of the built `embed/v1/strato-elements.js` ES module (see vite.embed.config.ts). */
import { StratoWidget } from './strato-widget';
import { upgradeDataAttributes } from './upgrade-data-attributes';

StratoWidget.moduleUrl = import.meta.url;
if (!customElements.get('strato-widget')) customElements.define('strato-widget', StratoWidget);
upgradeDataAttributes(document);

export { StratoWidget };
