// One colour per label: fixed for the model's main labels, a stable hash into the palette for the rest.

const FIXED: Record<string, string> = {
  Community: "#b91c1c",
  Grid: "#dc2626",
  Building: "#2563eb",
  Household: "#0891b2",
  Person: "#16a34a",
  PartyCommittee: "#9f1239",
  PartyBranch: "#e11d48",
  Unit: "#7c3aed",
  Agreement: "#a855f7",
  Resource: "#c026d3",
  Skill: "#ca8a04",
  Wish: "#ec4899",
  Event: "#f59e0b",
  Dispute: "#854d0e",
  Organization: "#4f46e5",
  CouncilMeeting: "#0f766e",
  CouncilTopic: "#0d9488",
  ServiceActivity: "#65a30d",
  SpecialGroup: "#be123c",
};

const PALETTE = ["#0284c7", "#059669", "#9333ea", "#e11d48", "#b45309", "#4338ca", "#0f766e", "#a21caf", "#475569"];

export function colorFor(label: string): string {
  const fixed = FIXED[label];
  if (fixed) return fixed;
  let hash = 0;
  for (const ch of label) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? "#475569";
}
