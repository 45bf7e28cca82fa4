import { source } from '../wire'

export const liveSources = {
  kfw: source(
    'src_kfw-458',
    'https://www.kfw.de/inlandsfoerderung/Privatpersonen/Bestehende-Immobilie/F%C3%B6rderprodukte/Heizungsf%C3%B6rderung-f%C3%BCr-Privatpersonen-Wohngeb%C3%A4ude-(458)/',
    'Heizungsförderung für Privatpersonen – Wohngebäude (458) | KfW',
  ),
  bafa: source(
    'src_bafa-beg',
    'https://www.bafa.de/DE/Energie/Effiziente_Gebaeude/effiziente_gebaeude_node.html',
    'Bundesförderung für effiziente Gebäude – BAFA',
  ),
  franceRenov: source(
    'src_maprimerenov',
    'https://france-renov.gouv.fr/aides/maprimerenov',
    'MaPrimeRénov’ | France Rénov’',
  ),
  anah: source('src_anah', 'https://www.anah.gouv.fr/', null),
  enea: source(
    'src_enea-ecobonus',
    'https://www.efficienzaenergetica.enea.it/detrazioni-fiscali/ecobonus.html',
    'Ecobonus – ENEA',
  ),
  gse: source(
    'src_gse-conto-termico',
    'https://www.gse.it/servizi-per-te/efficienza-energetica/conto-termico',
    'Conto Termico – GSE',
  ),
  rvo: source(
    'src_rvo-isde',
    'https://www.rvo.nl/subsidies-financiering/isde/woningeigenaren',
    'ISDE: subsidie voor woningeigenaren | RVO.nl',
  ),
  milieuCentraal: source('src_milieu-centraal', 'https://www.milieucentraal.nl/', null),
}
