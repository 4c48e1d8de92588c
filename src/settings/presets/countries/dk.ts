import { countryPreset } from '../types';
import { NCB_LIST } from './shared-sources';

export default countryPreset('DK', ['da'], [
  { url: 'https://www.ft.dk/', kind: 'parliament', names: { da: 'Folketinget', en: 'Danish Parliament' }, source: 'http://piglix.com/piglix-tmpl.php?title=Folketing' },
  { url: 'https://stm.dk/', kind: 'government', names: { da: 'Statsministeriet', en: 'Prime Minister’s Office' }, source: 'https://stm.dk/_p_8184.html' },
  { url: 'https://www.cfcs.dk/', kind: 'cert', names: { da: 'Center for Cybersikkerhed', en: 'Centre for Cyber Security' }, source: 'https://www.cfcs.dk/en/about-us/about-cfcs/' },
  { url: 'https://www.nationalbanken.dk/', kind: 'central-bank', names: { da: 'Danmarks Nationalbank', en: 'Danmarks Nationalbank' }, source: NCB_LIST },
  { url: 'https://www.fmn.dk/', kind: 'ministry', names: { da: 'Forsvarsministeriet', en: 'Ministry of Defence' }, source: 'https://www.fmn.dk/da/om-os/retningslinjer-for-aktiv-information/' },
  { url: 'https://www.trm.dk/', kind: 'ministry', names: { da: 'Transportministeriet', en: 'Ministry of Transport' }, source: 'https://s.cnmilf.com/wiki/Ministry_of_Transport_and_Energy_of_Denmark' },
]);
