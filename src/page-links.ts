/**
 * Addresses of Vigil's own pages that more than one part builds or reads. A notification opens the
 * popup's page in a browser tab, where the popup's 400 px column would sit stuck to the left of a
 * wide window: `?view=tab` asks the page to lay itself out for a tab (popup/tab-view.ts).
 */

/** The popup page in a tab, on one site's detail when a site is given (the page reads "#site="). */
export function tabPagePath(siteUrl?: string): string {
  return `popup/index.html?view=tab${siteUrl ? `#site=${encodeURIComponent(siteUrl)}` : ''}`;
}

/** Whether a page's query (location.search) asks for the tab layout. */
export function isTabView(search: string): boolean {
  return new URLSearchParams(search).get('view') === 'tab';
}
