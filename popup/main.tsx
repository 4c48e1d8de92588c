import { render } from 'preact';
import { App } from './components/app';
import { applyTabView } from './tab-view';

applyTabView();
render(<App />, document.getElementById('app')!);
