import { render } from 'preact';
import { tr } from '../ui/i18n';
import { WelcomeApp } from './components/welcome-app';

document.title = tr.t('options_welcome_title');

render(<WelcomeApp />, document.getElementById('app')!);
