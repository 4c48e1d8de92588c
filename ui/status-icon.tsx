import type { SiteStatus } from '../src/model';

/** A distinct shape per status, so colour is never the only signal. Decorative: the word is beside it. */
export function StatusIcon({ status }: { status: SiteStatus }) {
  return (
    <svg class={`status-icon status-${status}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {SHAPES[status]}
    </svg>
  );
}

const SHAPES: Record<SiteStatus, preact.JSX.Element> = {
  up: (
    <>
      <circle cx="8" cy="8" r="7.5" fill="currentColor" />
      <path d="M4.5 8.3l2.3 2.3 4.7-5" stroke="#fff" stroke-width="1.8" fill="none" stroke-linecap="round" />
    </>
  ),
  slow: (
    <>
      <circle cx="8" cy="8" r="6.8" stroke="currentColor" stroke-width="1.6" fill="none" />
      <path d="M8 4v4.4l2.8 1.8" stroke="currentColor" stroke-width="1.6" fill="none" stroke-linecap="round" />
    </>
  ),
  shielded: <path d="M8 .8l6 2.4v4.3c0 3.7-2.6 6.4-6 7.7-3.4-1.3-6-4-6-7.7V3.2z" fill="currentColor" />,
  down: (
    <>
      <rect x=".5" y=".5" width="15" height="15" rx="2.5" fill="currentColor" />
      <path d="M5 5l6 6M11 5l-6 6" stroke="#fff" stroke-width="1.9" stroke-linecap="round" />
    </>
  ),
  offline: (
    <>
      <circle cx="8" cy="8" r="6.8" stroke="currentColor" stroke-width="1.6" fill="none" />
      <path d="M3.3 12.7l9.4-9.4" stroke="currentColor" stroke-width="1.6" />
    </>
  ),
  unknown: (
    <>
      <circle cx="8" cy="8" r="6.8" stroke="currentColor" stroke-width="1.4" fill="none" stroke-dasharray="2.4 1.6" />
      <circle cx="8" cy="8" r="1.4" fill="currentColor" />
    </>
  ),
};
