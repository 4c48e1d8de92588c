import { render } from 'preact';
import { OptionsApp } from './components/options-app';

render(<OptionsApp />, document.getElementById('app')!);
