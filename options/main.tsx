import { render } from 'preact';
import { tr } from '../ui/i18n';
import { OptionsApp } from './components/options-app';

document.title = tr.t('options_title');

render(<OptionsApp />, document.getElementById('app')!);
