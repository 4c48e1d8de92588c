import { countryPreset } from '../types';
import { NCB_LIST } from './shared-sources';

export default countryPreset('GR', ['el'], [
  { url: 'https://www.hellenicparliament.gr/', kind: 'parliament', names: { el: 'Βουλή των Ελλήνων', en: 'Hellenic Parliament' }, source: 'https://ro.abcdef.wiki/wiki/Hellenic_Parliament' },
  { url: 'https://www.presidency.gr/', kind: 'head-of-state', names: { el: 'Προεδρία της Δημοκρατίας', en: 'Presidency of the Hellenic Republic' }, source: 'https://www.presidency.gr/en/organisation-operation/departmental-responsibilities/' },
  { url: 'https://www.bankofgreece.gr/', kind: 'central-bank', names: { el: 'Τράπεζα της Ελλάδος', en: 'Bank of Greece' }, source: NCB_LIST },
  // The National Cybersecurity Authority runs Greece's national CSIRT (EL-CSIRT) since law 5160/2024.
  { url: 'https://cyber.gov.gr/', kind: 'cert', names: { el: 'Εθνική Αρχή Κυβερνοασφάλειας', en: 'National Cybersecurity Authority' }, source: 'https://cyber.gov.gr/el-csirt/' },
  { url: 'https://www.primeminister.gr/', kind: 'government', names: { el: 'Πρωθυπουργός της Ελληνικής Δημοκρατίας', en: 'Prime Minister of the Hellenic Republic' }, source: 'https://wiki.studentb.eu/view_html.php?lang=en&q=Prime_Minister_of_Greece' },
]);
