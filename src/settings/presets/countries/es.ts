import { countryPreset } from '../types';

export default countryPreset('ES', ['es'], [
  { url: 'https://www.congreso.es/', kind: 'parliament', names: { es: 'Congreso de los Diputados', en: 'Congress of Deputies' }, source: 'https://www.congreso.es/es/cem/func' },
  { url: 'https://www.lamoncloa.gob.es/', kind: 'government', names: { es: 'La Moncloa – Presidencia del Gobierno', en: 'La Moncloa – Office of the Prime Minister' }, source: 'https://www.lamoncloa.gob.es/lang/en/Paginas/en_AvisoLegal.aspx' },
  { url: 'https://www.incibe.es/', kind: 'cert', names: { es: 'INCIBE – Instituto Nacional de Ciberseguridad', en: 'INCIBE – National Cybersecurity Institute' }, source: 'https://www.incibe.es/en/incibe-cert/about-us/what-is-incibe-cert' },
  { url: 'https://www.bde.es/', kind: 'central-bank', names: { es: 'Banco de España', en: 'Banco de España' }, source: 'https://dokumen123.com/es/Banco_de_Espa%C3%B1a' },
]);
