/**
 * CloudSim 3.0.3's figures for the 2011-03-03 PlanetLab workload (800 hosts, 1 052 VMs, trace files
 * in byte-sorted name order), from ../shared/refs/cloudsim-consolidation.md §A.1.
 * energyKWh, migrations, SLATAH %, PDM %, SLAV ×10⁻⁵, overall / average SLA violation %, host shutdowns.
 */
export interface PublishedRow {
  policy: string;
  parameter: number | null;
  energyKWh: number;
  migrations: number;
  slatahPct: number;
  pdmPct: number;
  slavE5: number;
  overallPct: number;
  averagePct: number;
  shutdowns: number;
  wallSec: number;
  rssMb: number;
}

const row = (policy: string, parameter: number | null, v: number[]): PublishedRow => ({
  policy, parameter, energyKWh: v[0]!, migrations: v[1]!, slatahPct: v[2]!, pdmPct: v[3]!, slavE5: v[4]!,
  overallPct: v[5]!, averagePct: v[6]!, shutdowns: v[7]!, wallSec: v[8]!, rssMb: v[9]!,
});

export const CLOUDSIM_20110303: readonly PublishedRow[] = [
  row('NPA', null, [2410.8028, 0, 0, 0, 0, 0, 0, 455, 3.6, 412]),
  row('DVFS', null, [802.75449, 0, 0, 0, 0, 0, 0, 455, 4.6, 409]),
  row('THR-MMT', 0.8, [192.62307, 26711, 4.9133, 0.0646, 3.176, 0.071, 10.15, 5885, 38.6, 2865]),
  row('THR-MC', 0.8, [183.4761, 23967, 6.8382, 0.1019, 6.97, 0.1117, 10.06, 5576, 27.2, 2561]),
  row('THR-MU', 0.8, [207.7943, 30653, 7.3824, 0.067, 4.944, 0.0712, 10.16, 6523, 28.3, 1895]),
  row('THR-RS', 0.8, [184.77123, 24461, 6.8818, 0.1038, 7.146, 0.1135, 9.99, 5613, 27.8, 2226]),
  row('IQR-MMT', 1.5, [189.98007, 26282, 4.8226, 0.0624, 3.007, 0.0706, 10.03, 5868, 32.7, 1694]),
  row('IQR-MC', 1.5, [179.24812, 23596, 6.9021, 0.1031, 7.117, 0.1176, 9.77, 5511, 34.4, 2161]),
  row('IQR-MU', 1.5, [201.54183, 29410, 7.4298, 0.0611, 4.542, 0.0685, 10.19, 6282, 35.2, 1792]),
  row('IQR-RS', 1.5, [179.9988, 23791, 6.9808, 0.1003, 7.001, 0.1147, 9.77, 5489, 25.5, 1942]),
  row('MAD-MMT', 2.5, [185.79167, 26556, 5.0488, 0.0662, 3.342, 0.0789, 10.03, 5828, 44.6, 1925]),
  row('MAD-MC', 2.5, [175.29298, 23861, 7.0079, 0.1053, 7.38, 0.1282, 9.71, 5460, 37.5, 2110]),
  row('MAD-MU', 2.5, [200.13631, 29611, 7.4771, 0.0649, 4.849, 0.0767, 10.35, 6281, 44.4, 2388]),
  row('MAD-RS', 2.5, [176.29784, 24249, 7.1148, 0.1063, 7.564, 0.1294, 9.78, 5501, 33.8, 2173]),
  row('LR-MMT', 1.2, [163.47722, 27859, 5.8579, 0.0793, 4.644, 0.1472, 9.56, 5053, 34.1, 2342]),
  row('LR-MC', 1.2, [151.06719, 23380, 7.0059, 0.0975, 6.833, 0.1633, 9.62, 4078, 29.6, 2164]),
  row('LR-MU', 1.2, [175.6003, 30166, 8.1518, 0.0752, 6.128, 0.1841, 9.75, 5632, 26.8, 2055]),
  row('LR-RS', 1.2, [149.59907, 22541, 7.0639, 0.0996, 7.034, 0.1634, 9.55, 4005, 23.5, 2045]),
  row('LRR-MMT', 1.2, [163.47722, 27859, 5.8579, 0.0793, 4.644, 0.1472, 9.56, 5053, 27.4, 2264]),
  row('LRR-MC', 1.2, [151.06719, 23380, 7.0059, 0.0975, 6.833, 0.1633, 9.62, 4078, 27.3, 2226]),
  row('LRR-MU', 1.2, [175.6003, 30166, 8.1518, 0.0752, 6.128, 0.1841, 9.75, 5632, 29.6, 2191]),
  row('LRR-RS', 1.2, [149.7751, 22600, 7.0282, 0.0994, 6.983, 0.158, 9.51, 3999, 25.8, 2411]),
];

/** Reproduction targets from issue 7: energy within 2 %, migrations within 5 %, SLAV within 10 %. */
export const TOLERANCE = { energy: 0.02, migrations: 0.05, slav: 0.1 } as const;

export function withinTolerance(ours: { energyKWh: number; migrations: number; slavPct: number }, ref: PublishedRow): boolean {
  const rel = (a: number, b: number): number => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));
  return rel(ours.energyKWh, ref.energyKWh) <= TOLERANCE.energy
    && rel(ours.migrations, ref.migrations) <= TOLERANCE.migrations
    && rel(ours.slavPct * 1000, ref.slavE5) <= TOLERANCE.slav;
}
