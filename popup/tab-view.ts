import { isTabView } from '../src/page-links';
import './tab-view.css';

/**
 * Opened in a tab (a notification's click), the popup's page lays itself out for the tab: centred
 * and wide enough to read, instead of the popup's 400 px column. The class goes on <html> before the
 * first render, so the page never flashes the narrow layout.
 */
export function applyTabView(): void {
  if (isTabView(location.search)) document.documentElement.classList.add('tab-view');
}
