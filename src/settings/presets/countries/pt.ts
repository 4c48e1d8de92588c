import { countryPreset } from '../types';

export default countryPreset('PT', ['pt'], [
  { url: 'https://www.parlamento.pt/', kind: 'parliament', names: { pt: 'Assembleia da República', en: 'Assembly of the Republic' }, source: 'https://debates.parlamento.pt/catalogo/r3/dar/s2a/14/03/032S1/2021-11-08?sft=true' },
  { url: 'https://www.presidencia.pt/', kind: 'head-of-state', names: { pt: 'Presidência da República Portuguesa', en: 'Presidency of the Portuguese Republic' }, source: 'https://anibalcavacosilva.arquivo.presidencia.pt/?idc=9&idl=2&pos=610' },
  { url: 'https://www.cncs.gov.pt/', kind: 'cert', names: { pt: 'Centro Nacional de Cibersegurança (CERT.PT)', en: 'National Cybersecurity Centre (CERT.PT)' }, source: 'https://www.cncs.gov.pt/en/certpt_en/' },
  { url: 'https://www.bportugal.pt/', kind: 'central-bank', names: { pt: 'Banco de Portugal', en: 'Banco de Portugal' }, source: 'https://www.bportugal.pt/print/205' },
  { url: 'https://www.portugal.gov.pt/', kind: 'government', names: { pt: 'Governo da República Portuguesa', en: 'Government of Portugal' }, source: 'https://pt.qwe.wiki/wiki/Government_of_Portugal' },
]);
