import type { Destination, MissionStatus, MissionType, OrgKind, PartnerRole, Region } from './vocabulary';

export interface Organization {
  id: string;
  name: string;
  fullName: string;
  kind: OrgKind;
  /** ISO 3166-1 alpha-2 (SU for the Soviet Union), or null for intergovernmental and multinational bodies. */
  country: string | null;
  region: Region;
  url: string;
}

export interface Partner {
  org: string;
  role: PartnerRole;
  contribution: string;
}

export interface Mission {
  id: string;
  name: string;
  type: MissionType;
  destination: Destination;
  status: MissionStatus;
  start: number;
  /** Last year of operations; null while active or planned. */
  end: number | null;
  program: string | null;
  partners: Partner[];
  summary: string;
  sources: string[];
}

export interface Dataset {
  version: 1;
  /** Free-form provenance shown in "About the data"; optional in imported files. */
  title?: string;
  updated?: string;
  /** Licence of the data, e.g. "CC BY 4.0". */
  license?: string;
  /**
   * Ids that were published and then replaced (two records of one organization merged), old → current: a
   * link with an old id still opens the same view.
   */
  renamed?: Record<string, string>;
  organizations: Organization[];
  missions: Mission[];
}
