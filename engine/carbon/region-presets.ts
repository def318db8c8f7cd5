/**
 * The built-in regions the app ships with. They are NOT real data: each is a parametric model
 * (region-model.ts) whose parameters were calibrated to summary statistics of a public hourly series
 * — computed by engine/carbon/node/calibrate-regions.ts from ../shared/data/carbon (never copied
 * in). Calibrated: annual mean, solar-hours dip and evening peak of the mean daily profile,
 * weekend reduction, seasonal amplitude and peak month, residual ("weather") sd and hourly
 * autocorrelation. All intensities are life-cycle averages except `tx` (EIA-derived, factor basis
 * unstated upstream). Coordinates are approximate grid centroids, for latency estimates only.
 */
import type { IntensityMetric } from './intensity-series';

export interface RegionPreset {
  id: string;
  name: string;
  utcOffsetH: number;
  jurisdiction: string;
  latDeg: number;
  lonDeg: number;
  meanGPerKWh: number;
  solarDipFraction: number;
  eveningPeakFraction: number;
  weekendReductionFraction: number;
  seasonalAmplitudeFraction: number;
  peakMonth: number;
  weatherSdFraction: number;
  weatherLag1Autocorrelation: number;
  metric: IntensityMetric;
  calibratedTo: string;
}

const LWA = "Let's Wait Awhile 2020 series (Wiesner et al., Middleware '21; ENTSO-E data, IPCC SRREN life-cycle factors)";
const EM = 'Electricity Maps Data Portal hourly 2022, life-cycle column (ODbL)';

type Stats = Pick<RegionPreset, 'meanGPerKWh' | 'solarDipFraction' | 'eveningPeakFraction' | 'weekendReductionFraction' | 'seasonalAmplitudeFraction' | 'peakMonth' | 'weatherSdFraction' | 'weatherLag1Autocorrelation'>;
const s = (m: number, dip: number, eve: number, wkd: number, seas: number, peakMonth: number, sd: number, ac: number): Stats => ({
  meanGPerKWh: m, solarDipFraction: dip, eveningPeakFraction: eve, weekendReductionFraction: wkd,
  seasonalAmplitudeFraction: seas, peakMonth, weatherSdFraction: sd, weatherLag1Autocorrelation: ac,
});

export const REGION_PRESETS: readonly RegionPreset[] = [
  { id: 'de', name: 'Germany-like (coal, gas, wind, solar)', utcOffsetH: 1, jurisdiction: 'EU', latDeg: 50.1, lonDeg: 8.7, metric: 'lifecycle', calibratedTo: `DE, ${LWA}`, ...s(313.3, 0.106, 0.097, 0.195, 0.281, 10, 0.292, 0.99) },
  { id: 'gb', name: 'Great Britain-like (gas, wind, nuclear)', utcOffsetH: 0, jurisdiction: 'UK', latDeg: 51.5, lonDeg: -0.1, metric: 'lifecycle', calibratedTo: `GB, ${LWA}`, ...s(212.8, -0.003, 0.165, 0.193, 0.147, 7, 0.271, 0.973) },
  { id: 'fr', name: 'France-like (nuclear, hydro)', utcOffsetH: 1, jurisdiction: 'EU', latDeg: 48.9, lonDeg: 2.4, metric: 'lifecycle', calibratedTo: `FR, ${LWA}`, ...s(56.3, -0.037, 0.017, 0.165, 0.439, 8, 0.235, 0.98) },
  { id: 'ca', name: 'California-like (gas, large solar)', utcOffsetH: -8, jurisdiction: 'US', latDeg: 37.4, lonDeg: -121.9, metric: 'lifecycle', calibratedTo: `US-CAL-CISO, ${EM}`, ...s(261.3, 0.283, 0.155, 0.064, 0.247, 11, 0.138, 0.93) },
  { id: 'es', name: 'Spain-like (gas, wind, solar)', utcOffsetH: 1, jurisdiction: 'EU', latDeg: 40.4, lonDeg: -3.7, metric: 'lifecycle', calibratedTo: `ES, ${EM}`, ...s(219.3, 0.15, 0.014, 0.112, 0.173, 6, 0.253, 0.985) },
  { id: 'no', name: 'Norway-like (hydro)', utcOffsetH: 1, jurisdiction: 'EEA', latDeg: 59.9, lonDeg: 10.8, metric: 'lifecycle', calibratedTo: `NO, ${EM}`, ...s(38.1, -0.069, -0.129, -0.202, 0.319, 8, 0.318, 0.941) },
  { id: 'tx', name: 'Texas-like (gas, coal, wind)', utcOffsetH: -6, jurisdiction: 'US', latDeg: 32.8, lonDeg: -96.8, metric: 'unspecified', calibratedTo: 'ERCO, EIA-930-derived hourly 2022 (SustainDC, HewlettPackard/dc-rl; public-domain upstream)', ...s(347.2, 0.015, 0.08, 0.016, 0.189, 7, 0.183, 0.976) },
];

export function findPreset(id: string): RegionPreset | undefined {
  return REGION_PRESETS.find((p) => p.id === id);
}
