/**
 * Measured server power curves (SPECpower_ssj2008 results) used by the course and by CloudSim.
 *
 * Sources:
 *  - HP ProLiant ML110 G4 (Xeon 3040) and ML110 G5 (Xeon 3075): CloudSim 3.0.3
 *    core/power/models/PowerModelSpecPowerHpProLiantMl110G4Xeon3040.java and …G5Xeon3075.java;
 *    the two host types of Beloglazov & Buyya (2012). Tables as in ../shared/refs/cloudsim-consolidation.md §B2.
 *  - HP ProLiant ML110 G3, IBM x3250 (Xeon X3470), IBM x3550 (Xeon X5670): the other
 *    PowerModelSpecPower* classes shipped in the same CloudSim package.
 *  - Linear idle/peak pairs from SPECpower_ssj2008 submissions (via cloud-carbon-coefficients,
 *    data/SPECpower-full-results.csv; refs/carbon-energy.md §6): DL360 G5 (2007) and DL380 Gen10 (2018)
 *    show how energy proportionality improved over a decade.
 * Units: watts.
 */
import { createLinearPowerModel, createSpecPowerModel, type PowerModel } from './power-model';

export const HP_ML110_G4_W = [86, 89.4, 92.6, 96, 99.5, 102, 106, 108, 112, 114, 117] as const;
export const HP_ML110_G5_W = [93.7, 97, 101, 105, 110, 116, 121, 125, 129, 133, 135] as const;
export const HP_ML110_G3_W = [105, 112, 118, 125, 131, 137, 147, 153, 157, 164, 169] as const;
export const IBM_X3250_X3470_W = [41.6, 46.7, 52.3, 57.9, 65.4, 73.0, 80.7, 89.5, 99.6, 105.0, 113.0] as const;
export const IBM_X3550_X5670_W = [66, 107, 120, 131, 143, 156, 173, 191, 211, 229, 247] as const;

export type ServerModelId =
  | 'hp-ml110-g4'
  | 'hp-ml110-g5'
  | 'hp-ml110-g3'
  | 'ibm-x3250'
  | 'ibm-x3550'
  | 'hp-dl360-g5-linear'
  | 'hpe-dl380-gen10-linear';

export const SERVER_MODEL_IDS: readonly ServerModelId[] = [
  'hp-ml110-g4', 'hp-ml110-g5', 'hp-ml110-g3', 'ibm-x3250', 'ibm-x3550', 'hp-dl360-g5-linear', 'hpe-dl380-gen10-linear',
];

export function serverPowerModel(id: ServerModelId): PowerModel {
  switch (id) {
    case 'hp-ml110-g4': return createSpecPowerModel('HP ProLiant ML110 G4 (Xeon 3040)', HP_ML110_G4_W);
    case 'hp-ml110-g5': return createSpecPowerModel('HP ProLiant ML110 G5 (Xeon 3075)', HP_ML110_G5_W);
    case 'hp-ml110-g3': return createSpecPowerModel('HP ProLiant ML110 G3 (Pentium D 930)', HP_ML110_G3_W);
    case 'ibm-x3250': return createSpecPowerModel('IBM System x3250 (Xeon X3470)', IBM_X3250_X3470_W);
    case 'ibm-x3550': return createSpecPowerModel('IBM System x3550 M3 (Xeon X5670)', IBM_X3550_X5670_W);
    case 'hp-dl360-g5-linear': return createLinearPowerModel('HP ProLiant DL360 G5 (2007, linear)', 180, 288);
    case 'hpe-dl380-gen10-linear': return createLinearPowerModel('HPE ProLiant DL380 Gen10 (2018, linear)', 49.3, 461);
  }
}
