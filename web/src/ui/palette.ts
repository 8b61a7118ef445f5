/** Distinct line colours that read on light and dark backgrounds. */
const colours = [
  '#2563eb',
  '#dc2626',
  '#16a34a',
  '#9333ea',
  '#ea580c',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#7c3aed',
  '#ca8a04',
  '#0d9488',
  '#e11d48',
];

export const colourFor = (index: number) => colours[index % colours.length] ?? '#2563eb';
