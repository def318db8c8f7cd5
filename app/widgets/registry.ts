/**
 * The widget registry (after Excalidraw's action register): one import per widget. The gallery,
 * the lab runner and the embed route all look widgets up here.
 */
import type { WidgetDefinition } from './types';
import availability from './availability/widget';
import carbonFootprint from './carbon-footprint/widget';
import carbonTimeline from './carbon-timeline/widget';
import consolidation from './consolidation/widget';
import datacenter from './datacenter/widget';
import k8sAutoscaling from './k8s-autoscaling/widget';
import k8sCluster from './k8s-cluster/widget';
import k8sKubectl from './k8s-kubectl/widget';
import k8sRollout from './k8s-rollout/widget';
import k8sWhyNode from './k8s-why-node/widget';
import migration from './migration/widget';
import migrationCompare from './migration-compare/widget';
import migrationMemoryMap from './migration-memory-map/widget';
import pageWalk from './page-walk/widget';
import pue from './pue/widget';
import tlbExplorer from './tlb-explorer/widget';

const widgets: WidgetDefinition[] = [
  // Widgets register here (keep alphabetical by kind).
  availability,
  carbonFootprint,
  carbonTimeline,
  consolidation,
  datacenter,
  k8sAutoscaling,
  k8sCluster,
  k8sKubectl,
  k8sRollout,
  k8sWhyNode,
  migration,
  migrationCompare,
  migrationMemoryMap,
  pageWalk,
  pue,
  tlbExplorer,
];

export function allWidgets(): readonly WidgetDefinition[] {
  return widgets;
}

export function getWidget(kind: string): WidgetDefinition | undefined {
  return widgets.find((w) => w.kind === kind);
}
