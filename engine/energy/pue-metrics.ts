/**
 * PUE and its companion metrics (The Green Grid; ISO/IEC 30134 series; refs/carbon-energy.md §6):
 *  - PUE = total facility energy ÷ IT equipment energy (≥ 1); DCiE = 1/PUE (ISO/IEC 30134-2).
 *  - WUE = site water use (L) ÷ IT energy (kWh) (The Green Grid WP #35; ISO/IEC 30134-9).
 *  - CUE = CO₂ from total facility energy (kg) ÷ IT energy (kWh) = CEF × PUE (WP #32; 30134-8).
 *  - ERE = (total − energy reused outside the data centre) ÷ IT energy (WP #29; 30134-6 as ERF).
 *  - GEC = renewable energy ÷ total facility energy (ISO/IEC 30134-5).
 * Measurement categories (The Green Grid WP #49): 0 — peak demand (kW) over 12 months with IT at
 * the UPS output; 1 — annual energy, IT at UPS output; 2 — IT at PDU output; 3 — IT at the IT
 * equipment input. Measuring further downstream leaves distribution losses out of "IT", so the
 * same year's PUE rises from category 1 to 3.
 */
export interface EnergyTotals {
  totalKWh: number;
  itKWh: number;
  pduOutputKWh: number;
  upsOutputKWh: number;
  waterL: number;
  peakTotalKW: number;
  peakUpsOutputKW: number;
}

export interface CompanionInputs {
  carbonKgPerKWh: number;
  reusedKWh: number;
  renewableKWh: number;
}

export function pueByCategory(t: EnergyTotals): { category0: number; category1: number; category2: number; category3: number } {
  return {
    category0: t.peakTotalKW / t.peakUpsOutputKW,
    category1: t.totalKWh / t.upsOutputKWh,
    category2: t.totalKWh / t.pduOutputKWh,
    category3: t.totalKWh / t.itKWh,
  };
}

export function companionMetrics(t: EnergyTotals, c: CompanionInputs): { pue: number; dcie: number; wue: number; cue: number; ere: number; gec: number } {
  const pue = t.totalKWh / t.itKWh;
  return {
    pue,
    dcie: 1 / pue,
    wue: t.waterL / t.itKWh,
    cue: (t.totalKWh * c.carbonKgPerKWh) / t.itKWh,
    ere: (t.totalKWh - c.reusedKWh) / t.itKWh,
    gec: c.renewableKWh / t.totalKWh,
  };
}
