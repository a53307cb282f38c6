export interface NetworkFact {
  figure: string;
  label: string;
}

/** Key figures of the network as published at the campaign start in 2018. */
export const NETWORK_FACTS: readonly NetworkFact[] = [
  { figure: '104', label: 'kommunale Jobcenter in Landkreisen und kreisfreien Städten' },
  { figure: '1,5\u00a0Mio.', label: 'Menschen, die von den kommunalen Jobcentern betreut werden' },
  { figure: 'mehr als 250.000', label: 'Integrationen in Arbeit und Ausbildung pro Jahr' },
  {
    figure: 'mehr als 22\u00a0Mio.',
    label: 'Einwohnerinnen und Einwohner leben im Gebiet der kommunalen Jobcenter',
  },
];
