export interface HeatOptions {
  numbers: boolean;
  mark: 'p' | 'q';
  rowSort: 'listed' | 'car';
  colSort: 'date' | 'car';
}

/** `nums=1&mark=q&rows=car&cols=car` in the URL. */
export function readHeatOptions(params: URLSearchParams): HeatOptions {
  return {
    numbers: params.get('nums') === '1',
    mark: params.get('mark') === 'q' ? 'q' : 'p',
    rowSort: params.get('rows') === 'car' ? 'car' : 'listed',
    colSort: params.get('cols') === 'car' ? 'car' : 'date',
  };
}
