// The options page's edge: the only place that touches the browser.
import { render } from 'preact';
import { browser } from '../platform/browser.ts';
import { t, uiLocale } from '../platform/i18n.ts';
import { OptionsPage } from './options-page.tsx';
import './options.css';

document.documentElement.lang = uiLocale();
document.title = t('options_title');
const root = document.getElementById('app');
if (root) render(<OptionsPage storage={browser.storage.local} />, root);
