/**
 * Facility power at one instant: IT load, the electrical chain that feeds it, cooling and the rest.
 *
 *   IT input  ← rack distribution loss ← PDU output ← PDU/transformer loss ← UPS output ← UPS loss
 *   total = UPS input + cooling + lighting/other
 * UPS loss = a fixed share of its rating + a share of its load (a double-conversion UPS's
 * efficiency falls at light load). Cooling removes all heat dissipated indoors (IT, losses,
 * lighting) at a coefficient of performance that depends on the outside temperature: full free
 * cooling (economizer; fans and pumps only) below `freeCoolingMaxC`, a linear blend up to
 * `chillerOnlyMinC`, then chillers whose COP falls with temperature (Carnot-like trend).
 * Water: evaporative heat rejection uses ~1.6 L per kWh of heat (latent heat of water 2 257 kJ/kg);
 * dry free cooling uses none.
 * Simplification: steady state per step, no humidity, no thermal mass, illustrative coefficients
 * (see docs/scenarios/pue.md) — not a calibrated model of a real site.
 * Units: kW, °C, litres.
 */
export interface FacilitySpec {
  itRatedKW: number;
  upsFixedShare: number;
  upsLoadShare: number;
  pduLossShare: number;
  rackLossShare: number;
  lightingShare: number;
  freeCoolingMaxC: number;
  chillerOnlyMinC: number;
  freeCoolingCop: number;
  chillerCopAt25C: number;
  chillerCopPerDegC: number;
  evaporativeLPerKWh: number;
}

export const DEFAULT_FACILITY: FacilitySpec = {
  itRatedKW: 1000, upsFixedShare: 0.02, upsLoadShare: 0.04, pduLossShare: 0.025, rackLossShare: 0.01,
  lightingShare: 0.01, freeCoolingMaxC: 12, chillerOnlyMinC: 22, freeCoolingCop: 20, chillerCopAt25C: 4.5,
  chillerCopPerDegC: 0.1, evaporativeLPerKWh: 1.6,
};

export interface FacilityPower {
  itKW: number;
  rackLossKW: number;
  pduLossKW: number;
  upsLossKW: number;
  lightingKW: number;
  coolingKW: number;
  totalKW: number;
  pduOutputKW: number;
  upsOutputKW: number;
  /** Share of heat rejected by evaporative chiller plant (0 = all free cooling). */
  chillerShare: number;
  waterLPerHour: number;
}

export function chillerCop(spec: FacilitySpec, outsideC: number): number {
  return Math.max(2, spec.chillerCopAt25C - spec.chillerCopPerDegC * (outsideC - 25));
}

export function facilityPower(spec: FacilitySpec, itKW: number, outsideC: number): FacilityPower {
  const rackLossKW = itKW * spec.rackLossShare;
  const pduOutputKW = itKW + rackLossKW;
  const pduLossKW = pduOutputKW * spec.pduLossShare;
  const upsOutputKW = pduOutputKW + pduLossKW;
  const upsLossKW = spec.itRatedKW * spec.upsFixedShare + upsOutputKW * spec.upsLoadShare;
  const lightingKW = spec.itRatedKW * spec.lightingShare;
  const heatKW = upsOutputKW + upsLossKW + lightingKW;
  const span = spec.chillerOnlyMinC - spec.freeCoolingMaxC;
  const chillerShare = outsideC <= spec.freeCoolingMaxC ? 0 : outsideC >= spec.chillerOnlyMinC ? 1 : (outsideC - spec.freeCoolingMaxC) / span;
  const coolingKW = heatKW * ((1 - chillerShare) / spec.freeCoolingCop + chillerShare / chillerCop(spec, outsideC));
  const totalKW = upsOutputKW + upsLossKW + lightingKW + coolingKW;
  return {
    itKW, rackLossKW, pduLossKW, upsLossKW, lightingKW, coolingKW, totalKW, pduOutputKW, upsOutputKW, chillerShare,
    waterLPerHour: heatKW * chillerShare * spec.evaporativeLPerKWh,
  };
}
