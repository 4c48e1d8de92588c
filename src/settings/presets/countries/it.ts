import { countryPreset } from '../types';
import { NCB_LIST } from './shared-sources';

export default countryPreset('IT', ['it'], [
  { url: 'https://www.camera.it/', kind: 'parliament', names: { it: 'Camera dei deputati', en: 'Chamber of Deputies' }, source: 'https://wikiwand.com/it/articles/Deputato_della_Repubblica_Italiana' },
  { url: 'https://www.quirinale.it/', kind: 'head-of-state', names: { it: 'Presidenza della Repubblica', en: 'Presidency of the Italian Republic' }, source: 'http://www.quirinale.it/index.aspx' },
  { url: 'https://www.governo.it/', kind: 'government', names: { it: 'Governo italiano – Presidenza del Consiglio dei Ministri', en: 'Italian Government – Presidency of the Council of Ministers' }, source: 'https://governo.it/en/fonte/il-governo?page=175' },
  { url: 'https://www.acn.gov.it/', kind: 'cert', names: { it: 'Agenzia per la cybersicurezza nazionale', en: 'National Cybersecurity Agency' }, source: 'http://it.wikipedia.org/wiki/Agenzia_per_la_cybersicurezza_nazionale' },
  { url: 'https://www.bancaditalia.it/', kind: 'central-bank', names: { it: 'Banca d’Italia', en: 'Bank of Italy' }, source: NCB_LIST },
  { url: 'https://www.esteri.it/', kind: 'ministry', names: { it: 'Ministero degli Affari Esteri e della Cooperazione Internazionale', en: 'Ministry of Foreign Affairs and International Cooperation' }, source: 'https://it.frwiki.wiki/wiki/Minist%C3%A8re_des_Affaires_%C3%A9trang%C3%A8res_et_de_la_Coop%C3%A9ration_internationale_(Italie)' },
  { url: 'https://www.mit.gov.it/', kind: 'ministry', names: { it: 'Ministero delle Infrastrutture e dei Trasporti', en: 'Ministry of Infrastructure and Transport' }, source: 'http://it.wikipedia.org/wiki/Ministero_delle_Infrastrutture_e_dei_Trasporti' },
]);
