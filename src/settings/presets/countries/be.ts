import { countryPreset } from '../types';

export default countryPreset('BE', ['nl', 'fr', 'de'], [
  { url: 'https://www.dekamer.be/', kind: 'parliament', names: { nl: 'Kamer van volksvertegenwoordigers', fr: 'Chambre des représentants', de: 'Abgeordnetenkammer', en: 'Chamber of Representatives' }, source: 'https://techsciencenews.com/wikisearch/view_html.php?lang=en&q=Chamber_of_Representatives_%28Belgium%29&sq=Envato' },
  { url: 'https://www.premier.be/', kind: 'government', names: { nl: 'Eerste minister', fr: 'Premier ministre', de: 'Premierminister', en: 'Prime Minister of Belgium' }, source: 'https://fr.wikipedia.org/wiki/premier_ministre_de_Belgique' },
  { url: 'https://www.belgium.be/', kind: 'portal', names: { nl: 'Belgium.be – informatie en diensten van de overheid', fr: 'Belgium.be – informations et services officiels', de: 'Belgium.be – Informationen und Dienste der Behörden', en: 'Belgium.be – official information and services' }, source: 'https://bosa.belgium.be/nl/regulations/omzendbrief-nr-646-van-19-juni-2015' },
  { url: 'https://ccb.belgium.be/', kind: 'cert', names: { nl: 'Centrum voor Cybersecurity België', fr: 'Centre pour la Cybersécurité Belgique', de: 'Zentrum für Cybersicherheit Belgien', en: 'Centre for Cybersecurity Belgium' }, source: 'https://ccb.belgium.be/en/organisation' },
  { url: 'https://cert.be/', kind: 'cert', names: { nl: 'CERT.be', fr: 'CERT.be', de: 'CERT.be', en: 'CERT.be' }, source: 'https://cert.be/en/news/centre-cybersecurity-belgium-keeps-working-cyber-resilient-belgium' },
  { url: 'https://www.nbb.be/', kind: 'central-bank', names: { nl: 'Nationale Bank van België', fr: 'Banque nationale de Belgique', de: 'Belgische Nationalbank', en: 'National Bank of Belgium' }, source: 'https://www.nbb.be/en/central-balance-sheet-office/drawing-and-filing/technical-information-and-taxonomy' },
]);
