import { countryPreset } from '../types';

export default countryPreset('FI', ['fi', 'sv'], [
  { url: 'https://www.eduskunta.fi/', kind: 'parliament', names: { fi: 'Eduskunta', sv: 'Riksdagen', en: 'Parliament of Finland' }, source: 'https://www.eduskunta.fi/EN/naineduskuntatoimii/Pages/default.aspx' },
  { url: 'https://www.presidentti.fi/', kind: 'head-of-state', names: { fi: 'Tasavallan presidentti', sv: 'Republikens president', en: 'President of the Republic of Finland' }, source: 'https://www.presidentti.fi/ahtisaari/fin/instituutio/manninen_1.html' },
  { url: 'https://valtioneuvosto.fi/', kind: 'government', names: { fi: 'Valtioneuvosto', sv: 'Statsrådet', en: 'Finnish Government' }, source: 'https://valtioneuvosto.fi/en/government' },
  { url: 'https://www.kyberturvallisuuskeskus.fi/', kind: 'cert', names: { fi: 'Kyberturvallisuuskeskus', sv: 'Cybersäkerhetscentret', en: 'National Cyber Security Centre Finland' }, source: 'https://www.kyberturvallisuuskeskus.fi/en/our-activities/cert' },
  { url: 'https://www.suomenpankki.fi/', kind: 'central-bank', names: { fi: 'Suomen Pankki', sv: 'Finlands Bank', en: 'Bank of Finland' }, source: 'http://www.suomenpankki.fi/EN/TILASTOT/Pages/default.aspx' },
  { url: 'https://traficom.fi/', kind: 'transport', names: { fi: 'Liikenne- ja viestintävirasto Traficom', sv: 'Transport- och kommunikationsverket Traficom', en: 'Finnish Transport and Communications Agency Traficom' }, source: 'https://traficom.fi/fi/traficom/tietosuoja-traficomissa/tietosuojaselosteet' },
]);
