import { countryPreset } from '../types';

export default countryPreset('FR', ['fr'], [
  { url: 'https://www.assemblee-nationale.fr/', kind: 'parliament', names: { fr: 'Assemblée nationale', en: 'National Assembly' }, source: 'http://www.assemblee-nationale.fr/connaissance/parlement.asp' },
  { url: 'https://www.senat.fr/', kind: 'parliament', names: { fr: 'Sénat', en: 'Senate' }, source: 'https://www.senat.fr/rap/a13-158-12/a13-158-121.html' },
  { url: 'https://www.elysee.fr/', kind: 'head-of-state', names: { fr: 'Présidence de la République', en: 'Presidency of the Republic' }, source: 'http://fr.wikipedia.org/wiki/Pr%C3%A9sident_de_la_R%C3%A9publique_fran%C3%A7aise' },
  { url: 'https://cert.ssi.gouv.fr/', kind: 'cert', names: { fr: 'CERT-FR (ANSSI)', en: 'CERT-FR (ANSSI)' }, source: 'https://cert.ssi.gouv.fr/fiche/CERTFR-2024-RFX-005' },
  { url: 'https://www.banque-france.fr/', kind: 'central-bank', names: { fr: 'Banque de France', en: 'Banque de France' }, source: 'https://kiwix.jackbot.fr/content/wikipedia_fr_all_maxi_2021-09/A/Banque_de_France' },
  // gouvernement.fr moved to info.gouv.fr when State sites had to move under .gouv.fr (circular of
  // 2023); the State's design-system footer links "info.gouv.fr: Informations gouvernementales".
  { url: 'https://www.info.gouv.fr/', kind: 'government', names: { fr: 'Gouvernement de la République française', en: 'French Government' }, source: 'https://github.com/dnum-mi/vue-dsfr/commit/7313c18' },
]);
