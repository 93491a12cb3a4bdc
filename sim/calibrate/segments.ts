/** Map a history's segment labels onto the world's SMB / MM / ENT. */
import { SEGMENTS, type Segment } from "../core/vocabulary.js";

const ALIASES: Readonly<Record<string, Segment>> = {
  smb: "SMB",
  small: "SMB",
  "small business": "SMB",
  mm: "MM",
  mid: "MM",
  midmarket: "MM",
  "mid-market": "MM",
  "mid market": "MM",
  ent: "ENT",
  enterprise: "ENT",
  large: "ENT",
};

export function toSegment(label: string | null | undefined): Segment | null {
  if (!label) return null;
  if ((SEGMENTS as readonly string[]).includes(label)) return label as Segment;
  return ALIASES[label.trim().toLowerCase()] ?? null;
}
