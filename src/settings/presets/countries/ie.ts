import { countryPreset } from '../types';
import { NCB_LIST } from './shared-sources';

export default countryPreset('IE', ['ga', 'en'], [
  { url: 'https://www.oireachtas.ie/', kind: 'parliament', names: { ga: 'Tithe an Oireachtais', en: 'Houses of the Oireachtas' }, source: 'https://www.oireachtas.ie/en/debates/question/2021-06-01/104/' },
  { url: 'https://president.ie/', kind: 'head-of-state', names: { ga: 'Uachtarán na hÉireann', en: 'President of Ireland' }, source: 'https://president.ie/index.php/en/the-president/constitutional-role' },
  // gov.ie is the Government's own site; the Department of the Taoiseach publishes on it.
  { url: 'https://www.gov.ie/', kind: 'government', names: { ga: 'Rialtas na hÉireann', en: 'Government of Ireland' }, source: 'https://www.gov.ie/en/department-of-the-taoiseach/' },
  { url: 'https://www.ncsc.gov.ie/', kind: 'cert', names: { ga: 'An Lárionad Náisiúnta Cibearshlándála', en: 'National Cyber Security Centre' }, source: 'https://www.ncsc.gov.ie/incidentreporting/' },
  { url: 'https://www.centralbank.ie/', kind: 'central-bank', names: { ga: 'Banc Ceannais na hÉireann', en: 'Central Bank of Ireland' }, source: NCB_LIST },
]);
