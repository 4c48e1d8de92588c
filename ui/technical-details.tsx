import type { ProbeResult } from '../src/model';
import { technicalDetails } from '../src/monitor/technical-details';
import { tr } from './i18n';
import './technical-details.css';

interface Props {
  result: ProbeResult;
}

/**
 * The measurements behind a verdict, closed until asked for: a person reads what happened first;
 * whoever needs the HTTP code, the browser's error name or the timings opens "Technical details".
 */
export function TechnicalDetails({ result }: Props) {
  return (
    <details class="technical">
      <summary>{tr.t('plain_technical')}</summary>
      <dl>
        {technicalDetails(tr, result).map((d) => (
          <div key={d.fact} data-fact={d.fact}>
            <dt>{d.label}</dt>
            <dd>{d.value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
